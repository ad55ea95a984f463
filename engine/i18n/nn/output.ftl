## Utdata for menneske frå who, regions, check og pathway check, og tekstane i
## rapportformata (tekst, SARIF, GitHub-merknader, JUnit).

# Ein alvorsgrad, ved id-en sin (error, warning, info).
output-severity = { $severity ->
        [error] feil
        [warning] åtvaring
       *[info] info
    }

## who

output-who-place = { $region }, kommune { $number } { $name }
output-who-own-patients = hf og kommune, kvart nivå fullt ut for eigne pasientar (her: { $owner })
output-who-shared = { $owner } (delt: { $owner } leiar, { $contributors } bidreg)
output-who-owner = ansvarleg
output-who-partners = partar
output-who-paragraph = § 6-2
output-who-paragraph-items = hol. § 6-2 { $items }
output-who-paragraph-item = nr. { $item }
output-who-clause = avtalepunkt
output-who-basis = rettsgrunnlag
output-who-sources = kjelder
output-who-rule = regel
# Regelen og kvar han kjem frå: avtalane til regionen eller nasjonal basis.
output-who-rule-value = { $rule } ({ $source ->
        [region] region
       *[baseline] nasjonal basis
    })
output-who-note = merknad
output-who-caveat = atterhald
output-who-explain = regelkjede:

## regions

output-regions-hf = HF
output-regions-agreements = avtalar
output-regions-kommuner = kommunar
output-regions-tasks = oppgåver
output-regions-plugin = utviding
output-regions-agreement = { $id } (versjon { $version })
output-regions-tasks-value = { $count } (oppgåvekatalog { $version })

## Funn: kvar dei kjem frå, og merknadene under dei

output-origin-schema = skjema { $schema }
output-origin-engine = ansvar-motoren
output-origin-plugin = utviding { $plugin }, regel { $rule }
output-origin-plugin-basis = utviding { $plugin }, regel { $rule } ({ $basis })
output-finding-at = stad
output-finding-source = kjelde
output-finding-help = hjelp

## check

output-check-summary = sjekka { $files } { $files ->
        [one] fil
       *[other] filer
    }: { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }, { $infos } info

## pathway check

output-pathway-heading = forløp { $id }
output-pathway-heading-region = forløp { $id } ({ $region })
output-pathway-heading-kommune = forløp { $id } ({ $region }, kommune { $kommune })
# Vurderinga av eit steg, ved id-en sin.
output-pathway-verdict = { $verdict ->
        [ok] ok
        [contributor] bidreg
        [wrong-level] feil nivå
        [unknown-task] ukjend oppgåve
        [no-owner] ingen ansvarleg
        [not-covered] ikkje dekt
       *[not-checked] ikkje sjekka
    }
# Nivået som planla steget: hf, kommune, eller – for ingen.
output-pathway-planned = planlagd { $planned }
output-pathway-owner = ansvarleg { $owner }
output-pathway-summary = sjekka { $pathways } forløp ({ $steps } steg) i { $files } { $files ->
        [one] fil
       *[other] filer
    }: { $failing } med feil; { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }, { $infos } info
# Framdriftslinja: $pathways og $rate vert fylte inn medan ho tel.
output-pathway-progress = sjekka { $pathways } forløp ({ $rate })

## Rapportformat

output-sarif-message = { $message } (hjelp: { $help })
output-sarif-legal-basis = Rettsgrunnlag
output-github-help = hjelp: { $help }
output-github-source = kjelde: { $source }
output-junit-errors = { $count } feil
