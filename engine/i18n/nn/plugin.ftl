## Funna frå regionutvidingar bygde på SDK-en (plugins/sdk): utvidinga sender id og
## argument, verten skriv teksten. `$allocation`, `$rules`, `$from` og `$to` er `hf`,
## `kommune`, `hf-leads` eller `kommune-leads` (delt oppgåve); `$level`, `$lead` og
## `$contributor` er `hf` eller `kommune`.

plugin-no-user-representation = region { $region } krev brukarrepresentasjon i LM-avtalar, og avtalen seier ikkje noko om det
plugin-no-user-representation-help = set `"user_representation": true` og skildra rolla til brukarrepresentanten i eit avtalepunkt

plugin-statute-conflict = avtalen gjev `{ $task }` til { $allocation ->
        [hf] helseføretaket
        [kommune] kommunen
        [hf-leads] helseføretaket som leiar, med kommunen som bidragsytar,
       *[kommune-leads] kommunen som leiar, med helseføretaket som bidragsytar,
    } og strir mot lova: { $why ->
        [sole-owner] lova legg oppgåva til { $level ->
            [hf] helseføretaket
           *[kommune] kommunen
        } åleine
        [hf-must-take-part] helseføretaket kan ikkje avtale seg bort frå plikta
        [hf-during] opplæringa under spesialisthelsetenesta er ei lovpålagd oppgåve for helseføretaket og kan ikkje avtalast bort; oppfølginga i kommunen før og etter kan liggje hos kommunen åleine
        [kommune-must-take-part] kommunen kan ikkje avtale seg bort frå plikta
        [own-patients-shared] kvart nivå har plikta fullt ut for sine eigne pasientar; ho kan ikkje gjerast til ei delt oppgåve der eitt nivå leier
       *[own-patients-phase] i fasen `{ $phase }` er pasienten { $level ->
            [hf] pasienten til helseføretaket
           *[kommune] pasienten til kommunen
        }, og plikta for eigne pasientar ligg hos { $level ->
            [hf] helseføretaket
           *[kommune] kommunen
        }
    } ({ $law })
plugin-statute-conflict-help = ein avtale kan ikkje snevre inn ei plikt som følgjer av lova; gje oppgåva (òg) til det nivået lova peikar ut

plugin-shared-measure-unsettled = den delte oppgåva `{ $task }` avklarer ikkje { $fields }
plugin-shared-measure-unsettled-help = eit felles tiltak må avklare arbeidsgjevaransvar, organisering og finansiering: legg til `shared_measure` med `employer`, `organisation` og `funding`

plugin-wrong-paragraph = `{ $task }` høyrer til hol. § 6-2 nr. { $items }, men avtalen gjeld nr. { $covered }
plugin-wrong-paragraph-help = flytt avtalepunktet til avtalen for { $clause }

plugin-wrong-ta = `{ $task }` er plassert under { $ta } (hol. § 6-2 nr. { $item }), men oppgåva høyrer til { $clause }
plugin-wrong-ta-help = vis til { $clause }

plugin-unknown-ta = region { $region } har ingen { $ta }
plugin-unknown-ta-help = avtalane i regionen er { $agreements }

plugin-outside-parent = særavtalen høyrer under { $parents }, men dette avtalepunktet viser til { $ta }
plugin-outside-parent-help = ein særavtale vik for tenesteavtalane han høyrer under; legg tenesteavtalen til i `parents`, eller flytt avtalepunktet

plugin-drift = den vedtekne avtalen gjev `{ $task }` til { $allocation ->
        [hf] helseføretaket
        [kommune] kommunen
        [hf-leads] helseføretaket som leiar, med kommunen som bidragsytar
       *[kommune-leads] kommunen som leiar, med helseføretaket som bidragsytar
    }, men reglane som gjeld (utvidinga { $region }), gjev henne til { $rules ->
        [hf] helseføretaket
        [kommune] kommunen
        [hf-leads] helseføretaket som leiar, med kommunen som bidragsytar
       *[kommune-leads] kommunen som leiar, med helseføretaket som bidragsytar
    }
plugin-drift-help = dokumentet og utvidinga må seie det same: rett dokumentet, eller endra og bygg utvidinga på nytt

plugin-change = utkastet flyttar `{ $task }` frå { $from ->
        [hf] helseføretaket
        [kommune] kommunen
        [hf-leads] helseføretaket som leiar, med kommunen som bidragsytar,
       *[kommune-leads] kommunen som leiar, med helseføretaket som bidragsytar,
    } til { $to ->
        [hf] helseføretaket
        [kommune] kommunen
        [hf-leads] helseføretaket som leiar, med kommunen som bidragsytar
       *[kommune-leads] kommunen som leiar, med helseføretaket som bidragsytar
    }
plugin-change-help = når avtalen er vedteken, må regionutvidinga oppdaterast så ho stemmer

plugin-date-out-of-order = steg `{ $step }` har dato { $date }, før steg `{ $previous }` ({ $previous_date })
plugin-date-out-of-order-help = set stega i den rekkjefølgja dei skjer i, eller rett datoen

plugin-phase-out-of-order = steg `{ $step }` er i fasen `{ $phase }`, men steg `{ $previous }` framfor er alt i fasen `{ $previous_phase }`
plugin-phase-out-of-order-help = ordne stega før → under → etter; planlegg ei reinnlegging som eit eige forløp

plugin-handover-without-information = steg `{ $step }` overlèt pasienten til { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    } utan at det følgjer informasjon med
plugin-handover-without-information-help = planlegg informasjonen som følgjer med overleveringa (epikrise, LM-tilboda i kommunen), og set `information: true`

plugin-discharge-information-missing = pasienten går ut av spesialisthelsetenesta før steg `{ $step }`, og ingen steg gjev informasjon ved utskriving om LM-tilboda i kommunen
plugin-discharge-information-missing-help = legg til eit steg `utskrivning-lm-informasjon` som helseføretaket har ansvaret for, ved eller før utskriving

plugin-discharge-information-out-of-order = informasjonen ved utskriving (steg `{ $step }`) kjem ikkje mellom innlegginga (steg `{ $admission }`) og første steg etter utskriving (steg `{ $after }`)
plugin-discharge-information-out-of-order-help = flytt steget til utskrivinga, så pasienten får informasjonen når han eller ho reiser

plugin-children-not-addressed = pasienten har mindreårige barn, og { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    } planlegg steg, men ingen av stega til { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    } tek vare på barna som pårørande
plugin-children-not-addressed-help = legg til eit steg `barn-som-parorende-kartlegging` som { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    } har ansvaret for

plugin-coordination-missing = pasienten har langvarige behov som begge nivåa dekkjer, og ingen steg planlegg { $what ->
        [individuell-plan] individuell plan
       *[koordinator] koordinator
    }
plugin-coordination-missing-help = legg til eit steg `{ $what }` som kommunen har ansvaret for

plugin-coordination-not-in-kommune = pasienten har langvarige behov som begge nivåa dekkjer, så kommunen har ansvaret for { $what ->
        [individuell-plan] individuell plan
       *[koordinator] koordinator
    }; steg `{ $step }` legg det ein annan stad
plugin-coordination-not-in-kommune-help = legg steget til kommunen; helseføretaket bidreg

plugin-barnekoordinator-not-child = steg `{ $step }` planlegg barnekoordinator, men pasienten er { $age ->
        [child] eit barn
        [adult] vaksen
       *[elderly] eldre
    }, og forløpet seier ikkje at familien ventar barn; retten gjeld familiar som har eller ventar barn med alvorleg sjukdom, skade eller nedsett funksjonsevne
plugin-barnekoordinator-not-child-help = planlegg `koordinator` for ein vaksen pasient, eller set `expecting_child: true` på pasienten dersom familien ventar barn

plugin-lead-missing = steg `{ $step }` legg `{ $task }` til { $contributor ->
        [hf] helseføretaket
       *[kommune] kommunen
    }, som berre bidreg; { $phase ->
        [none] her
       *[other] i fasen `{ $phase }`
    } leier { $lead ->
        [hf] helseføretaket
       *[kommune] kommunen
    } ({ $clause }; regel { $rule }){ $statutory ->
        [yes] , ein del lova gjev det,
       *[no] {""}
    } og ingen steg i forløpet legg oppgåva dit
plugin-lead-missing-help = legg til eit steg `{ $task }` hos { $lead ->
        [hf] helseføretaket
       *[kommune] kommunen
    } i same fase, eller legg dette steget til { $lead ->
        [hf] helseføretaket
       *[kommune] kommunen
    }
