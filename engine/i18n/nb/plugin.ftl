## Funnene fra regionutvidelser bygd på SDK-en (plugins/sdk): utvidelsen sender id og
## argumenter, verten skriver teksten. `$allocation`, `$rules`, `$from` og `$to` er
## `hf`, `kommune`, `hf-leads` eller `kommune-leads` (delt oppgave); `$level`, `$lead`
## og `$contributor` er `hf` eller `kommune`.

plugin-no-user-representation = region { $region } krever brukerrepresentasjon i LM-avtaler, og avtalen sier ikke noe om det
plugin-no-user-representation-help = sett `"user_representation": true` og beskriv brukerrepresentantens rolle i et avtalepunkt

plugin-statute-conflict = avtalen gir `{ $task }` til { $allocation ->
        [hf] helseforetaket
        [kommune] kommunen
        [hf-leads] helseforetaket som leder, med kommunen som bidragsyter,
       *[kommune-leads] kommunen som leder, med helseforetaket som bidragsyter,
    } og strider mot loven: { $why ->
        [sole-owner] loven legger oppgaven til { $level ->
            [hf] helseforetaket
           *[kommune] kommunen
        } alene
        [hf-must-take-part] helseforetaket kan ikke avtale seg bort fra plikten
        [hf-during] opplæringen under spesialisthelsetjenesten er helseforetakets lovpålagte oppgave og kan ikke avtales bort; oppfølgingen i kommunen før og etter kan ligge hos kommunen alene
        [kommune-must-take-part] kommunen kan ikke avtale seg bort fra plikten
        [own-patients-shared] hvert nivå har plikten fullt ut for sine egne pasienter; den kan ikke gjøres til en delt oppgave der ett nivå leder
       *[own-patients-phase] i fasen `{ $phase }` er pasienten { $level ->
            [hf] helseforetakets
           *[kommune] kommunens
        } pasient, og plikten for egne pasienter ligger hos { $level ->
            [hf] helseforetaket
           *[kommune] kommunen
        }
    } ({ $law })
plugin-statute-conflict-help = en avtale kan ikke snevre inn en plikt som følger av loven; gi oppgaven (også) til det nivået loven peker ut

plugin-shared-measure-unsettled = den delte oppgaven `{ $task }` avklarer ikke { $fields }
plugin-shared-measure-unsettled-help = et felles tiltak må avklare arbeidsgiveransvar, organisering og finansiering: legg til `shared_measure` med `employer`, `organisation` og `funding`

plugin-wrong-paragraph = `{ $task }` hører til hol. § 6-2 nr. { $items }, men avtalen gjelder nr. { $covered }
plugin-wrong-paragraph-help = flytt avtalepunktet til avtalen for { $clause }

plugin-wrong-ta = `{ $task }` er plassert under { $ta } (hol. § 6-2 nr. { $item }), men oppgaven hører til { $clause }
plugin-wrong-ta-help = vis til { $clause }

plugin-unknown-ta = region { $region } har ingen { $ta }
plugin-unknown-ta-help = regionens avtaler er { $agreements }

plugin-outside-parent = særavtalen hører under { $parents }, men dette avtalepunktet viser til { $ta }
plugin-outside-parent-help = en særavtale viker for tjenesteavtalene den hører under; legg til tjenesteavtalen i `parents`, eller flytt avtalepunktet

plugin-drift = den vedtatte avtalen gir `{ $task }` til { $allocation ->
        [hf] helseforetaket
        [kommune] kommunen
        [hf-leads] helseforetaket som leder, med kommunen som bidragsyter
       *[kommune-leads] kommunen som leder, med helseforetaket som bidragsyter
    }, men reglene som gjelder (utvidelsen { $region }), gir den til { $rules ->
        [hf] helseforetaket
        [kommune] kommunen
        [hf-leads] helseforetaket som leder, med kommunen som bidragsyter
       *[kommune-leads] kommunen som leder, med helseforetaket som bidragsyter
    }
plugin-drift-help = dokumentet og utvidelsen må si det samme: rett dokumentet, eller endre og bygg utvidelsen på nytt

plugin-change = utkastet flytter `{ $task }` fra { $from ->
        [hf] helseforetaket
        [kommune] kommunen
        [hf-leads] helseforetaket som leder, med kommunen som bidragsyter,
       *[kommune-leads] kommunen som leder, med helseforetaket som bidragsyter,
    } til { $to ->
        [hf] helseforetaket
        [kommune] kommunen
        [hf-leads] helseforetaket som leder, med kommunen som bidragsyter
       *[kommune-leads] kommunen som leder, med helseforetaket som bidragsyter
    }
plugin-change-help = når avtalen er vedtatt, må regionutvidelsen oppdateres så den stemmer

plugin-date-out-of-order = steg `{ $step }` har dato { $date }, før steg `{ $previous }` ({ $previous_date })
plugin-date-out-of-order-help = sett stegene i den rekkefølgen de skjer, eller rett datoen

plugin-phase-out-of-order = steg `{ $step }` er i fasen `{ $phase }`, men steg `{ $previous }` foran det er allerede i fasen `{ $previous_phase }`
plugin-phase-out-of-order-help = ordne stegene før → under → etter; planlegg en reinnleggelse som et eget forløp

plugin-handover-without-information = steg `{ $step }` overlater pasienten til { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    } uten at det følger informasjon med
plugin-handover-without-information-help = planlegg informasjonen som følger med overleveringen (epikrise, kommunens LM-tilbud), og sett `information: true`

plugin-discharge-information-missing = pasienten går ut av spesialisthelsetjenesten før steg `{ $step }`, og ingen steg gir informasjon ved utskrivning om kommunens LM-tilbud
plugin-discharge-information-missing-help = legg til et steg `utskrivning-lm-informasjon` som helseforetaket har ansvaret for, ved eller før utskrivning

plugin-discharge-information-out-of-order = informasjonen ved utskrivning (steg `{ $step }`) kommer ikke mellom innleggelsen (steg `{ $admission }`) og første steg etter utskrivning (steg `{ $after }`)
plugin-discharge-information-out-of-order-help = flytt steget til utskrivningen, så pasienten får informasjonen når han eller hun reiser

plugin-children-not-addressed = pasienten har mindreårige barn, og { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    } planlegger steg, men ingen av stegene til { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    } ivaretar barna som pårørende
plugin-children-not-addressed-help = legg til et steg `barn-som-parorende-kartlegging` som { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    } har ansvaret for

plugin-coordination-missing = pasienten har langvarige behov som begge nivåene dekker, og ingen steg planlegger { $what ->
        [individuell-plan] individuell plan
       *[koordinator] koordinator
    }
plugin-coordination-missing-help = legg til et steg `{ $what }` som kommunen har ansvaret for

plugin-coordination-not-in-kommune = pasienten har langvarige behov som begge nivåene dekker, så kommunen har ansvaret for { $what ->
        [individuell-plan] individuell plan
       *[koordinator] koordinator
    }; steg `{ $step }` legger det et annet sted
plugin-coordination-not-in-kommune-help = legg steget til kommunen; helseforetaket bidrar

plugin-barnekoordinator-not-child = steg `{ $step }` planlegger barnekoordinator, men pasienten er { $age ->
        [child] et barn
        [adult] voksen
       *[elderly] eldre
    }, og forløpet sier ikke at familien venter barn; retten gjelder familier som har eller venter barn med alvorlig sykdom, skade eller nedsatt funksjonsevne
plugin-barnekoordinator-not-child-help = planlegg `koordinator` for en voksen pasient, eller sett `expecting_child: true` på pasienten hvis familien venter barn

plugin-lead-missing = steg `{ $step }` legger `{ $task }` til { $contributor ->
        [hf] helseforetaket
       *[kommune] kommunen
    }, som bare bidrar; { $phase ->
        [none] her
       *[other] i fasen `{ $phase }`
    } leder { $lead ->
        [hf] helseforetaket
       *[kommune] kommunen
    } ({ $clause }; regel { $rule }){ $statutory ->
        [yes] , en del loven gir det,
       *[no] {""}
    } og ingen steg i forløpet legger oppgaven dit
plugin-lead-missing-help = legg til et steg `{ $task }` hos { $lead ->
        [hf] helseforetaket
       *[kommune] kommunen
    } i samme fase, eller legg dette steget til { $lead ->
        [hf] helseforetaket
       *[kommune] kommunen
    }
