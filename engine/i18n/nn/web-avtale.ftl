## Avtaleutkast: the draft editor and the upload check (engine/src/web/avtale.rs,
## engine/web/avtale.js), and a new draft from the rules in force (engine/src/draft.rs).
## Texts the script fills take `{name}` in braces as their argument values.

web-avtale-title = Avtaleutkast
web-avtale-intro = Start eit nytt utkast frå reglane som gjeld i regionen, eller opne ei avtalefil. Funna kjem medan du skriv, på avtalepunktet dei gjeld. Utkastet blir lagra i nettlesaren, ikkje på tenaren.

## Without script: check a file, download a new draft
web-avtale-upload-heading = Sjekk ei avtalefil
web-avtale-upload-label = Avtalefil (JSON)
web-avtale-upload-hint = Eit avtaledokument slik `ansvar check` les det.
web-avtale-upload-submit = Sjekk fila
web-avtale-new-heading = Nytt utkast frå reglane som gjeld
web-avtale-region-label = Region
web-avtale-new-submit = Last ned nytt utkast

## The editor
web-avtale-editor-heading = Rediger eit utkast
web-avtale-new-draft = Nytt utkast frå reglane som gjeld
web-avtale-open-file = Opne avtalefil
web-avtale-open-hint = Ei JSON-fil med ein avtale. Fila blir ikkje send nokon stad før du sjekkar ho her.
web-avtale-download-agreement = Last ned avtalen
web-avtale-download-matrix = Last ned matrisa
web-avtale-discard = Forkast utkastet
web-avtale-empty = Start eit nytt utkast eller opne ei avtalefil for å redigere.
web-avtale-header-legend = Avtalen
web-avtale-field-id = Avtale-id
web-avtale-field-title = Tittel
web-avtale-field-kind = Avtaletype
web-avtale-field-status = Status
web-avtale-field-version = Versjon
web-avtale-field-region = Region
web-avtale-field-paragraph = Punkt i hol. § 6-2
web-avtale-field-local-ta = Lokale tenesteavtalar
web-avtale-field-parents = Overordna tenesteavtalar
web-avtale-field-hf = Helseføretak
web-avtale-field-kommuner = Kommunar
web-avtale-field-adopted-by = Vedteken av
web-avtale-field-adopted-date = Vedtaksdato
web-avtale-field-effective-from = Gyldig frå
web-avtale-field-effective-to = Gyldig til
web-avtale-field-review-date = Revisjonsdato
web-avtale-field-user-representation = Brukarrepresentasjon
web-avtale-hint-numbers = Tal skilde med komma, til dømes 2, 6, 10.
web-avtale-hint-ta = Til dømes TA 2, TA 6.
web-avtale-hint-lines = Eitt per linje.
web-avtale-hint-kommuner = Kommunenummer skilde med komma.
web-avtale-unset = ikkje oppgitt
web-avtale-yes = ja
web-avtale-no = nei
web-avtale-clauses-heading = Avtalepunkt
web-avtale-col-number = Punkt
web-avtale-col-task = Oppgåve
web-avtale-col-allocation = Fordeling
web-avtale-col-reference = Tilvising og tekst
web-avtale-col-measure = Felles tiltak
web-avtale-col-findings = Funn
web-avtale-add-clause = Legg til avtalepunkt
web-avtale-findings-heading = Funn
web-avtale-findings-none-yet = Inga sjekk enno.

## One clause row (the script names each control with its row)
web-avtale-row = rad { $n }
web-avtale-label-number = Punktnummer
web-avtale-label-task = Oppgåve
web-avtale-label-owner = Ansvarleg
web-avtale-label-lead = Leiar
web-avtale-label-reference = Avtaletilvising
web-avtale-label-text = Tekst
web-avtale-label-employer = Arbeidsgivaransvar
web-avtale-label-organisation = Organisering
web-avtale-label-funding = Finansiering
web-avtale-owner-hf = HF
web-avtale-owner-kommune = Kommunen
web-avtale-owner-delt = Delt
web-avtale-lead-none = vel kven som leier
web-avtale-contributes-hf = HF bidreg
web-avtale-contributes-kommune = Kommunen bidreg
web-avtale-unknown-value = { $value } (ukjend)
web-avtale-remove = Fjern
web-avtale-go-to = Gå til feltet

## Findings
web-avtale-severity = { $severity ->
    [error] Feil
    [warning] Åtvaring
   *[info] Info
}
web-avtale-basis = Rettsgrunnlag
web-avtale-where = Linje { $line }, kolonne { $column }
web-avtale-counts = Feil: { $errors }. Åtvaringar: { $warnings }. Info: { $infos }.
web-avtale-no-findings = Ingen funn.

## What the script says in the status line
web-avtale-restored = Utkastet er henta frå nettlesaren, slik du forlét det. Forkast det med «Forkast utkastet».
web-avtale-loaded-new = Nytt utkast for { $region } frå reglane som gjeld.
web-avtale-opened = { $name } er opna.
web-avtale-not-json = { $name } er ikkje gyldig JSON og kan ikkje redigerast her; funna viser kvar feilen er.
web-avtale-not-agreement = { $name } er ikkje eit avtaledokument (eit JSON-objekt).
web-avtale-confirm-discard = Forkaste utkastet? Det du ikkje har lasta ned, går tapt.
web-avtale-discarded = Utkastet er forkasta.
web-avtale-downloaded = Avtalen er lasta ned som { $name }.
web-avtale-matrix-downloaded = Matrisa er lasta ned som { $name }.
web-avtale-failed = Det gjekk ikkje: { $reason }
web-avtale-added = Rad { $n } er lagd til.
web-avtale-removed = Rad { $n } er fjerna.

## The findings page (without script)
web-avtale-result-title = Funn i { $file }
web-avtale-group-document = Heile avtalen
web-avtale-group-clause = Rad { $row } (punkt { $number }): { $task }
web-avtale-another = Sjekk ei anna fil

## Refused requests
web-avtale-no-file = Vel ei avtalefil før du sjekkar.
web-avtale-form-help = Send fila med skjemaet på sida Avtaleutkast.
web-avtale-no-region = Sei kva region utkastet skal gjelde, til dømes `/avtale/ny?region=helse-bergen`.
web-avtale-matrix-help = Rett avtalen slik funna seier, og last ned matrisa på nytt.

## A new draft (the document's own texts) and its matrix
web-avtale-draft-title = Utkast til avtale om lærings- og meistringsoppgåver i { $region }
web-avtale-draft-version = utkast { $date }
web-avtale-draft-employer = Blir avklart av partane: kven er arbeidsgivar for dei som gjer tiltaket.
web-avtale-draft-organisation = Blir avklart av partane: korleis tiltaket blir organisert.
web-avtale-draft-funding = Blir avklart av partane: korleis tiltaket blir finansiert.
web-avtale-matrix-rules = reglane som gjeld i { $region }
web-avtale-matrix-draft = utkastet { $id }
