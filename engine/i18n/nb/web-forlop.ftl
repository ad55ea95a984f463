## Pasientforløp: siden i arbeidsbenken (engine/src/web/forlop.rs) og svømmebanene,
## som `pathway check --format html` også skriver (engine/src/pathway/swimlane.rs).

web-forlop-title = Pasientforløp
web-forlop-intro = Bygg et planlagt pasientforløp steg for steg, eller åpne en forløpsfil, og se det som svømmebaner: helseforetaket øverst, kommunen under. Hvert steg sjekkes mot regionens regler.

## Skjemaet uten skript

web-forlop-upload-heading = Sjekk en forløpsfil
web-forlop-file-label = Forløpsfil (JSON, eller JSON Lines med ett forløp per linje)
web-forlop-text-label = Eller lim inn forløpet (JSON)
# $max er største tillatte størrelse, i byte.
web-forlop-upload-hint = Forløpet sjekkes på tjeneren og lagres ikke. Høyst { $max }.
web-forlop-submit = Tegn og sjekk
web-forlop-result-heading = Svømmebaner og funn
web-forlop-no-document = Velg en forløpsfil eller lim inn et forløp.
web-forlop-bad-form = Skjemaet kunne ikke leses: { $reason }

## Byggeren (med skript)

web-forlop-builder-heading = Bygg forløpet
web-forlop-builder-hint = Svømmebanen under tegnes på nytt hver gang du endrer noe. Forløpet lagres i nettleseren, ikke på tjeneren.
web-forlop-open-label = Åpne forløpsfil
web-forlop-download = Last ned forløpet (JSON)
web-forlop-discard = Start på nytt
web-forlop-region-label = Region
web-forlop-kommune-label = Kommune
web-forlop-kommune-hint = Kommunenummer eller navn
web-forlop-id-label = Forløps-id
web-forlop-id-hint = Bokstaver, sifre og . _ : / -
web-forlop-title-label = Tittel
web-forlop-patient-legend = Pasienten
web-forlop-diagnosis-label = Diagnosegruppe
web-forlop-diagnosis-none = (ikke oppgitt)
web-forlop-age-label = Aldersgruppe
web-forlop-age-none = (ikke oppgitt)
web-forlop-minor-children-label = Har barn under 18 år
web-forlop-long-term-needs-label = Har behov for langvarige, koordinerte tjenester
web-forlop-expecting-child-label = Venter barn
web-forlop-steps-heading = Steg
web-forlop-col-id = Steg-id
web-forlop-col-handover-to = Overlevering
web-forlop-col-information = Informasjon følger med
web-forlop-col-remove = Fjern
web-forlop-add-step = Legg til steg
web-forlop-swimlane-heading = Svømmebane og funn
web-forlop-empty = Svømmebanen tegnes her.
web-forlop-phase-none = (ingen fase)
web-forlop-handover-none = ingen overlevering
# Tekster skriptet fyller ut: {field}, {row}, {task} og så videre står som de er.
web-forlop-js-row-field = { $field }, steg { $row }
web-forlop-js-remove = Fjern steg { $row }
web-forlop-js-unknown-task = ukjent oppgave: { $task }
web-forlop-js-unknown-diagnosis = ukjent diagnosegruppe: { $diagnosis }
web-forlop-js-restored = Forløpet er hentet fra nettleseren, der det ble lagret sist du skrev.
web-forlop-js-drawn = Svømmebanen er oppdatert.
web-forlop-js-failed = Forløpet kunne ikke tegnes: { $reason }
web-forlop-js-opened = Åpnet { $name }.
web-forlop-js-unreadable = { $name } er ikke et forløp i JSON: { $reason }
web-forlop-js-discard-confirm = Vil du forkaste forløpet og starte på nytt?
web-forlop-js-discarded = Forløpet er forkastet. Du starter med et nytt.
web-forlop-js-step-added = Steg { $row } er lagt til.
web-forlop-js-step-removed = Steg { $row } er fjernet.

## Svømmebanene

web-forlop-page-title = Pasientforløp som svømmebaner
web-forlop-legend = Hvert steg står i banen til nivået som er planlagt å gjøre det: helseforetaket øverst, kommunen under, et steg uten planlagt nivå på streken mellom dem. Vurderingen står i ord: ✓ ok, ◐ bidrar, ✗ feil nivå, ? ukjent oppgave, ! ingen ansvarlig, ○ ikke dekket. Piler er overleveringer; en stiplet pil er en overlevering uten informasjon. Tabellen under hver bane sier det samme.
# Forløp som er sjekket, men ikke tegnet: $count av dem, siden tegner de første $max.
web-forlop-left-out = { $count } forløp til er sjekket, men ikke tegnet: siden tegner de første { $max }. Bruk `--format human` eller `json` for funnene i alle.
web-forlop-lane-list = Forløpene på siden
web-forlop-lane-heading = Forløp { $id }
web-forlop-lane-heading-unread = Forløp i { $file }, linje { $line }
# $status er error, warning eller ok.
web-forlop-status = { $status ->
        [error] Forløpet har feil
        [warning] Forløpet har advarsler
       *[ok] Ingen feil eller advarsler
    }: { $errors } feil, { $warnings ->
        [one] én advarsel
       *[other] { $warnings } advarsler
    }, { $infos } info
web-forlop-fact-region = Region
web-forlop-fact-kommune = Kommune
web-forlop-fact-patient = Pasienten
web-forlop-fact-file = Fil
web-forlop-kommune-as-written = { $kommune } (skrevet «{ $input }»)
web-forlop-diagnosis = diagnosegruppe { $diagnosis }
web-forlop-age = { $age ->
        [child] barn
        [adult] voksen
       *[elderly] eldre
    }
web-forlop-minor-children = har barn under 18 år
web-forlop-long-term-needs = har behov for langvarige, koordinerte tjenester
web-forlop-expecting-child = venter barn
web-forlop-patient-nothing = ingen opplysninger
web-forlop-not-drawn = Forløpet kunne ikke leses, så det er ikke tegnet. Funnene under sier hva som må rettes.
web-forlop-svg-title = Svømmebane for forløpet { $id }
web-forlop-svg-desc = { $steps } steg i tidsrekkefølge: { $hf } hos helseforetaket, { $kommune } hos kommunen, { $none } uten planlagt nivå. { $flagged } steg har en vurdering som ikke er ok. { $handovers ->
        [one] Én overlevering
       *[other] { $handovers } overleveringer
    }, { $missing } uten informasjon. Tabellen under viser hvert steg.
web-forlop-svg-scroll = Svømmebanen for forløpet { $id }
web-forlop-lane = { $level ->
        [hf] Helseforetak
       *[kommune] Kommune
    }
web-forlop-phase = { $phase ->
        [before] Før
        [during] Under
       *[after] Etter
    }
web-forlop-level = { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    }
web-forlop-level-none = ingen
web-forlop-owner-lead = { $owner } (leder, med { $contributors } som bidragsyter)
web-forlop-findings-count = { $count ->
        [one] 1 funn
       *[other] { $count } funn
    }
web-forlop-step-title = Steg { $step }: { $task }. Planlagt hos: { $planned }. Vurdering: { $verdict }. Funn: { $findings }.
web-forlop-handover-to = { $to ->
        [hf] til helseforetaket
       *[kommune] til kommunen
    }
web-forlop-handover-information = { $information ->
        [no] ✗ uten informasjon
       *[yes] med informasjon
    }
web-forlop-table-caption = Stegene i forløpet { $id }, i tidsrekkefølge
web-forlop-head-date = Dato
web-forlop-head-phase = Fase
web-forlop-head-step = Steg
web-forlop-head-task = Oppgave
web-forlop-head-planned = Planlagt hos
web-forlop-head-owner = Ansvarlig etter reglene
web-forlop-head-verdict = Vurdering
web-forlop-head-provider = Utfører
web-forlop-head-handover = Overlevering
web-forlop-head-findings = Funn
web-forlop-pathway-findings = Funn for hele forløpet
web-forlop-step-findings = Funn i stegene
web-forlop-no-findings = Ingen.
web-forlop-help = Slik retter du det: { $help }
web-forlop-basis = Rettsgrunnlag: { $basis }
web-forlop-where = Hvor: { $pointer }, linje { $line }, kolonne { $column }
web-forlop-where-step = Hvor: steg { $step } ({ $pointer }), linje { $line }, kolonne { $column }
