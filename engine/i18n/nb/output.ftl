## Utdata for mennesker fra who, regions, check og pathway check, og tekstene i
## rapportformatene (tekst, SARIF, GitHub-merknader, JUnit).

# En alvorlighetsgrad, ved sin id (error, warning, info).
output-severity = { $severity ->
        [error] feil
        [warning] advarsel
       *[info] info
    }

## who

output-who-place = { $region }, kommune { $number } { $name }
output-who-own-patients = hf og kommune, hvert nivå fullt ut for egne pasienter (her: { $owner })
output-who-shared = { $owner } (delt: { $owner } leder, { $contributors } bidrar)
output-who-owner = ansvarlig
output-who-partners = parter
output-who-paragraph = § 6-2
output-who-paragraph-items = hol. § 6-2 { $items }
output-who-paragraph-item = nr. { $item }
output-who-clause = avtalepunkt
output-who-basis = rettsgrunnlag
output-who-sources = kilder
output-who-rule = regel
# Regelen og hvor den kommer fra: regionens avtaler eller nasjonal basis.
output-who-rule-value = { $rule } ({ $source ->
        [region] region
       *[baseline] nasjonal basis
    })
output-who-note = merknad
output-who-caveat = forbehold
output-who-explain = regelkjede:

## regions

output-regions-hf = HF
output-regions-agreements = avtaler
output-regions-kommuner = kommuner
output-regions-tasks = oppgaver
output-regions-plugin = utvidelse
output-regions-agreement = { $id } (versjon { $version })
output-regions-tasks-value = { $count } (oppgavekatalog { $version })

## Funn: hvor de kommer fra, og merknadene under dem

output-origin-schema = skjema { $schema }
output-origin-engine = ansvar-motoren
output-origin-plugin = utvidelse { $plugin }, regel { $rule }
output-origin-plugin-basis = utvidelse { $plugin }, regel { $rule } ({ $basis })
output-finding-at = sted
output-finding-source = kilde
output-finding-help = hjelp

## check

output-check-summary = sjekket { $files } { $files ->
        [one] fil
       *[other] filer
    }: { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }, { $infos } info

## pathway check

output-pathway-heading = forløp { $id }
output-pathway-heading-region = forløp { $id } ({ $region })
output-pathway-heading-kommune = forløp { $id } ({ $region }, kommune { $kommune })
# Vurderingen av et steg, ved sin id.
output-pathway-verdict = { $verdict ->
        [ok] ok
        [contributor] bidrar
        [wrong-level] feil nivå
        [unknown-task] ukjent oppgave
        [no-owner] ingen ansvarlig
        [not-covered] ikke dekket
       *[not-checked] ikke sjekket
    }
# Nivået som planla steget: hf, kommune, eller – for ingen.
output-pathway-planned = planlagt { $planned }
output-pathway-owner = ansvarlig { $owner }
output-pathway-summary = sjekket { $pathways } forløp ({ $steps } steg) i { $files } { $files ->
        [one] fil
       *[other] filer
    }: { $failing } med feil; { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }, { $infos } info
# Fremdriftslinjen: $pathways og $rate fylles inn mens den teller.
output-pathway-progress = sjekket { $pathways } forløp ({ $rate })

## Rapportformater

output-sarif-message = { $message } (hjelp: { $help })
output-sarif-legal-basis = Rettsgrunnlag
output-github-help = hjelp: { $help }
output-github-source = kilde: { $source }
output-junit-errors = { $count } feil
