## Human output of who, regions, check and pathway check, and the texts of the report
## formats (human, SARIF, GitHub annotations, JUnit).

# A severity, by its id (error, warning, info).
output-severity = { $severity ->
        [error] error
        [warning] warning
       *[info] info
    }

## who

output-who-place = { $region }, kommune { $number } { $name }
output-who-own-patients = hf and kommune, each level in full for its own patients (here: { $owner })
output-who-shared = { $owner } (shared: { $owner } leads, { $contributors } contributes)
output-who-owner = owner
output-who-partners = partners
output-who-paragraph = § 6-2
output-who-paragraph-items = hol. § 6-2 { $items }
output-who-paragraph-item = nr. { $item }
output-who-clause = clause
output-who-basis = legal basis
output-who-sources = sources
output-who-rule = rule
# The rule and where it comes from: the region's agreements or the national baseline.
output-who-rule-value = { $rule } ({ $source ->
        [region] region
       *[baseline] baseline
    })
output-who-note = note
output-who-caveat = caveat
output-who-explain = explain:

## regions

output-regions-hf = HF
output-regions-agreements = agreements
output-regions-kommuner = kommuner
output-regions-tasks = tasks
output-regions-plugin = plugin
output-regions-agreement = { $id } (version { $version })
output-regions-tasks-value = { $count } (catalogue { $version })

## Findings: where they come from, and the notes under them

output-origin-schema = schema { $schema }
output-origin-engine = ansvar engine
output-origin-plugin = plugin { $plugin }, rule { $rule }
output-origin-plugin-basis = plugin { $plugin }, rule { $rule } ({ $basis })
output-finding-at = at
output-finding-source = source
output-finding-help = help

## check

output-check-summary = checked { $files } { $files ->
        [one] file
       *[other] files
    }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } info

## pathway check

output-pathway-heading = pathway { $id }
output-pathway-heading-region = pathway { $id } ({ $region })
output-pathway-heading-kommune = pathway { $id } ({ $region }, kommune { $kommune })
# A step's verdict, by its id.
output-pathway-verdict = { $verdict ->
        [ok] ok
        [contributor] contributor
        [wrong-level] wrong-level
        [unknown-task] unknown-task
        [no-owner] no-owner
        [not-covered] not-covered
       *[not-checked] not-checked
    }
# The level that planned a step: hf, kommune, or – for none.
output-pathway-planned = planned { $planned }
output-pathway-owner = owner { $owner }
output-pathway-summary = checked { $pathways } { $pathways ->
        [one] pathway
       *[other] pathways
    } ({ $steps } { $steps ->
        [one] step
       *[other] steps
    }) in { $files } { $files ->
        [one] file
       *[other] files
    }: { $failing } with errors; { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } info
# The progress line: $pathways and $rate are filled in as it counts.
output-pathway-progress = checked { $pathways } pathways ({ $rate })

## Report formats

output-sarif-message = { $message } (help: { $help })
output-sarif-legal-basis = Legal basis
output-github-help = help: { $help }
output-github-source = source: { $source }
output-junit-errors = { $count } { $count ->
        [one] error
       *[other] errors
    }
