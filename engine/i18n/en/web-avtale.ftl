## Avtaleutkast: the draft editor and the upload check (engine/src/web/avtale.rs,
## engine/web/avtale.js), and a new draft from the rules in force (engine/src/draft.rs).
## Texts the script fills take `{name}` in braces as their argument values.

web-avtale-title = Draft agreement
web-avtale-intro = Start a new draft from the rules in force in the region, or open an agreement file. Findings appear as you type, on the clause they concern. The draft is kept in your browser, not on the server.

## Without script: check a file, download a new draft
web-avtale-upload-heading = Check an agreement file
web-avtale-upload-label = Agreement file (JSON)
web-avtale-upload-hint = An agreement document as `ansvar check` reads it.
web-avtale-upload-submit = Check the file
web-avtale-new-heading = New draft from the rules in force
web-avtale-region-label = Region
web-avtale-new-submit = Download a new draft

## The editor
web-avtale-editor-heading = Edit a draft
web-avtale-new-draft = New draft from the rules in force
web-avtale-open-file = Open agreement file
web-avtale-open-hint = A JSON file holding an agreement. The file goes nowhere until you check it here.
web-avtale-download-agreement = Download the agreement
web-avtale-download-matrix = Download the matrix
web-avtale-discard = Discard the draft
web-avtale-empty = Start a new draft or open an agreement file to edit.
web-avtale-header-legend = The agreement
web-avtale-field-id = Agreement id
web-avtale-field-title = Title
web-avtale-field-kind = Kind
web-avtale-field-status = Status
web-avtale-field-version = Version
web-avtale-field-region = Region
web-avtale-field-paragraph = Items of hol. § 6-2
web-avtale-field-local-ta = Local service agreements
web-avtale-field-parents = Parent service agreements
web-avtale-field-hf = Health trusts
web-avtale-field-kommuner = Kommuner
web-avtale-field-adopted-by = Adopted by
web-avtale-field-adopted-date = Date adopted
web-avtale-field-effective-from = Effective from
web-avtale-field-effective-to = Effective to
web-avtale-field-review-date = Review date
web-avtale-field-user-representation = User representation
web-avtale-hint-numbers = Numbers separated by commas, e.g. 2, 6, 10.
web-avtale-hint-ta = For example TA 2, TA 6.
web-avtale-hint-lines = One per line.
web-avtale-hint-kommuner = Kommune numbers separated by commas.
web-avtale-unset = not stated
web-avtale-yes = yes
web-avtale-no = no
web-avtale-clauses-heading = Clauses
web-avtale-col-number = Clause
web-avtale-col-task = Task
web-avtale-col-allocation = Allocation
web-avtale-col-reference = Reference and text
web-avtale-col-measure = Joint measure
web-avtale-col-findings = Findings
web-avtale-add-clause = Add a clause
web-avtale-findings-heading = Findings
web-avtale-findings-none-yet = Not checked yet.

## One clause row (the script names each control with its row)
web-avtale-row = row { $n }
web-avtale-label-number = Clause number
web-avtale-label-task = Task
web-avtale-label-owner = Owner
web-avtale-label-lead = Lead
web-avtale-label-reference = Agreement reference
web-avtale-label-text = Text
web-avtale-label-employer = Employer responsibility
web-avtale-label-organisation = Organisation
web-avtale-label-funding = Funding
web-avtale-owner-hf = HF
web-avtale-owner-kommune = Kommune
web-avtale-owner-delt = Shared
web-avtale-lead-none = choose who leads
web-avtale-contributes-hf = HF contributes
web-avtale-contributes-kommune = Kommune contributes
web-avtale-unknown-value = { $value } (unknown)
web-avtale-remove = Remove
web-avtale-go-to = Go to the field

## Findings
web-avtale-severity = { $severity ->
    [error] Error
    [warning] Warning
   *[info] Info
}
web-avtale-basis = Legal basis
web-avtale-where = Line { $line }, column { $column }
web-avtale-counts = Errors: { $errors }. Warnings: { $warnings }. Info: { $infos }.
web-avtale-no-findings = No findings.

## What the script says in the status line
web-avtale-restored = The draft was restored from your browser, as you left it. Discard it with “Discard the draft”.
web-avtale-loaded-new = New draft for { $region } from the rules in force.
web-avtale-opened = { $name } is open.
web-avtale-not-json = { $name } is not valid JSON and cannot be edited here; the findings show where the error is.
web-avtale-not-agreement = { $name } is not an agreement document (a JSON object).
web-avtale-confirm-discard = Discard the draft? Whatever you have not downloaded is lost.
web-avtale-discarded = The draft is discarded.
web-avtale-downloaded = The agreement is downloaded as { $name }.
web-avtale-matrix-downloaded = The matrix is downloaded as { $name }.
web-avtale-failed = That did not work: { $reason }
web-avtale-added = Row { $n } is added.
web-avtale-removed = Row { $n } is removed.

## The findings page (without script)
web-avtale-result-title = Findings in { $file }
web-avtale-group-document = The whole agreement
web-avtale-group-clause = Row { $row } (clause { $number }): { $task }
web-avtale-another = Check another file

## Refused requests
web-avtale-no-file = Choose an agreement file before checking.
web-avtale-form-help = Send the file with the form on the Draft agreement page.
web-avtale-no-region = Say which region the draft is for, e.g. `/avtale/ny?region=helse-bergen`.
web-avtale-matrix-help = Fix the agreement as the findings say, and download the matrix again.

## A new draft (the document's own texts) and its matrix
web-avtale-draft-title = Draft agreement on learning and coping tasks in { $region }
web-avtale-draft-version = draft { $date }
web-avtale-draft-employer = To be settled by the parties: who employs those who run the measure.
web-avtale-draft-organisation = To be settled by the parties: how the measure is organised.
web-avtale-draft-funding = To be settled by the parties: how the measure is funded.
web-avtale-matrix-rules = the rules in force in { $region }
web-avtale-matrix-draft = the draft { $id }
