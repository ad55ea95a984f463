## Kommandolinja: feil, hjelpa til dei og linjene som melder dei på stderr.

cli-error = feil: { $message }
cli-help = hjelp: { $help }
cli-note = merknad: { $note }
cli-file-error = feil: { $path }: { $message }

cli-did-you-mean = meinte du { $list }?

cli-unsupported-format = `{ $command }` skriv ikkje `--format { $format }`
cli-unsupported-format-help = bruk ein av: { $formats }
cli-wasm-engine = kan ikkje starte WebAssembly-motoren: { $error }
cli-cannot-write-file = kan ikkje skrive `{ $path }`: { $error }
cli-cannot-write-file-help = fila er uendra, om ho fanst frå før
cli-cannot-write-stdout = kan ikkje skrive til stdout: { $error }
cli-not-one-of = `{ $value }` er ikkje ein av { $values }

cli-no-pathways = ingen forløpsfiler i `{ $path }`
cli-no-pathways-help = forløpsfiler er *.jsonl, *.ndjson, eller *.json under ei `pathways`-mappe

cli-unknown-region = ukjend region `{ $region }`
cli-regions-are = regionane er: { $regions }
cli-kommune-outside-region = kommune `{ $input }` ({ $kommune }) høyrer ikkje til region { $region } ({ $hf })
cli-kommune-not-served = kommune `{ $kommune }` høyrer ikkje til region { $region } ({ $hf })
cli-kommune-use-region = { $help }; bruk `--region { $region }`
cli-kommune-see-regions = { $help }; `ansvar regions` viser regionane og kommunane deira
cli-unknown-task = ukjend oppgåve `{ $task }` i region { $region }
cli-unknown-task-help = `ansvar regions` viser regionane; oppgåve-id-ane er dei i schemas/catalogue.json
cli-unknown-diagnosis = ukjend diagnosegruppe `{ $diagnosis }`
cli-diagnosis-groups-are = diagnosegruppene er: { $groups }
cli-unknown-age = ukjend aldersgruppe `{ $age }`
cli-age-groups-are = aldersgruppene er: { $ages }
cli-unknown-phase = ukjend fase `{ $phase }`
cli-phases-are = fasane er: { $phases }
