## Avtaleutkast: the draft editor and the upload check (engine/src/web/avtale.rs,
## engine/web/avtale.js), and a new draft from the rules in force (engine/src/draft.rs).
## Texts the script fills take `{name}` in braces as their argument values.

web-avtale-title = Avtaleutkast
web-avtale-intro = Start et nytt utkast fra reglene som gjelder i regionen, eller åpne en avtalefil. Funnene kommer mens du skriver, på avtalepunktet de gjelder. Utkastet blir lagret i nettleseren, ikke på tjeneren.

## Without script: check a file, download a new draft
web-avtale-upload-heading = Sjekk en avtalefil
web-avtale-upload-label = Avtalefil (JSON)
web-avtale-upload-hint = Et avtaledokument slik `ansvar check` leser det.
web-avtale-upload-submit = Sjekk fila
web-avtale-new-heading = Nytt utkast fra reglene som gjelder
web-avtale-region-label = Region
web-avtale-new-submit = Last ned nytt utkast

## The editor
web-avtale-editor-heading = Rediger et utkast
web-avtale-new-draft = Nytt utkast fra reglene som gjelder
web-avtale-open-file = Åpne avtalefil
web-avtale-open-hint = En JSON-fil med en avtale. Fila blir ikke sendt noe sted før du sjekker den her.
web-avtale-download-agreement = Last ned avtalen
web-avtale-download-matrix = Last ned matrisen
web-avtale-discard = Forkast utkastet
web-avtale-empty = Start et nytt utkast eller åpne en avtalefil for å redigere.
web-avtale-header-legend = Avtalen
web-avtale-field-id = Avtale-id
web-avtale-field-title = Tittel
web-avtale-field-kind = Avtaletype
web-avtale-field-status = Status
web-avtale-field-version = Versjon
web-avtale-field-region = Region
web-avtale-field-paragraph = Punkter i hol. § 6-2
web-avtale-field-local-ta = Lokale tjenesteavtaler
web-avtale-field-parents = Overordnede tjenesteavtaler
web-avtale-field-hf = Helseforetak
web-avtale-field-kommuner = Kommuner
web-avtale-field-adopted-by = Vedtatt av
web-avtale-field-adopted-date = Vedtaksdato
web-avtale-field-effective-from = Gyldig fra
web-avtale-field-effective-to = Gyldig til
web-avtale-field-review-date = Revisjonsdato
web-avtale-field-user-representation = Brukerrepresentasjon
web-avtale-hint-numbers = Tall skilt med komma, for eksempel 2, 6, 10.
web-avtale-hint-ta = For eksempel TA 2, TA 6.
web-avtale-hint-lines = Ett per linje.
web-avtale-hint-kommuner = Kommunenummer skilt med komma.
web-avtale-unset = ikke oppgitt
web-avtale-yes = ja
web-avtale-no = nei
web-avtale-clauses-heading = Avtalepunkter
web-avtale-col-number = Punkt
web-avtale-col-task = Oppgave
web-avtale-col-allocation = Fordeling
web-avtale-col-reference = Henvisning og tekst
web-avtale-col-measure = Felles tiltak
web-avtale-col-findings = Funn
web-avtale-add-clause = Legg til avtalepunkt
web-avtale-findings-heading = Funn
web-avtale-findings-none-yet = Ingen sjekk ennå.

## One clause row (the script names each control with its row)
web-avtale-row = rad { $n }
web-avtale-label-number = Punktnummer
web-avtale-label-task = Oppgave
web-avtale-label-owner = Ansvarlig
web-avtale-label-lead = Leder
web-avtale-label-reference = Avtalehenvisning
web-avtale-label-text = Tekst
web-avtale-label-employer = Arbeidsgiveransvar
web-avtale-label-organisation = Organisering
web-avtale-label-funding = Finansiering
web-avtale-owner-hf = HF
web-avtale-owner-kommune = Kommunen
web-avtale-owner-delt = Delt
web-avtale-lead-none = velg hvem som leder
web-avtale-contributes-hf = HF bidrar
web-avtale-contributes-kommune = Kommunen bidrar
web-avtale-unknown-value = { $value } (ukjent)
web-avtale-remove = Fjern
web-avtale-go-to = Gå til feltet

## Findings
web-avtale-severity = { $severity ->
    [error] Feil
    [warning] Advarsel
   *[info] Info
}
web-avtale-basis = Rettsgrunnlag
web-avtale-where = Linje { $line }, kolonne { $column }
web-avtale-counts = Feil: { $errors }. Advarsler: { $warnings }. Info: { $infos }.
web-avtale-no-findings = Ingen funn.

## What the script says in the status line
web-avtale-restored = Utkastet er hentet fra nettleseren, slik du forlot det. Forkast det med «Forkast utkastet».
web-avtale-loaded-new = Nytt utkast for { $region } fra reglene som gjelder.
web-avtale-opened = { $name } er åpnet.
web-avtale-not-json = { $name } er ikke gyldig JSON og kan ikke redigeres her; funnene viser hvor feilen er.
web-avtale-not-agreement = { $name } er ikke et avtaledokument (et JSON-objekt).
web-avtale-confirm-discard = Forkaste utkastet? Det du ikke har lastet ned, går tapt.
web-avtale-discarded = Utkastet er forkastet.
web-avtale-downloaded = Avtalen er lastet ned som { $name }.
web-avtale-matrix-downloaded = Matrisen er lastet ned som { $name }.
web-avtale-failed = Det gikk ikke: { $reason }
web-avtale-added = Rad { $n } er lagt til.
web-avtale-removed = Rad { $n } er fjernet.

## The findings page (without script)
web-avtale-result-title = Funn i { $file }
web-avtale-group-document = Hele avtalen
web-avtale-group-clause = Rad { $row } (punkt { $number }): { $task }
web-avtale-another = Sjekk en annen fil

## Refused requests
web-avtale-no-file = Velg en avtalefil før du sjekker.
web-avtale-form-help = Send fila med skjemaet på siden Avtaleutkast.
web-avtale-no-region = Si hvilken region utkastet skal gjelde, for eksempel `/avtale/ny?region=helse-bergen`.
web-avtale-matrix-help = Rett avtalen slik funnene sier, og last ned matrisen igjen.

## A new draft (the document's own texts) and its matrix
web-avtale-draft-title = Utkast til avtale om lærings- og mestringsoppgaver i { $region }
web-avtale-draft-version = utkast { $date }
web-avtale-draft-employer = Avklares av partene: hvem er arbeidsgiver for dem som gjør tiltaket.
web-avtale-draft-organisation = Avklares av partene: hvordan tiltaket organiseres.
web-avtale-draft-funding = Avklares av partene: hvordan tiltaket finansieres.
web-avtale-matrix-rules = reglene som gjelder i { $region }
web-avtale-matrix-draft = utkastet { $id }
