## Changes (engine/src/web/endringer.rs, engine/web/endringer.js) and
## POST /api/v1/diff (engine/src/serve/api.rs): two versions of an agreement compared.

web-endringer-title = Changes
web-endringer-intro = Compare two versions of one region's agreement document. Each version is laid over the rules in force and every context is compared: the responsibility matrix before and after stands side by side with the changed cells marked, and below it the changes in the document and where each change applies.
web-endringer-old-file = Old version (before)
web-endringer-new-file = New version (after)
web-endringer-hint = Both files must be agreement documents that `ansvar check` accepts, of the same region.
web-endringer-submit = Compare
web-endringer-comparing = Comparing …
web-endringer-compared = The comparison is done.
web-endringer-failed = The comparison stopped: { $reason }
web-endringer-result-title = Before and after in { $region }
web-endringer-summary = From { $old } to { $new }: { $changed } of { $points } contexts get another ruling, in { $tasks } tasks.
web-endringer-unchanged = From { $old } to { $new }: no change in who is responsible.
web-endringer-caption = The responsibility matrix of { $region } with no context given, before and after
web-endringer-head-changed = Changed
web-endringer-cell-changed = (changed)
web-endringer-changed-general = Yes, also with no context given ({ $points } contexts in all)
web-endringer-changed-some = In { $points } contexts
web-endringer-missing = { $what } is missing.
web-endringer-missing-help = Choose both files, the old and the new version, and compare again.
web-endringer-unreadable-help = Fix the file so that `ansvar check` accepts it, or choose the right file.
web-endringer-api-not-a-pair = the body must be a JSON object with the members `old` and `new`
web-endringer-api-missing-member = the member `{ $name }` is missing
web-endringer-api-unknown-member = there is no member `{ $name }`
web-endringer-api-body-help = send `{"{"}"old": <agreement>, "new": <agreement>{"}"}`, two versions of one region's agreement document
