## The engine's own findings and reading errors: reading files and JSON, the JSON
## Schema's violations, the host's checks of agreements and pathways, kommuner, and
## finding the documents a command works on.

## Lists

findings-list-and = { $items } and { $last }
findings-list-or = { $items } or { $last }
# Two clauses of one text: a note and what follows from it, an error and its help.
findings-joined = { $first }; { $second }

## Reading a file

findings-cannot-read-file = cannot read the file: { $error }
findings-cannot-read-file-help = check that the file exists and is readable; it may have been removed during the run
findings-check-file-readable = check that the file exists and is readable
findings-cannot-read-document = cannot read the document: { $error }
findings-send-whole-document = send the whole document
findings-too-large = the file is { $size } bytes, more than the limit of { $max } bytes
findings-too-large-agreement-help = split the document, or raise the limit with `--max-file-bytes`
findings-too-large-pathway-help = write many pathways as JSON Lines (.jsonl), or raise the limit with `--max-file-bytes`
findings-document-too-large = the document is more than the limit of { $max } bytes
findings-document-too-large-help = write many pathways as JSON Lines, or raise the limit
findings-line-too-long = the line is { $size } bytes, more than the limit of { $max } bytes
findings-line-too-long-help = raise the limit with `--max-line-bytes`
findings-not-utf8 = the file is not valid UTF-8 (byte 0x{ $byte })
findings-not-utf8-help = save the file as UTF-8; Windows-1252 and Latin-1 are not accepted
findings-text-not-utf8 = the text is not UTF-8 (at byte { $byte })
findings-save-as-utf8 = save the file as UTF-8
findings-bom = the file starts with a UTF-8 byte-order mark
findings-bom-help = save the file as UTF-8 without BOM
findings-not-regular-file = not a regular file but { $kind }
findings-file-kind = { $kind ->
    [fifo] a named pipe
    [device] a device
    [socket] a socket
    [directory] a directory
    [symlink] a symbolic link
    [file] a regular file
   *[special] a special file
}

## JSON syntax

findings-invalid-json = invalid JSON: { $message }
findings-json-empty = the document is empty
findings-json-empty-help = write one JSON object `{"{"} … {"}"}`; its schema is in schemas/
findings-json-after-end = unexpected text after the end of the JSON document
findings-json-after-end-help = a .json file holds one document: remove what follows, or write one document per line in a .jsonl file
findings-json-unfinished-help = close every `{"{"}`, `[` and `"` the document opens (in a .jsonl file, each line holds one whole document)
findings-json-unexpected-end = unexpected end of file, expected { $expected ->
    [value] a JSON value
    [key] a key in double quotes
    [colon] `:` after the key
    [comma-or-brace] `,` or `{"}"}`
    [comma-or-bracket] `,` or `]`
    [escape] an escape (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] a digit
    [digit-after-point] a digit after `.`
   *[digit-in-exponent] a digit in the exponent
}
findings-json-unexpected = unexpected `{ $found }`, expected { $expected ->
    [value] a JSON value
    [key] a key in double quotes
    [colon] `:` after the key
    [comma-or-brace] `,` or `{"}"}`
    [comma-or-bracket] `,` or `]`
    [escape] an escape (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] a digit
    [digit-after-point] a digit after `.`
   *[digit-in-exponent] a digit in the exponent
}
findings-json-trailing-comma-help = remove the `,` before it: JSON allows no comma after the last item
findings-json-single-quotes-help = JSON takes double quotes `"` around keys and texts, not single quotes
findings-json-comment-help = JSON has no comments: remove it
findings-json-missing-comma-help = a `,` is missing between this and what comes before it
findings-json-unquoted-key-help = put the key in double quotes, e.g. `"task"`
findings-json-bare-word-help = put text in double quotes; the only bare words JSON knows are `true`, `false` and `null`
findings-json-backslash-help = a `\` in a text starts an escape; write a backslash itself as `\\`
findings-json-too-deep = nesting deeper than { $max } levels
findings-json-lone-surrogate = a lone UTF-16 surrogate in a \u escape
findings-json-surrogate-pair = an invalid UTF-16 surrogate pair in a \u escape
findings-json-bad-u-escape = an invalid \u escape
findings-json-control-character = a control character inside a string; write it as an escape such as \n
findings-json-end-in-string = unexpected end of file inside a string
findings-json-hex-digits = a \u escape needs four hex digits
findings-json-number-range = number `{ $number }` is out of range
findings-duplicate-key = duplicate key { $key }; it first appears on line { $line }
findings-duplicate-key-help = remove one of them; readers disagree on which one wins

## JSON Schema violations (in English as the validator words them)

findings-schema-required = { $property } is a required property
findings-schema-type = { $value } is not of type "{ $wanted }"
findings-schema-types = { $value } is not of types { $wanted }
findings-schema-enum-one = { $value } is not one of { $option }
findings-schema-enum = { $value } is not one of { $options } or { $last }
findings-schema-enum-more = { $value } is not one of { $options } or { $count } other candidates
findings-schema-pattern = { $value } does not match "{ $pattern }"
findings-schema-format = { $value } is not a "{ $format }"
findings-schema-min-length = { $value } is shorter than { $limit } { $limit ->
    [one] character
   *[other] characters
}
findings-schema-max-length = { $value } is longer than { $limit } { $limit ->
    [one] character
   *[other] characters
}
findings-schema-min-items = { $value } has less than { $limit } { $limit ->
    [one] item
   *[other] items
}
findings-schema-max-items = { $value } has more than { $limit } { $limit ->
    [one] item
   *[other] items
}
findings-schema-minimum = { $value } is less than the minimum of { $limit }
findings-schema-maximum = { $value } is greater than the maximum of { $limit }
findings-schema-const = { $expected } was expected
findings-schema-unique = { $value } has non-unique elements
findings-unknown-field = unknown field `{ $field }`
findings-did-you-mean = did you mean `{ $meant }`?
findings-check-spelling = check the spelling against { $schema }
findings-allowed-fields = the fields allowed here are { $fields } ({ $schema })
findings-schema-add = add `{ $field }`
findings-schema-add-described = add `{ $field }`: { $description }
findings-schema-at-least-one = give at least one
findings-schema-at-least-one-described = give at least one: { $description }
findings-schema-at-least = give at least { $count }
findings-schema-write-something = write something here
findings-schema-write-something-described = write something here: { $description }
findings-schema-write-const = write `{ $value }` here
findings-write = write `{ $value }`
findings-write-true = write `true`, without quotes
findings-write-false = write `false`, without quotes
findings-write-true-or-false = write `true` or `false`, without quotes
findings-write-unquoted = write `{ $value }`, without quotes
findings-write-quoted = write it in quotes: `"{ $value }"`
findings-write-quoted-four-digits = write it in quotes, with all four digits: `"{ $number }"`
findings-put-in-list = put it in a list: `[{ $value }]`
findings-one-document-per-file = a file holds one document: give each its own file, or write pathways one per line in a .jsonl file (`jq -c '.[]' IN.json > OUT.jsonl`)
findings-schema-constraint = a constraint of the schema

## Kommuner

findings-kommune-unknown = unknown kommune `{ $input }`
findings-kommune-ambiguous = `{ $input }` names more than one kommune: { $candidates }
findings-kommune-unknown-offer = { $offer } A kommunenummer (4 digits) works too
findings-kommune-unknown-help = give the kommunenummer (4 digits) or today's name
findings-kommune-ambiguous-help = give the kommunenummer of the one meant: { $numbers }
findings-kommune-ambiguous-region-help = give the kommunenummer of the one meant: { $numbers } ({ $region })
findings-candidate-former-county = { $number } { $name } ({ $county }, formerly { $former } { $former_number })
findings-candidate-former = { $number } { $name } (formerly { $former } { $former_number })
findings-region-serves-none = region { $region } serves none of them
findings-region-serves-several = region { $region } serves more than one of them
findings-former-number = kommunenummer { $number } ({ $former }, { $period }) is today { $today_number } { $today_name }
findings-former-name = `{ $input }` is a former name ({ $former }, { $period }, kommunenummer { $number }); today it is { $today_number } { $today_name }
findings-another-kommune = { $other } is another kommune, which { $region } does not serve
findings-other-kommuner = { $others } are other kommuner, which { $region } does not serve
findings-taken-as = `{ $input }` is taken as { $kommune }, which { $region } serves; { $more }
findings-no-region-serves = no region of ansvar serves { $kommune }
findings-kommune-in-region = { $name } is in region { $regions }
findings-kommune-note-write = { $note }: write `{ $number }`
findings-kommune-is-write = `{ $given }` is kommune { $number } { $name }: write `{ $number }`
findings-no-kommune-called = no kommune is called `{ $given }`; did you mean { $suggestions }? Write its kommunenummer
findings-kommune-outside-region = kommune { $number } { $name } is not served by region { $region } ({ $hf })
findings-unsettled-kommune = the sources do not settle whether region { $region } serves kommune { $number } { $name }
findings-unsettled-kommune-note = the sources do not settle whether region { $region } serves kommune { $number } { $name }: { $note }
findings-unsettled-kommune-agreement-help = the region's rulings for it carry the caveat; the membership is kept in schemas/kommuner.json
findings-unsettled-kommune-pathway-help = the rulings for it carry the caveat; the membership is kept in schemas/kommuner.json
findings-old-kommunenummer = { $number } is an old kommunenummer: { $note }
findings-old-kommunenummer-split = { $number } is an old kommunenummer, today split between { $candidates }
findings-old-kommune-input = `{ $input }`: { $note }
findings-write-number = write "{ $number }"
findings-no-kommune-number = no kommune has the number { $number }
findings-kommunenummer-help = kommunenummer valid from 1 January 2024, 4 digits
findings-kommune-input-help = a kommunenummer valid from 1 January 2024 (4 digits), or today's name

## Agreements

findings-no-plugin-for-region = no plugin for region `{ $region }`
findings-unknown-task = unknown task `{ $task }`
findings-task-ids-help = the task ids are those of schemas/catalogue.json
findings-duplicate-task = task `{ $task }` is allocated twice (also in clause { $clause })
findings-duplicate-task-help = merge the clauses: one task, one allocation
findings-shared-without-lead = shared task `{ $task }` has no lead
findings-shared-without-lead-help = add `"lead": "hf"` or `"lead": "kommune"`
findings-lead-without-sharing = task `{ $task }` has a lead but is not shared
findings-lead-without-sharing-help = set `"owner": "delt"` or remove `lead`
findings-dates-out-of-order = effective_to { $to } is before effective_from { $from }
findings-review-overdue = the review date { $review } has passed (today is { $today })
findings-review-overdue-help = review the agreement and set a new review date
findings-parties-not-signed = { $count ->
    [one] { $count } party does have no signature: { $parties }
   *[other] { $count } parties have no signature: { $parties }
}
findings-parties-not-signed-help = add a signature entry for each party, with `"signed": false` until it has signed
findings-party-not-signed = party { $party } has not signed
findings-signed-below-kommunestyre = kommune { $party } signed at { $level } level, not by the kommunestyre
findings-signed-below-kommunestyre-help = helse- og omsorgstjenesteloven § 6-1: the agreement is entered into by the kommunestyre
findings-renamed-fylkesmann = Fylkesmannen has been Statsforvalteren since 1 January 2021
findings-renamed-fylkesmann-help = write «Statsforvalteren»

## Pathways

findings-no-embedded-region = no embedded region `{ $region }`
findings-pathway-unreadable = the pathway cannot be read: { $why }
findings-compare-with-schema = compare the document with { $schema }
findings-no-region-plugin = no region plugin is called `{ $region }`
findings-regions-help = `ansvar regions` lists the regions
findings-unknown-diagnosis = unknown diagnosis group `{ $diagnosis }`
findings-diagnosis-groups-help = the diagnosis groups are those of schemas/catalogue.json
findings-region-does-not-serve = region { $region } does not serve kommune { $kommune }
findings-step-unknown-task = step `{ $step }`: unknown task `{ $task }`
# A level as it stands in a longer text: its id in English.
findings-level = { $level }
findings-owner = the { $owner }
findings-owner-lead = the { $owner } (lead, with the { $contributors } contributing)
findings-wrong-level = step `{ $step }` ({ $task }) is planned by the { $planned }, but { $owner } owns it under { $clause }
findings-wrong-level-help = plan the step with the { $owner }: { $note }
findings-no-owner = step `{ $step }` ({ $task }) has no planned owner; { $owner } owns it under { $clause }
findings-no-owner-help = add `"planned_owner": "{ $owner }"`
findings-not-covered = step `{ $step }` ({ $task }): no agreement of region { $region } covers the task; the national baseline gives it to { $owner }
findings-not-covered-help = add the task to the region's agreements, or check that the pathway belongs to this region
findings-duplicate-step-id = step id `{ $step }` is used twice (steps { $first } and { $second })
findings-duplicate-step-id-help = give every step of a pathway its own id
findings-not-a-date = `{ $date }` is not a calendar date
findings-date-help = write the date as YYYY-MM-DD
findings-plugin-refused-query = the plugin refused the query: { $error }
findings-plugin-failed = the plugin failed: { $error }
findings-check-panicked = checking these pathways failed inside ansvar ({ $why }); the run went on without them
findings-check-panicked-help = a plugin's answer the host did not expect can cause this: report it with the plugin and the input
findings-panic-without-message = no message
# indicatif's template: human_pos and per_sec in braces are its fields, not Fluent's.
findings-progress = {"  "}checked {"{"}human_pos{"}"} pathways ({"{"}per_sec{"}"})

## Finding the documents

findings-invalid-pattern = invalid pattern `{ $pattern }`: { $error }
findings-no-match = no file matches `{ $pattern }`
findings-cannot-read-path = cannot read `{ $path }`: { $error }
findings-give-paths = { $kind ->
    [agreements] give agreement files, directories or glob patterns
    [pathways] give pathway files (.json, .jsonl), directories, glob patterns or `-`
   *[cases] give test-case files, directories or glob patterns
}
findings-skipped-files = note: skipped { $count } { $count ->
    [one] file
   *[other] files
} in `{ $path }` that { $count ->
    [one] is
   *[other] are
} not { $kind ->
    [agreements] .json
    [pathways] .jsonl, .ndjson, or .json under a `pathways` directory
   *[cases] .json under a `cases` directory
}
findings-cannot-read = cannot read: { $error }
findings-link-loop = cannot read: a symbolic link loops back to a parent directory
findings-link-loop-help = remove the link or point it elsewhere
findings-link-out = skipped: a symbolic link out of `{ $root }`
findings-link-out-to = skipped: a symbolic link out of `{ $root }` (to `{ $target }`)
findings-link-out-help = pass --follow-links to follow links out of the directories given
findings-special-file-skipped = skipped: { $kind } is not a regular file
findings-special-file-help = only regular files are read from a directory
