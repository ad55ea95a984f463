## Pasientforløp: sida i arbeidsbenken (engine/src/web/forlop.rs) og symjebanane, som
## `pathway check --format html` òg skriv (engine/src/pathway/swimlane.rs).

web-forlop-title = Pasientforløp
web-forlop-intro = Bygg eit planlagt pasientforløp steg for steg, eller opne ei forløpsfil, og sjå det som symjebanar: helseføretaket øvst, kommunen under. Kvart steg vert sjekka mot reglane i regionen.

## Skjemaet utan skript

web-forlop-upload-heading = Sjekk ei forløpsfil
web-forlop-file-label = Forløpsfil (JSON, eller JSON Lines med eitt forløp per linje)
web-forlop-text-label = Eller lim inn forløpet (JSON)
# $max er største tillatne storleik, i byte.
web-forlop-upload-hint = Forløpet vert sjekka på tenaren og vert ikkje lagra. Høgst { $max }.
web-forlop-submit = Teikn og sjekk
web-forlop-result-heading = Symjebanar og funn
web-forlop-no-document = Vel ei forløpsfil eller lim inn eit forløp.
web-forlop-bad-form = Skjemaet kunne ikkje lesast: { $reason }

## Byggjaren (med skript)

web-forlop-builder-heading = Bygg forløpet
web-forlop-builder-hint = Symjebana under vert teikna på nytt kvar gong du endrar noko. Forløpet vert lagra i nettlesaren, ikkje på tenaren.
web-forlop-open-label = Opne forløpsfil
web-forlop-download = Last ned forløpet (JSON)
web-forlop-discard = Start på nytt
web-forlop-region-label = Region
web-forlop-kommune-label = Kommune
web-forlop-kommune-hint = Kommunenummer eller namn
web-forlop-id-label = Forløps-id
web-forlop-id-hint = Bokstavar, siffer og . _ : / -
web-forlop-title-label = Tittel
web-forlop-patient-legend = Pasienten
web-forlop-diagnosis-label = Diagnosegruppe
web-forlop-diagnosis-none = (ikkje oppgitt)
web-forlop-age-label = Aldersgruppe
web-forlop-age-none = (ikkje oppgitt)
web-forlop-minor-children-label = Har barn under 18 år
web-forlop-long-term-needs-label = Treng langvarige, koordinerte tenester
web-forlop-expecting-child-label = Ventar barn
web-forlop-steps-heading = Steg
web-forlop-col-id = Steg-id
web-forlop-col-handover-to = Overlevering
web-forlop-col-information = Informasjon følgjer med
web-forlop-col-remove = Fjern
web-forlop-add-step = Legg til steg
web-forlop-swimlane-heading = Symjebane og funn
web-forlop-empty = Symjebana vert teikna her.
web-forlop-phase-none = (inga fase)
web-forlop-handover-none = inga overlevering
# Tekstar skriptet fyller ut: {field}, {row}, {task} og så vidare står som dei er.
web-forlop-js-row-field = { $field }, steg { $row }
web-forlop-js-remove = Fjern steg { $row }
web-forlop-js-unknown-task = ukjend oppgåve: { $task }
web-forlop-js-unknown-diagnosis = ukjend diagnosegruppe: { $diagnosis }
web-forlop-js-restored = Forløpet er henta frå nettlesaren, der det vart lagra sist du skreiv.
web-forlop-js-drawn = Symjebana er oppdatert.
web-forlop-js-failed = Forløpet kunne ikkje teiknast: { $reason }
web-forlop-js-opened = Opna { $name }.
web-forlop-js-unreadable = { $name } er ikkje eit forløp i JSON: { $reason }
web-forlop-js-discard-confirm = Vil du forkaste forløpet og starte på nytt?
web-forlop-js-discarded = Forløpet er forkasta. Du startar med eit nytt.
web-forlop-js-step-added = Steg { $row } er lagt til.
web-forlop-js-step-removed = Steg { $row } er fjerna.

## Symjebanane

web-forlop-page-title = Pasientforløp som symjebanar
web-forlop-legend = Kvart steg står i bana til nivået som er planlagt å gjere det: helseføretaket øvst, kommunen under, eit steg utan planlagt nivå på streken mellom dei. Vurderinga står i ord: ✓ ok, ◐ bidreg, ✗ feil nivå, ? ukjend oppgåve, ! ingen ansvarleg, ○ ikkje dekt. Piler er overleveringar; ei stipla pil er ei overlevering utan informasjon. Tabellen under kvar bane seier det same.
# Forløp som er sjekka, men ikkje teikna: $count av dei, sida teiknar dei første $max.
web-forlop-left-out = { $count } forløp til er sjekka, men ikkje teikna: sida teiknar dei første { $max }. Bruk `--format human` eller `json` for funna i alle.
web-forlop-lane-list = Forløpa på sida
web-forlop-lane-heading = Forløp { $id }
web-forlop-lane-heading-unread = Forløp i { $file }, linje { $line }
# $status er error, warning eller ok.
web-forlop-status = { $status ->
        [error] Forløpet har feil
        [warning] Forløpet har åtvaringar
       *[ok] Ingen feil eller åtvaringar
    }: { $errors } feil, { $warnings ->
        [one] éi åtvaring
       *[other] { $warnings } åtvaringar
    }, { $infos } info
web-forlop-fact-region = Region
web-forlop-fact-kommune = Kommune
web-forlop-fact-patient = Pasienten
web-forlop-fact-file = Fil
web-forlop-kommune-as-written = { $kommune } (skrive «{ $input }»)
web-forlop-diagnosis = diagnosegruppe { $diagnosis }
web-forlop-age = { $age ->
        [child] barn
        [adult] vaksen
       *[elderly] eldre
    }
web-forlop-minor-children = har barn under 18 år
web-forlop-long-term-needs = treng langvarige, koordinerte tenester
web-forlop-expecting-child = ventar barn
web-forlop-patient-nothing = ingen opplysningar
web-forlop-not-drawn = Forløpet kunne ikkje lesast, så det er ikkje teikna. Funna under seier kva som må rettast.
web-forlop-svg-title = Symjebane for forløpet { $id }
web-forlop-svg-desc = { $steps } steg i tidsrekkjefølgje: { $hf } hos helseføretaket, { $kommune } hos kommunen, { $none } utan planlagt nivå. { $flagged } steg har ei vurdering som ikkje er ok. { $handovers ->
        [one] Éi overlevering
       *[other] { $handovers } overleveringar
    }, { $missing } utan informasjon. Tabellen under viser kvart steg.
web-forlop-svg-scroll = Symjebana for forløpet { $id }
web-forlop-lane = { $level ->
        [hf] Helseføretak
       *[kommune] Kommune
    }
web-forlop-phase = { $phase ->
        [before] Før
        [during] Under
       *[after] Etter
    }
web-forlop-level = { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    }
web-forlop-level-none = ingen
web-forlop-owner-lead = { $owner } (leiar, med { $contributors } som bidragsytar)
web-forlop-findings-count = { $count ->
        [one] 1 funn
       *[other] { $count } funn
    }
web-forlop-step-title = Steg { $step }: { $task }. Planlagt hos: { $planned }. Vurdering: { $verdict }. Funn: { $findings }.
web-forlop-handover-to = { $to ->
        [hf] til helseføretaket
       *[kommune] til kommunen
    }
web-forlop-handover-information = { $information ->
        [no] ✗ utan informasjon
       *[yes] med informasjon
    }
web-forlop-table-caption = Stega i forløpet { $id }, i tidsrekkjefølgje
web-forlop-head-date = Dato
web-forlop-head-phase = Fase
web-forlop-head-step = Steg
web-forlop-head-task = Oppgåve
web-forlop-head-planned = Planlagt hos
web-forlop-head-owner = Ansvarleg etter reglane
web-forlop-head-verdict = Vurdering
web-forlop-head-provider = Utførar
web-forlop-head-handover = Overlevering
web-forlop-head-findings = Funn
web-forlop-pathway-findings = Funn for heile forløpet
web-forlop-step-findings = Funn i stega
web-forlop-no-findings = Ingen.
web-forlop-help = Slik rettar du det: { $help }
web-forlop-basis = Rettsgrunnlag: { $basis }
web-forlop-where = Kvar: { $pointer }, linje { $line }, kolonne { $column }
web-forlop-where-step = Kvar: steg { $step } ({ $pointer }), linje { $line }, kolonne { $column }
