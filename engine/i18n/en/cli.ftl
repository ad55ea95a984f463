## The command line: errors, their help and the lines that report them on stderr.

cli-error = error: { $message }
cli-help = help: { $help }
cli-note = note: { $note }
cli-file-error = error: { $path }: { $message }

cli-did-you-mean = did you mean { $list }?

cli-unsupported-format = `{ $command }` does not write `--format { $format }`
cli-unsupported-format-help = use one of: { $formats }
cli-wasm-engine = cannot start the WebAssembly engine: { $error }
cli-cannot-write-file = cannot write `{ $path }`: { $error }
cli-cannot-write-file-help = the file, if it existed, is unchanged
cli-cannot-write-stdout = cannot write to stdout: { $error }
cli-not-one-of = `{ $value }` is not one of { $values }

cli-no-pathways = no pathway files in `{ $path }`
cli-no-pathways-help = pathway files are *.jsonl, *.ndjson, or *.json under a `pathways` directory

cli-unknown-region = unknown region `{ $region }`
cli-regions-are = the regions are: { $regions }
cli-kommune-outside-region = kommune `{ $input }` ({ $kommune }) is not served by region { $region } ({ $hf })
cli-kommune-not-served = kommune `{ $kommune }` is not served by region { $region } ({ $hf })
cli-kommune-use-region = { $help }; use `--region { $region }`
cli-kommune-see-regions = { $help }; `ansvar regions` lists the regions and their kommuner
cli-unknown-task = unknown task `{ $task }` in region { $region }
cli-unknown-task-help = `ansvar regions` lists the regions; the task ids are those of schemas/catalogue.json
cli-unknown-diagnosis = unknown diagnosis group `{ $diagnosis }`
cli-diagnosis-groups-are = the diagnosis groups are: { $groups }
cli-unknown-age = unknown age group `{ $age }`
cli-age-groups-are = the age groups are: { $ages }
cli-unknown-phase = unknown phase `{ $phase }`
cli-phases-are = the phases are: { $phases }
