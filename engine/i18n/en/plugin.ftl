## The findings of region plugins built on the SDK (plugins/sdk): the plugin sends the
## id and the arguments, the host renders them. `$allocation`, `$rules`, `$from` and
## `$to` are `hf`, `kommune`, `hf-leads` or `kommune-leads` (a shared task); `$level`,
## `$lead` and `$contributor` are `hf` or `kommune`.

plugin-no-user-representation = region { $region } requires user representation in LM agreements, and this agreement does not state it
plugin-no-user-representation-help = set `"user_representation": true` and name the user representative's role in a clause

plugin-statute-conflict = `{ $task }` given to { $allocation ->
        [hf] the hf
        [kommune] the kommune
        [hf-leads] the hf as lead, with the kommune contributing,
       *[kommune-leads] the kommune as lead, with the hf contributing,
    } contradicts the law: { $why ->
        [sole-owner] the law gives the task to { $level ->
            [hf] the hf
           *[kommune] the kommune
        } alone
        [hf-must-take-part] the hf cannot agree its duty away
        [hf-during] training during specialist care is the hf's duty by law and cannot be agreed away; the follow-up in the kommune before and after may lie with the kommune alone
        [kommune-must-take-part] the kommune cannot agree its duty away
        [own-patients-shared] each level carries the duty in full for its own patients; it cannot be made a shared task that one level leads
       *[own-patients-phase] in phase `{ $phase }` the patient is { $level ->
            [hf] the hf's
           *[kommune] the kommune's
        } patient, and the duty for its own patients lies with { $level ->
            [hf] the hf
           *[kommune] the kommune
        }
    } ({ $law })
plugin-statute-conflict-help = an agreement may not narrow a duty set by law; give the task (also) to the level the law names

plugin-shared-measure-unsettled = shared task `{ $task }` does not settle { $fields }
plugin-shared-measure-unsettled-help = a jointly run measure must settle employer responsibility, organisation and funding: add `shared_measure` with `employer`, `organisation` and `funding`

plugin-wrong-paragraph = `{ $task }` belongs under hol. § 6-2 nr. { $items }, but the agreement covers nr. { $covered }
plugin-wrong-paragraph-help = move the clause to the agreement for { $clause }

plugin-wrong-ta = `{ $task }` is filed under { $ta } (hol. § 6-2 nr. { $item }), but the task belongs under { $clause }
plugin-wrong-ta-help = refer to { $clause }

plugin-unknown-ta = region { $region } has no { $ta }
plugin-unknown-ta-help = the region's agreements are { $agreements }

plugin-outside-parent = the særavtale hangs off { $parents }, but this clause refers to { $ta }
plugin-outside-parent-help = a særavtale yields to its parent TAs; add the TA to `parents` or move the clause

plugin-drift = the adopted agreement gives `{ $task }` to { $allocation ->
        [hf] the hf
        [kommune] the kommune
        [hf-leads] the hf as lead, with the kommune contributing
       *[kommune-leads] the kommune as lead, with the hf contributing
    }, but the rules in force (plugin { $region }) give it to { $rules ->
        [hf] the hf
        [kommune] the kommune
        [hf-leads] the hf as lead, with the kommune contributing
       *[kommune-leads] the kommune as lead, with the hf contributing
    }
plugin-drift-help = the document and its plugin must say the same: fix the document, or change and rebuild the plugin

plugin-change = the draft moves `{ $task }` from { $from ->
        [hf] the hf
        [kommune] the kommune
        [hf-leads] the hf as lead, with the kommune contributing,
       *[kommune-leads] the kommune as lead, with the hf contributing,
    } to { $to ->
        [hf] the hf
        [kommune] the kommune
        [hf-leads] the hf as lead, with the kommune contributing
       *[kommune-leads] the kommune as lead, with the hf contributing
    }
plugin-change-help = when adopted, update the region plugin to match

plugin-date-out-of-order = step `{ $step }` is dated { $date }, before step `{ $previous }` ({ $previous_date })
plugin-date-out-of-order-help = put the steps in the order they happen, or correct the date

plugin-phase-out-of-order = step `{ $step }` is `{ $phase }` specialist care, but step `{ $previous }` before it is already `{ $previous_phase }`
plugin-phase-out-of-order-help = order the steps before → during → after; plan a readmission as a pathway of its own

plugin-handover-without-information = step `{ $step }` hands the patient over to the { $level } with no information going with it
plugin-handover-without-information-help = plan the information that goes with the handover (epikrise, the municipal LM offers) and set `information: true`

plugin-discharge-information-missing = the patient leaves specialist care before step `{ $step }`, and no step gives the discharge information on municipal LM offers
plugin-discharge-information-missing-help = add a step `utskrivning-lm-informasjon` planned by the hf, at or before discharge

plugin-discharge-information-out-of-order = the discharge information (step `{ $step }`) does not come between admission (step `{ $admission }`) and the first step after discharge (step `{ $after }`)
plugin-discharge-information-out-of-order-help = move the step to the discharge, so the patient gets the information when leaving

plugin-children-not-addressed = the patient has minor children and the { $level } plans steps, but no step of the { $level } addresses the children as pårørende
plugin-children-not-addressed-help = add a step `barn-som-parorende-kartlegging` planned by the { $level }

plugin-coordination-missing = the patient has long-term needs served by both levels, and no step plans { $what ->
        [individuell-plan] an individuell plan
       *[koordinator] a koordinator
    }
plugin-coordination-missing-help = add a step `{ $what }` planned by the kommune

plugin-coordination-not-in-kommune = the patient has long-term needs served by both levels, so the kommune is responsible for { $what ->
        [individuell-plan] the individuell plan
       *[koordinator] the koordinator
    }; step `{ $step }` plans it elsewhere
plugin-coordination-not-in-kommune-help = plan the step with the kommune; the hf contributes

plugin-barnekoordinator-not-child = step `{ $step }` plans a barnekoordinator, but the patient is { $age ->
        [child] a child
        [adult] an adult
       *[elderly] elderly
    }, and the pathway does not say the family is expecting a child; the right is for families who have or expect a child with serious illness, injury or disability
plugin-barnekoordinator-not-child-help = plan a `koordinator` for an adult patient, or set `expecting_child: true` on the patient if the family is expecting a child

plugin-lead-missing = step `{ $step }` plans `{ $task }` with the { $contributor }, which only contributes; { $phase ->
        [none] here
       *[other] in phase `{ $phase }`
    } the { $lead } leads ({ $clause }; rule { $rule }){ $statutory ->
        [yes] , a part the law gives it,
       *[no] {""}
    } and no step of the pathway plans it with the { $lead }
plugin-lead-missing-help = add a step `{ $task }` planned by the { $lead } in the same phase, or plan this step with the { $lead }
