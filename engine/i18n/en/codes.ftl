## Finding codes: for each code, its meaning in one line (`code-<id>`), a full
## description (`code-<id>-full`) and how to fix it (`code-<id>-help`). SARIF carries
## them as its rules' texts. No arguments: they say what the code stands for wherever
## it comes up; the finding's own message says what is wrong at its spot.

code-ambiguous-kommune = The name names more than one kommune, and the region serves none or several of them.
code-ambiguous-kommune-full = The kommune is given by a name that more than one kommune bears, and the region's helseforetak serves none of them or more than one, so the name does not tell which kommune is meant. The kommune decides which agreements and which municipal services apply, so the document is not checked further. The finding names every candidate with its kommunenummer.
code-ambiguous-kommune-help = Write the kommunenummer (four digits) of the kommune meant instead of its name.

code-barnekoordinator-not-child = A barnekoordinator is planned for an adult or elderly patient whose family is not expecting a child (hol. § 7-2 a).
code-barnekoordinator-not-child-full = A step plans a barnekoordinator, but the patient is an adult or elderly, and the pathway does not say that the family is expecting a child. The right to a barnekoordinator under helse- og omsorgstjenesteloven § 7-2 a is for families who have or are expecting a child with serious illness, injury or disability, and it is the kommune's duty alone. An adult patient with long-term, coordinated needs has the right to a koordinator under § 7-2 instead.
code-barnekoordinator-not-child-help = Plan a `koordinator` for an adult patient, or set `expecting_child: true` on the patient if the family is expecting a child.

code-bom = The file starts with a UTF-8 byte-order mark.
code-bom-full = The file begins with the three bytes EF BB BF, a byte-order mark that some Windows editors write. UTF-8 needs no byte-order mark, and JSON text must not start with one (RFC 8259), so other tools may refuse the file. ansvar skips the mark and reads on, with a warning.
code-bom-help = Save the file as UTF-8 without BOM.

code-change = The draft changes who owns a task under the rules in force.
code-change-full = The draft allocates a task otherwise than the region's rules in force (its plugin): to another owner, or with other contributors. This is information, not an error, as a draft is meant to change things. Once the agreement is adopted, the plugin must change with it, or the finding becomes `drift`.
code-change-help = When the agreement is adopted, update the region plugin to match and rebuild it.

code-children-not-addressed = The patient has minor children, and a level that plans steps does not address them (hpl. § 10 a).
code-children-not-addressed-full = The patient has children under 18, and a level that plans steps in the pathway has no step that addresses the children as pårørende. Under helsepersonelloven § 10 a, health personnel must help meet the need for information and follow-up of a patient's minor children; the helseforetak has the same duty under spesialisthelsetjenesteloven § 3-7 a. Each level carries the duty in full for its own patients, so it is not a shared task and cannot be agreed away.
code-children-not-addressed-help = Add a step `barn-som-parorende-kartlegging` planned by each level that plans steps for the patient.

code-date-out-of-order = A step is dated before a step planned ahead of it.
code-date-out-of-order-full = A step has an earlier date than a step placed before it in the pathway. The steps of a pathway are read in the order they happen, so either the order or a date is wrong. A readmission is a new stay and belongs in a pathway of its own.
code-date-out-of-order-help = Put the steps in the order they happen, or correct the date.

code-dates-out-of-order = The agreement's effective_to date is before its effective_from date.
code-dates-out-of-order-full = The agreement ends (`effective_to`) before it takes effect (`effective_from`), so it is in force on no day at all. One of the two dates is most likely mistyped.
code-dates-out-of-order-help = Correct `effective_from` or `effective_to` so that the agreement takes effect before it ends.

code-discharge-information-missing = The patient leaves specialist care, and no step gives the information on municipal LM offers (hol. § 6-2 nr. 2 and 5).
code-discharge-information-missing-full = The pathway has a stay in specialist care followed by steps after it, and no step gives the patient the information on the kommune's learning and coping (LM) offers. The guidelines for cooperation on discharge under helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 and 5 place this information with the helseforetak, at or before discharge, so that the patient knows where the follow-up goes on.
code-discharge-information-missing-help = Add a step `utskrivning-lm-informasjon` planned by the hf, at or before discharge.

code-discharge-information-out-of-order = The discharge information on municipal LM offers does not come between admission and discharge.
code-discharge-information-out-of-order-full = A step gives the discharge information on municipal LM offers, but it does not come between admission (the first step during specialist care) and the first step after discharge. Information given long before admission, or only after the patient has left, misses the purpose of the guidelines on discharge under helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 and 5: that the patient leaves knowing what the kommune offers.
code-discharge-information-out-of-order-help = Move the step to the discharge, so that the patient gets the information when leaving.

code-drift = An adopted agreement and the region's rules in force disagree on who owns a task.
code-drift-full = The agreement is adopted, and it gives a task to another owner, or with other contributors, than the region plugin's rules in force. The plugin is meant to carry the adopted agreements, so one of the two is wrong, and the answers of `who` and of pathway checks differ from the agreement the parties entered into.
code-drift-help = Make the document and the plugin say the same: fix the document, or change the plugin's rules and rebuild it.

code-duplicate-key = A JSON object has the same key twice.
code-duplicate-key-full = A JSON object names the same key twice. The JSON standard leaves the meaning of that open, and readers disagree on which value wins, so the document may say one thing to one tool and another to the next.
code-duplicate-key-help = Remove one of the two, keeping the value you mean.

code-duplicate-step-id = Two steps of a pathway have the same id.
code-duplicate-step-id-full = Two steps of the same pathway have the same `id`. Verdicts, findings and rule chains name a step by its id, so two steps with one id cannot be told apart.
code-duplicate-step-id-help = Give every step of a pathway its own id.

code-duplicate-task = The agreement allocates the same task in more than one clause.
code-duplicate-task-full = The agreement allocates the same task in two or more clauses. The clauses may disagree on who owns the task, and nothing says which one prevails, while helse- og omsorgstjenesteloven § 6-2 første ledd nr. 1 asks for agreement on which tasks each level is responsible for.
code-duplicate-task-help = Merge the clauses: one task, one allocation.

code-handover-without-information = A handover to the other level carries no information with it.
code-handover-without-information-full = A step hands the patient over to the other level, and its `handover` says that no information goes with it. The level that takes over needs the epikrise and what the patient has been taught and offered; the guidelines on admission and discharge under helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 and 5 rest on information following the patient.
code-handover-without-information-help = Plan the information that goes with the handover (epikrise, the municipal LM offers) and set `information: true`.

code-homonym-kommune = The name names more than one kommune; the one the region serves was taken.
code-homonym-kommune-full = More than one kommune bears the name the document gives, such as Herøy or Våler, and the region serves exactly one of them, so that one was taken. This is information only: the finding names the kommune taken and its kommunenummer.
code-homonym-kommune-help = Write the kommunenummer (four digits) to make the choice plain.

code-individuell-plan-missing = Long-term needs served by both levels, and no individuell plan (hol. § 7-1).
code-individuell-plan-missing-full = The patient has long-term needs, both the helseforetak and the kommune plan steps, and no step plans an individuell plan. When a patient needs long-term, coordinated services from both levels, helse- og omsorgstjenesteloven § 7-1 makes the kommune see to it that an individuell plan is made and that the work on it is coordinated; the helseforetak takes part (spesialisthelsetjenesteloven § 2-5).
code-individuell-plan-missing-help = Add a step `individuell-plan` planned by the kommune.

code-individuell-plan-not-in-kommune = The individuell plan is planned by a level other than the kommune, which is responsible for it (hol. § 7-1).
code-individuell-plan-not-in-kommune-full = The patient has long-term needs served by both levels, and the pathway plans the individuell plan with the helseforetak, or with no level, but not with the kommune. When the patient needs services from both levels, helse- og omsorgstjenesteloven § 7-1 makes the kommune responsible for the plan and for coordinating the work on it; the helseforetak contributes (spesialisthelsetjenesteloven § 2-5).
code-individuell-plan-not-in-kommune-help = Plan the step with the kommune; the hf contributes.

code-invalid-date = A date that is not a calendar date.
code-invalid-date-full = A step's `date` has the form YYYY-MM-DD but names no day of the calendar, such as 30 February or a thirteenth month. The dates put the steps in order, so a day that does not exist cannot be compared.
code-invalid-date-help = Write the date as YYYY-MM-DD, with a day that exists.

code-invalid-pathway = The region's plugin refused the pathway as a query it cannot answer.
code-invalid-pathway-full = The region's plugin refused the pathway as a query it cannot answer, for example because no rule answers one of its tasks. That points to a fault in the plugin or its catalogue rather than in the document, and the pathway is not checked further.
code-invalid-pathway-help = Read the message for the cause; if the pathway is valid, report it to the maintainers of the region plugin.

code-kommune-outside-region = The kommune is not in the area of the region's health trust.
code-kommune-outside-region-full = The kommune is not one of those the region's helseforetak serves, so the region's agreements do not apply to it: an agreement names a party outside its area, or a pathway is checked under the wrong region. The kommunestyre enters into its samarbeidsavtale with the regionalt helseforetak, or with the helseforetak it appoints (helse- og omsorgstjenesteloven § 6-1).
code-kommune-outside-region-help = Check the kommunenummer, or check the document under the region that serves the kommune; the finding's help names it.

code-koordinator-missing = Long-term needs served by both levels, and no koordinator (hol. § 7-2).
code-koordinator-missing-full = The patient has long-term needs, both levels plan steps, and no step plans a koordinator. The kommune shall offer a koordinator to patients who need long-term, coordinated services (helse- og omsorgstjenesteloven § 7-2); the koordinator follows up the patient, coordinates the services and drives the work on the individuell plan.
code-koordinator-missing-help = Add a step `koordinator` planned by the kommune.

code-koordinator-not-in-kommune = The koordinator is planned by a level other than the kommune, which is responsible for it (hol. § 7-2).
code-koordinator-not-in-kommune-full = The patient has long-term needs served by both levels, and the pathway plans the koordinator with the helseforetak, or with no level, but not with the kommune. The koordinator of helse- og omsorgstjenesteloven § 7-2 is the kommune's; the helseforetak's own koordinator under spesialisthelsetjenesteloven § 2-5 a covers its own services only and does not take its place.
code-koordinator-not-in-kommune-help = Plan the step with the kommune; the hf contributes.

code-lead-missing = A shared task is planned only by the level that contributes, in a phase where the other level leads; an error where the lead's part is a duty set by law.
code-lead-missing-full = A step plans a shared task with the level that only contributes to it, in a phase where the region's rules give the lead to the other level, and no step in that phase plans the task with the lead. The lead's part is then missing from the plan. It is a warning, and an error where the law gives the lead its part, such as the helseforetak's duty to teach patients and pårørende (spesialisthelsetjenesteloven § 3-8 første ledd nr. 4), which cannot be agreed away.
code-lead-missing-help = Add a step for the task planned by the lead in the same phase, or plan this step with the lead.

code-lead-without-sharing = A task that is not shared names a lead level.
code-lead-without-sharing-full = A clause names a `lead`, but its `owner` is not `delt`. Only a shared task has a lead; for a task that one level owns, the lead says nothing, or contradicts the owner.
code-lead-without-sharing-help = Set `"owner": "delt"` if the task is shared, or remove `lead`.

code-line-too-long = A line of a JSON Lines file is longer than the limit for one pathway.
code-line-too-long-full = A line of a JSON Lines file is longer than the limit for one pathway (`--max-line-bytes`). The line is skipped without being held in memory, and the other lines are checked. A line that long is seldom one pathway; more often the file is not JSON Lines.
code-line-too-long-help = Raise the limit with `--max-line-bytes` if the line is one real pathway.

code-no-owner = A pathway step names no level to carry it.
code-no-owner-full = A step of the pathway has no `planned_owner`, so the plan does not say which level carries it. The finding names the owner under the region's rules and the agreement clause, so that the plan can follow the agreement.
code-no-owner-help = Add `planned_owner` with the level that owns the task, as the finding names it: `hf` or `kommune`.

code-no-user-representation = The region requires user representation in LM agreements, and the agreement does not state it.
code-no-user-representation-full = The region's agreements require user representation in the work on learning and coping (LM), and the agreement does not state it: `user_representation` is missing or `false`. The requirement is the region's own; it builds on the duty to let patients and users take part in shaping the services (helse- og omsorgstjenesteloven § 3-10).
code-no-user-representation-help = Set `"user_representation": true` and name the user representative's role in a clause.

code-not-covered = None of the region's agreements covers the task; the national baseline answers.
code-not-covered-full = No agreement of the region allocates the task, so the national baseline of the task catalogue answers: the allocation that follows from the law and the national guidance. It is a warning, as the parties have not settled the task between them, which helse- og omsorgstjenesteloven § 6-2 første ledd nr. 1 asks of them, or the pathway belongs to another region.
code-not-covered-help = Add the task to the region's agreements, or check that the pathway belongs to this region.

code-not-signed = A party to the agreement has not signed it.
code-not-signed-full = A party to the agreement, the helseforetak or a kommune, has no signature, or its signature entry says `"signed": false`. The agreement binds only the parties who have signed it, so its allocation does not yet hold for that party.
code-not-signed-help = Have every party sign, and record each one in `signatures`, with `"signed": false` until it has signed.

code-not-utf8 = The text is not UTF-8.
code-not-utf8-full = The file holds bytes that are not valid UTF-8, most often because it was saved as Windows-1252 or Latin-1. JSON exchanged between systems must be UTF-8 (RFC 8259), and æ, ø and å would otherwise be read wrong, so the file is not read further.
code-not-utf8-help = Save the file as UTF-8; Windows-1252 and Latin-1 are not accepted.

code-old-kommune = A kommune given by a former number or a former name, which a merger or a new county has replaced.
code-old-kommune-full = The kommune is given by a kommunenummer or a name that no longer exists, because kommuner have merged or counties have been merged or split (the numbers changed on 1 January 2020 and again on 1 January 2024). The document is read with today's kommune, with a warning, as the old number may mean another kommune to other systems.
code-old-kommune-help = Write today's kommunenummer; the finding gives it, or the kommuner the old one was split between.

code-outside-parent = A særavtale clause refers to a tjenesteavtale other than the one it hangs off; the tjenesteavtale prevails.
code-outside-parent-full = A clause of a særavtale refers to a tjenesteavtale that is not among the agreements the særavtale hangs off (its `parents`). A særavtale details its tjenesteavtaler and yields to them: a clause outside them has no agreement above it to rest on, and where they conflict, the tjenesteavtale prevails.
code-outside-parent-help = Add the tjenesteavtale to `parents`, or move the clause to an agreement under it.

code-phase-out-of-order = A step's phase (before, during, after specialist care) goes back behind the phase of a step ahead of it.
code-phase-out-of-order-full = A step's phase (before, during or after specialist care) comes before the phase of an earlier step, so the pathway goes back, for example from after to during. The checks of the pathway as a whole, such as the discharge information, read the phases in order; a readmission is a new stay.
code-phase-out-of-order-help = Order the steps before → during → after; plan a readmission as a pathway of its own.

code-plugin-failed = The region's plugin failed, so the document was not checked against the region's rules.
code-plugin-failed-full = The region's plugin could not be used: it did not load (not a plugin, another API version, a digest that does not match its pin), or it stopped while checking (a trap, the time or the memory limit). The document was therefore not checked against the region's rules, and a run without findings from them says nothing about whether it follows them.
code-plugin-failed-help = Follow the finding's help: it names the cause and the option or command that mends it.

code-renamed-body = A reference to a body that has been renamed (Fylkesmannen is Statsforvalteren from 2021).
code-renamed-body-full = The text names Fylkesmannen, which has been called Statsforvalteren since 1 January 2021. An agreement that names a body by its former name is out of date on that point, and readers may not know the body it means.
code-renamed-body-help = Write «Statsforvalteren».

code-review-overdue = The agreement's review date has passed.
code-review-overdue-full = The agreement is adopted, and its `review_date` has passed. The parties set that date to go through the agreement again; after it, the allocation may no longer match the services, the law or the region's other agreements.
code-review-overdue-help = Review the agreement and set a new review date.

code-schema = The document does not follow its JSON Schema.
code-schema-full = The document breaks a rule of its JSON Schema (`schemas/agreement.schema.json` or `schemas/pathway.schema.json`): a required field is missing, or a value has the wrong type, is not one of the values allowed or does not match its pattern. The other checks rely on the document's shape, so it is not checked further until it follows the schema.
code-schema-help = Mend the value the finding points to; its help names the value meant where it can be told.

code-shared-measure-unsettled = A shared measure without employer responsibility, organisation and funding settled (hol. § 6-2 last ledd).
code-shared-measure-unsettled-full = A clause makes the task shared, a measure the two levels run together, and does not settle employer responsibility, organisation and funding (`shared_measure`). Helse- og omsorgstjenesteloven § 6-2 siste ledd asks the agreement to settle these for measures the parties run together; without them it is unclear who employs the staff, who runs the measure and who pays for it.
code-shared-measure-unsettled-help = Add `shared_measure` to the clause, with `employer`, `organisation` and `funding`.

code-shared-without-lead = A shared task names no lead level.
code-shared-without-lead-full = A clause gives the task to both levels (`"owner": "delt"`) without naming which of them leads. A shared task needs a lead that carries it and draws in the other level; without one, each may leave the task to the other, and the rules cannot tell which level a step of a pathway must be planned with.
code-shared-without-lead-help = Add `"lead": "hf"` or `"lead": "kommune"` to the clause.

code-signed-below-kommunestyre = A kommune signed below kommunestyre level.
code-signed-below-kommunestyre-full = The agreement is adopted, and a kommune's signature is recorded at a level below the kommunestyre, such as the ordfører or the kommunedirektør. Under helse- og omsorgstjenesteloven § 6-1, the kommunestyre itself enters into the samarbeidsavtale with the helseforetak, so a signature below it may not bind the kommune.
code-signed-below-kommunestyre-help = Have the kommunestyre adopt the agreement, and record its signature with `"level": "kommunestyre"`.

code-statute-conflict = The agreement gives a task to a level the law does not allow.
code-statute-conflict-full = The agreement allocates a task against the law: it takes a duty away from the level the law gives it to, gives a task the law gives one level alone to the other, or makes shared a task each level must carry in full for its own patients. Agreements under helse- og omsorgstjenesteloven § 6-2 allocate tasks within the law and cannot agree a statutory duty away, such as the helseforetak's duty to teach patients and pårørende (spesialisthelsetjenesteloven § 3-8 første ledd nr. 4) or the kommune's barnekoordinator (helse- og omsorgstjenesteloven § 7-2 a).
code-statute-conflict-help = Give the task (also) to the level the law names; the finding's legal basis names the paragraph.

code-syntax = The text is not valid JSON.
code-syntax-full = The file is not valid JSON: a comma, a bracket or a quote is missing or one too many, or the file is empty or nested deeper than the limit (64 levels). Nothing in the document can be checked until it parses; the finding points to where reading stopped.
code-syntax-help = Mend the JSON where the finding points; its help names the likely fix where it can be told.

code-too-large = The file is larger than the size limit (--max-file-bytes).
code-too-large-full = The file is larger than the size limit (`--max-file-bytes`, 4 MiB unless set) and is not read. The limit keeps a stray large file from filling memory; an agreement or a pathway is far smaller.
code-too-large-help = Split the document, or raise the limit with `--max-file-bytes`; many pathways go in a JSON Lines file.

code-unknown-diagnosis = The diagnosis group is not one the region knows.
code-unknown-diagnosis-full = The pathway's `patient.diagnosis` names a diagnosis group the region does not know. The rules for some tasks depend on the diagnosis group, so the pathway cannot be checked without one the region knows.
code-unknown-diagnosis-help = Use a diagnosis group of schemas/catalogue.json; the finding suggests the closest.

code-unknown-field = A field the JSON Schema does not define (often a misspelling).
code-unknown-field-full = The document has a field its JSON Schema does not define, most often a misspelt or Norwegian name for a field that exists. The schemas allow no other fields, so a value in such a field would otherwise be lost without a word.
code-unknown-field-help = Rename the field to the one the finding suggests, or remove it.

code-unknown-kommune = No kommune has this number or name.
code-unknown-kommune-full = No kommune, today's or a former one, has the number or name the document gives. Without the kommune, the agreement's party or the pathway's kommune is unknown, and nothing that depends on it can be checked.
code-unknown-kommune-help = Write a kommunenummer valid from 1 January 2024 (four digits) or today's name; the finding suggests close names where there are any.

code-unknown-region = The region is not one of the loaded region plugins.
code-unknown-region-full = The document names a region that no loaded region plugin answers for. A region's plugin carries its rules in force, so the document cannot be checked against them.
code-unknown-region-help = Use a region that `ansvar regions` lists, or load the region's plugin with `--plugin`.

code-unknown-ta = A reference to a tjenesteavtale the region does not have.
code-unknown-ta-full = A clause refers (`ta_reference`) to a tjenesteavtale the region does not have. The reference points nowhere, so the clause cannot be placed under the item of helse- og omsorgstjenesteloven § 6-2 that its tjenesteavtale covers.
code-unknown-ta-help = Refer to one of the region's tjenesteavtaler; the finding lists them.

code-unknown-task = The task is not in the national LM task catalogue.
code-unknown-task-full = The task id is not in the national catalogue of learning and coping (LM) tasks (`schemas/catalogue.json`). The rules, the law behind each task and the region's agreements are all keyed by these ids, so an unknown task can be neither allocated nor checked.
code-unknown-task-help = Use a task id of schemas/catalogue.json; the finding suggests the closest.

code-unreadable = The file or directory could not be read.
code-unreadable-full = The file or directory could not be read: it does not exist, access is denied, it is not a regular file, or it was removed during the run. A document that cannot be read is not checked, and the run says so rather than passing over it.
code-unreadable-help = Check that the path exists and that the file is readable.

code-unsettled-kommune = The sources do not settle whether the region serves the kommune; the region accepts it with a caveat.
code-unsettled-kommune-full = The sources do not settle whether the region's helseforetak serves the kommune, for example where the kommune is split between two hospital areas. The region accepts the kommune, and its answers for it carry a caveat. The membership is kept in schemas/kommuner.json.
code-unsettled-kommune-help = Nothing to mend in the document; read the caveat, and correct schemas/kommuner.json once the sources settle it.

code-wrong-level = A pathway step is planned by a level that neither owns the task nor contributes to it.
code-wrong-level-full = A step of the pathway is planned by a level that, under the region's rules, neither owns the task nor contributes to it. The plan then leaves the task with a level the agreement does not make responsible; the finding names the owner, the agreement clause and the legal basis.
code-wrong-level-help = Plan the step with the level that owns the task, as the finding names it.

code-wrong-paragraph = The task belongs under an item of hol. § 6-2 that the agreement does not cover.
code-wrong-paragraph-full = The agreement states which items of helse- og omsorgstjenesteloven § 6-2 første ledd it covers (`paragraph_6_2`), and the task belongs under none of them. A task allocated in the wrong agreement is hard to find, and it may conflict with the agreement that covers its item.
code-wrong-paragraph-help = Move the clause to the agreement that covers the task's item of § 6-2; the finding names it.

code-wrong-ta = The clause is filed under a tjenesteavtale other than the one the task belongs under.
code-wrong-ta-full = The clause's `ta_reference` names a tjenesteavtale that covers another item of helse- og omsorgstjenesteloven § 6-2 than the one the task belongs under. Each of the region's tjenesteavtaler covers its items of § 6-2, so the clause is filed under the wrong agreement.
code-wrong-ta-help = Refer to the tjenesteavtale the finding names.
