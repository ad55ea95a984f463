## The plugin host: a plugin that cannot be loaded, fails a call or breaks the plugin
## contract, and how to mend it.

host-read = cannot read plugin `{ $path }`: { $error }
host-not-a-component = plugin `{ $plugin }` is not a usable WebAssembly component: { $detail }
host-api-version = plugin `{ $plugin }` was built against ansvar:region@{ $found }, but this ansvar supports ansvar:region@{ $supported }
host-api-version-help = rebuild the plugin with an ansvar-sdk for ansvar:region@{ $supported }
host-no-api-version = plugin `{ $plugin }` has no `{ $section }` section: it was not built with ansvar-sdk
host-build-help = build region plugins with `cargo build --target wasm32-wasip2` on a crate that uses ansvar-sdk's `export_region!`
host-link = plugin `{ $plugin }` does not fit the plugin API: { $detail }
host-timeout = plugin `{ $plugin }` exceeded its time limit of { $limit } ms
host-timeout-help = raise the limit with `--plugin-timeout-ms` if the plugin is only slow
host-memory = plugin `{ $plugin }` exceeded its memory limit of { $limit } MiB
host-memory-help = raise the limit with `--plugin-memory-mib` if the plugin needs more
host-capability = plugin `{ $plugin }` tried to use `{ $import }`, which the sandbox does not grant
host-capability-help = region plugins get no files, environment, clock, network or stdio: rules must work from the query alone
host-trap = plugin `{ $plugin }` crashed: { $detail }
host-trap-out-of-bounds = out-of-bounds memory access (also how a deep recursion overflowing the plugin's shadow stack shows)
host-digest-mismatch = plugin `{ $plugin }` claims region `{ $region }`, pinned to sha256 { $expected }, but the file has sha256 { $found }
host-digest-mismatch-help = use the plugin this ansvar ships, or a file built from the same sources; a changed plugin needs a new pin
host-unpinned = plugin `{ $plugin }` (sha256 { $found }) is not pinned in plugins/plugins.lock
host-unpinned-help = pass --allow-unpinned to run a plugin nobody has pinned
host-id-mismatch = plugin `{ $plugin }` describes itself as region `{ $found }`, but it was loaded as region `{ $expected }`
host-id-mismatch-help = the code that ran is not the plugin's own: remove the compiled-code cache (ANSVAR_CACHE_DIR, else ~/.cache/ansvar) or run with --no-cache, and report it
host-too-large = plugin `{ $plugin }` is { $size } bytes; the limit is { $limit } bytes
host-too-large-help = raise the limit with `--plugin-max-mib` if the file is a real plugin
host-duplicate-region = plugin `{ $plugin }` claims region `{ $region }`, which `{ $other }` already gives
host-duplicate-region-help = give one plugin per region
host-contract = plugin `{ $plugin }` broke the plugin contract: { $detail }

## What the plugin's API version section says.

host-section-not-utf8 = the `{ $section }` section is not UTF-8
host-core-module = it is a core WebAssembly module, not a component (build it for wasm32-wasip2 with ansvar-sdk)

## Where a plugin came from (`ansvar regions`).

host-origin-embedded = embedded (built from { $source_dir })

## The host itself.

host-no-ticker = cannot start the thread that enforces plugin time limits: { $error }

## How a plugin broke the contract (the detail of host-contract).

host-contract-describe-empty = `describe` returned no region id or no tasks
host-contract-other-task = asked about `{ $asked }`, it answered about `{ $answered }`
host-contract-owner-contributes = ruling `{ $rule }` lists the owner among the contributors
host-contract-shared-mismatch = ruling `{ $rule }` is marked shared={ $shared } with { $contributors } contributors
host-contract-ruling-too-large = it returned a ruling of { $size } bytes; the limit is { $limit } bytes
host-contract-no-rule-or-basis = a ruling must name its rule and its legal basis
host-contract-finding-pointer = finding `{ $code }` has an invalid JSON pointer `{ $pointer }`
host-contract-key-count = it gave { $keys } ruling keys and { $rulings } rulings
host-contract-key-not-held = ruling key { $key } was listed but is not held
host-contract-key-unlisted = it named ruling key { $key } alone, which the batch did not list as known
host-contract-two-errors = pathway { $pathway } has two errors
host-contract-error-pathway = an error about pathway { $pathway }, of { $count }
host-contract-finding-pathway = a finding about pathway { $pathway }, of { $count }
host-contract-verdict-count = { $expected } steps needed a verdict, it gave { $given } verdicts and { $rulings } rulings
host-contract-no-verdict = no verdict for step { $step }
host-contract-verdict-code = verdict code { $code } is not one
host-contract-in-pathway = pathway { $pathway }: { $detail }
host-contract-no-ruling = pathway { $pathway }: ruling { $ruling } does not exist
host-contract-verdict-without-ruling = pathway { $pathway }: a verdict without a ruling
host-contract-pathway-other-task = pathway { $pathway }: asked about `{ $asked }`, it answered about `{ $answered }`
