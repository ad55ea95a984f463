## Pasientforløp: the workbench page (engine/src/web/forlop.rs) and the swimlanes,
## which `pathway check --format html` writes too (engine/src/pathway/swimlane.rs).

web-forlop-title = Patient pathways
web-forlop-intro = Build a planned patient pathway step by step, or open a pathway file, and see it as swimlanes: the health trust (HF) above, the kommune below. Every step is checked against the region's rules.

## The form without script

web-forlop-upload-heading = Check a pathway file
web-forlop-file-label = Pathway file (JSON, or JSON Lines with one pathway per line)
web-forlop-text-label = Or paste the pathway (JSON)
# $max is the largest size allowed, in bytes.
web-forlop-upload-hint = The pathway is checked on the server and not kept. At most { $max }.
web-forlop-submit = Draw and check
web-forlop-result-heading = Swimlanes and findings
web-forlop-no-document = Choose a pathway file or paste a pathway.
web-forlop-bad-form = The form could not be read: { $reason }

## The builder (with script)

web-forlop-builder-heading = Build the pathway
web-forlop-builder-hint = The swimlane below is drawn again whenever you change something. The pathway is kept in your browser, not on the server.
web-forlop-open-label = Open pathway file
web-forlop-download = Download the pathway (JSON)
web-forlop-discard = Start again
web-forlop-region-label = Region
web-forlop-kommune-label = Kommune
web-forlop-kommune-hint = Kommunenummer or name
web-forlop-id-label = Pathway id
web-forlop-id-hint = Letters, digits and . _ : / -
web-forlop-title-label = Title
web-forlop-patient-legend = The patient
web-forlop-diagnosis-label = Diagnosis group
web-forlop-diagnosis-none = (not given)
web-forlop-age-label = Age group
web-forlop-age-none = (not given)
web-forlop-minor-children-label = Has children under 18
web-forlop-long-term-needs-label = Needs long-term, coordinated services
web-forlop-expecting-child-label = Expecting a child
web-forlop-steps-heading = Steps
web-forlop-col-id = Step id
web-forlop-col-handover-to = Handover
web-forlop-col-information = Information goes with it
web-forlop-col-remove = Remove
web-forlop-add-step = Add a step
web-forlop-swimlane-heading = Swimlane and findings
web-forlop-empty = The swimlane is drawn here.
web-forlop-phase-none = (no phase)
web-forlop-handover-none = no handover
# Texts the script fills in: {field}, {row}, {task} and so on stay as they are.
web-forlop-js-row-field = { $field }, step { $row }
web-forlop-js-remove = Remove step { $row }
web-forlop-js-unknown-task = unknown task: { $task }
web-forlop-js-unknown-diagnosis = unknown diagnosis group: { $diagnosis }
web-forlop-js-restored = The pathway was restored from your browser, where it was kept as you wrote it.
web-forlop-js-drawn = The swimlane is up to date.
web-forlop-js-failed = The pathway could not be drawn: { $reason }
web-forlop-js-opened = Opened { $name }.
web-forlop-js-unreadable = { $name } is not a pathway in JSON: { $reason }
web-forlop-js-discard-confirm = Discard the pathway and start again?
web-forlop-js-discarded = The pathway was discarded. You start with a new one.
web-forlop-js-step-added = Step { $row } added.
web-forlop-js-step-removed = Step { $row } removed.

## The swimlanes

web-forlop-page-title = Patient pathways as swimlanes
web-forlop-legend = Each step stands in the lane of the level planned to carry it: the health trust (HF) above, the kommune below, a step with no planned level on the line between them. The verdict is written out: ✓ ok, ◐ contributor, ✗ wrong level, ? unknown task, ! no owner, ○ not covered. Arrows are handovers; a dashed arrow is a handover without information. The table under each lane says the same.
# Pathways checked but not drawn: $count of them; the page draws the first $max.
web-forlop-left-out = { $count } more pathways were checked but not drawn: the page draws the first { $max }. Use `--format human` or `json` for the findings of all.
web-forlop-lane-list = The pathways on this page
web-forlop-lane-heading = Pathway { $id }
web-forlop-lane-heading-unread = Pathway in { $file }, line { $line }
# $status is error, warning or ok.
web-forlop-status = { $status ->
        [error] The pathway has errors
        [warning] The pathway has warnings
       *[ok] No errors or warnings
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $infos } info
web-forlop-fact-region = Region
web-forlop-fact-kommune = Kommune
web-forlop-fact-patient = Patient
web-forlop-fact-file = File
web-forlop-kommune-as-written = { $kommune } (written “{ $input }”)
web-forlop-diagnosis = diagnosis group { $diagnosis }
web-forlop-age = { $age ->
        [child] child
        [adult] adult
       *[elderly] elderly
    }
web-forlop-minor-children = has children under 18
web-forlop-long-term-needs = needs long-term, coordinated services
web-forlop-expecting-child = expecting a child
web-forlop-patient-nothing = nothing given
web-forlop-not-drawn = The pathway could not be read, so it is not drawn. The findings below say what to fix.
web-forlop-svg-title = Swimlane of pathway { $id }
web-forlop-svg-desc = { $steps ->
        [one] One step
       *[other] { $steps } steps in time order
    }: { $hf } with the health trust, { $kommune } with the kommune, { $none } with no planned level. { $flagged ->
        [one] One step has
       *[other] { $flagged } steps have
    } a verdict other than ok. { $handovers ->
        [one] One handover
       *[other] { $handovers } handovers
    }, { $missing } without information. The table below shows every step.
web-forlop-svg-scroll = The swimlane of pathway { $id }
web-forlop-lane = { $level ->
        [hf] Health trust
       *[kommune] Kommune
    }
web-forlop-phase = { $phase ->
        [before] Before
        [during] During
       *[after] After
    }
web-forlop-level = { $level ->
        [hf] the health trust
       *[kommune] the kommune
    }
web-forlop-level-none = none
web-forlop-owner-lead = { $owner } (lead, with { $contributors } contributing)
web-forlop-findings-count = { $count ->
        [one] 1 finding
       *[other] { $count } findings
    }
web-forlop-step-title = Step { $step }: { $task }. Planned by: { $planned }. Verdict: { $verdict }. Findings: { $findings }.
web-forlop-handover-to = { $to ->
        [hf] to the health trust
       *[kommune] to the kommune
    }
web-forlop-handover-information = { $information ->
        [no] ✗ without information
       *[yes] with information
    }
web-forlop-table-caption = The steps of pathway { $id }, in time order
web-forlop-head-date = Date
web-forlop-head-phase = Phase
web-forlop-head-step = Step
web-forlop-head-task = Task
web-forlop-head-planned = Planned by
web-forlop-head-owner = Owner under the rules
web-forlop-head-verdict = Verdict
web-forlop-head-provider = Provider
web-forlop-head-handover = Handover
web-forlop-head-findings = Findings
web-forlop-pathway-findings = Findings about the whole pathway
web-forlop-step-findings = Findings in the steps
web-forlop-no-findings = None.
web-forlop-help = How to fix it: { $help }
web-forlop-basis = Legal basis: { $basis }
web-forlop-where = Where: { $pointer }, line { $line }, column { $column }
web-forlop-where-step = Where: step { $step } ({ $pointer }), line { $line }, column { $column }
