## Kommandolinjen: feil, hjelpen til dem og linjene som melder dem på stderr.

cli-error = feil: { $message }
cli-help = hjelp: { $help }
cli-note = merknad: { $note }
cli-file-error = feil: { $path }: { $message }

cli-did-you-mean = mente du { $list }?

cli-unsupported-format = `{ $command }` skriver ikke `--format { $format }`
cli-unsupported-format-help = bruk en av: { $formats }
cli-wasm-engine = kan ikke starte WebAssembly-motoren: { $error }
cli-cannot-write-file = kan ikke skrive `{ $path }`: { $error }
cli-cannot-write-file-help = filen er uendret, om den fantes fra før
cli-cannot-write-stdout = kan ikke skrive til stdout: { $error }
cli-not-one-of = `{ $value }` er ikke en av { $values }

cli-no-pathways = ingen forløpsfiler i `{ $path }`
cli-no-pathways-help = forløpsfiler er *.jsonl, *.ndjson, eller *.json under en `pathways`-mappe

cli-unknown-region = ukjent region `{ $region }`
cli-regions-are = regionene er: { $regions }
cli-kommune-outside-region = kommune `{ $input }` ({ $kommune }) hører ikke til region { $region } ({ $hf })
cli-kommune-not-served = kommune `{ $kommune }` hører ikke til region { $region } ({ $hf })
cli-kommune-use-region = { $help }; bruk `--region { $region }`
cli-kommune-see-regions = { $help }; `ansvar regions` viser regionene og kommunene deres
cli-unknown-task = ukjent oppgave `{ $task }` i region { $region }
cli-unknown-task-help = `ansvar regions` viser regionene; oppgave-id-ene er de i schemas/catalogue.json
cli-unknown-diagnosis = ukjent diagnosegruppe `{ $diagnosis }`
cli-diagnosis-groups-are = diagnosegruppene er: { $groups }
cli-unknown-age = ukjent aldersgruppe `{ $age }`
cli-age-groups-are = aldersgruppene er: { $ages }
cli-unknown-phase = ukjent fase `{ $phase }`
cli-phases-are = fasene er: { $phases }
