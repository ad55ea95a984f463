## The commands `analyze`, `test` and `plugin`: analyze's report of gaps and
## contradictions, test's pass/fail lines and summary, plugin inspect's output, and the
## labels of the responsibility matrix built in engine/src/analyze.rs.

# ansvar analyze

commands-analyze-summary = { $region }: { $points } points ({ $tasks } tasks × { $diagnoses } diagnosis values × 4 age values × 4 phase values × { $kommuner } kommuner), { $shared } shared, { $cross_checked } cross-checked against single queries, in { $seconds } s
commands-analyze-ok = ok: every point has exactly one owner, the batch and single queries agree, every shared point has a lead, no ruling breaks the statute
commands-analyze-problems = { $problems } problems; the first { $shown }:
# $kind: gap, contradiction, no-lead or statute (the `kind` of the JSON output).
commands-analyze-kind = { $kind ->
        [gap] gap
        [contradiction] contradiction
        [no-lead] no-lead
       *[statute] statute
    }
# A point of the context space; $age and $phase are ids (`child`, `during`) or `-`.
commands-analyze-point = task { $task } · kommune { $kommune } · diagnose { $diagnosis } · alder { $age } · fase { $phase }
commands-analyze-unknown-task = the plugin does not know the task
commands-analyze-context-refused = the plugin refused the context: { $error }
commands-analyze-no-lead = rule { $rule } is shared without a lead distinct from the contributors
# $owner: the ruling's allocation (commands-level, commands-owner-lead).
commands-analyze-statute = rule { $rule } gives the { $owner }: { $why }
commands-analyze-not-in-catalogue = the task is not in the catalogue
commands-analyze-contradiction = the batch says { $batch } (rule { $batch_rule }), a single query says { $single } (rule { $single_rule })
commands-analyze-single-refused = the batch answers (rule { $rule }), a single query is refused: { $error }

# Why a ruling breaks the statute; $law is the legal basis, `; `-separated.
# $owner, $level: `hf` or `kommune`; $phase: `before`, `during` or `after`.
commands-analyze-statute-owner = the law gives the task to the { $owner } alone ({ $law })
commands-analyze-statute-hf-duty = the hf cannot agree away its duty ({ $law })
commands-analyze-statute-hf-during = the hf's education during specialist care cannot be agreed away ({ $law })
commands-analyze-statute-kommune-duty = the kommune cannot agree away its duty ({ $law })
commands-analyze-statute-own-patients = each level carries the duty in full for its own patients, not as a shared task ({ $law })
commands-analyze-statute-phase = in phase { $phase } the patient is the { $level }'s, and so is the duty ({ $law })

# A ruling's allocation: "hf", or "hf (lead) + kommune".
commands-level = { $level ->
        [hf] hf
       *[kommune] kommune
    }
commands-owner-lead = { $owner } (lead) + { $contributors }

# The responsibility matrix (`ansvar matrix`): its row and cell labels.

# $phase: `before`, `during` or `after`.
commands-matrix-phase = { $phase ->
        [before] before specialist care
        [during] during specialist care
       *[after] after specialist care
    }
# $age: `child`, `adult` or `elderly`.
commands-matrix-age = { $age ->
        [child] children
        [adult] adults
       *[elderly] elderly
    }
commands-matrix-diagnosis = diagnosis { $name }
commands-matrix-kommune = kommune { $name }
commands-matrix-kommune-number = kommune { $number }
# $level, $lead: `hf` or `kommune`; $contributors: commands-matrix-level, joined.
commands-matrix-level = { $level ->
        [hf] the HF
       *[kommune] the kommune
    }
commands-matrix-own-patients-here = each level for its own patients (here { $level ->
        [hf] the HF
       *[kommune] the kommune
    })
commands-matrix-lead-and-contributors = { $lead ->
        [hf] the HF
       *[kommune] the kommune
    } leads, { $contributors } contributes

# ansvar test

commands-test-unreadable = cannot read `{ $path }`
commands-test-unreadable-because = cannot read `{ $path }`: { $error }
commands-test-no-cases = no case files found
commands-test-no-cases-help = case files are *.json under a `cases` directory, e.g. plugins/<region>/cases/
commands-test-bad-case-file-help = compare the file with schemas/cases.schema.json
commands-test-empty-case = a case needs `who`, `pathway` or `agreement`
commands-test-query-refused = the plugin refused the query: { $error }
# What a case expected or got: nothing.
commands-test-none = (none)
commands-test-no-such-step = no such step
commands-test-step-verdict = verdict of step `{ $step }`
# $passed: `yes` or `no`.
commands-test-case = { $passed ->
        [yes] PASS
       *[no] FAIL
    } { $name } ({ $file })
commands-test-error = error: { $error }
# $what: a field of `expect` (`owner`, `findings`) or commands-test-step-verdict.
commands-test-diff =
    {"  "}{ $what }:
    {"    "}- expected: { $expected }
    {"    "}+ actual:   { $actual }
commands-test-summary = { $cases } cases: { $passed } passed, { $failed } failed
commands-test-coverage-line = coverage { $region }: { $coverage }
# What a region's cases exercised; the *_unset are `yes` or `no` (whether a case left
# the value out); $missing the tasks no case asks about, `, `-separated.
commands-test-coverage =
    tasks { $tasks_covered }/{ $tasks }{ $missing_count ->
        [0] {""}
       *[other] {" "}(missing: { $missing })
    }; phase { $phases }/3 (+unset: { $phase_unset ->
        [yes] yes
       *[no] no
    }); age { $ages }/3 (+unset: { $age_unset ->
        [yes] yes
       *[no] no
    }); diagnosis { $diagnoses_covered }/{ $diagnoses } (+unset: { $diagnosis_unset ->
        [yes] yes
       *[no] no
    }); kommuner { $kommuner_covered }/{ $kommuner }
commands-test-junit-failure = expected and actual differ
commands-test-junit-diff = { $what }: expected { $expected }, actual { $actual }

# ansvar plugin inspect

commands-inspect-region-not-read = not read: describing the region runs the plugin (in the sandbox), which is done only for a pinned plugin or with --allow-unpinned
commands-inspect-header =
    file:        { $file }
    size:        { $size } bytes
    sha256:      { $sha256 }
    pinned:      { $pinned ->
        [yes] yes
        [mismatch] mismatch (pinned: { $pinned_digest })
       *[no] no
    }
    api:         ansvar:region@{ $api_version }
commands-inspect-no-region = region:      { $note }
commands-inspect-region =
    region:      { $id } — { $name } ({ $rhf })
    HF:          { $hf_parties }
commands-inspect-agreement = agreement:   { $id } (versjon { $version })
commands-inspect-tasks =
    kommuner:    { $kommuner }
    tasks:       { $tasks } (catalogue { $catalogue_version }, sdk { $sdk_version })
commands-inspect-imports = imports:     { $imports } (granted: ansvar:region/*; denied: { $denied })
commands-inspect-denied = {"  "}denied     { $import }
