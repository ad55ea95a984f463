## The workbench: layout, start page, language, errors (engine/src/web/mod.rs),
## Regioner and Hvem har ansvaret?

web-skip = Hopp til innholdet
web-nav-label = Hovedmeny
web-lang-label = Språk
web-nav-start = Start
web-nav-regioner = Regioner
web-nav-hvem = Hvem har ansvaret?
web-nav-avtale = Avtaleutkast
web-nav-forlop = Pasientforløp
web-nav-mange = Mange forløp
web-nav-endringer = Endringer
web-footer = ansvar { $version }. Hvert svar sier hvilken lov eller hvilket avtalepunkt det bygger på. Ingenting du skriver her, lagres på tjeneren.
web-start-title = Hvem har ansvaret for lærings- og mestringsoppgavene?
web-start-intro = ansvar sier om en lærings- og mestringsoppgave hører til helseforetaket (HF) eller kommunen etter tjenesteavtale 2, 6 og 10, og sjekker avtaleutkast og planlagte pasientforløp mot lov og avtaler.
web-start-regioner = Hver regions parter, avtaler, kommuner og ansvarsmatrise, klar til utskrift.
web-start-hvem = Spør hvem som eier en oppgave i en kommune, for en diagnose, en aldersgruppe og en fase.
web-start-avtale = Åpne et avtaleutkast eller start et nytt fra reglene som gjelder, og se funnene mens du skriver.
web-start-forlop = Bygg eller åpne et pasientforløp og se det som svømmebaner for HF og kommune.
web-start-mange = Last opp mange forløp (JSON Lines) og få sammendraget og rapporten.
web-start-endringer = Sammenlign to versjoner av en avtale og se hvilke ruter i matrisen som endres.
web-start-sources = Lovene står for seg, atskilt fra veiledere, rapporter og avtaler. Fakta kildene ikke avgjør, er merket med forbehold.
web-error-title = Noe gikk galt
web-error-back = Tilbake
web-lang-unknown = Språket «{ $lang }» finnes ikke her; velg bokmål (nb), nynorsk (nn) eller engelsk (en).
web-no-asset = Fila «{ $name }» finnes ikke.

## Levels in words
web-level-hf = helseforetaket (HF)
web-level-kommune = kommunen

## Regioner
web-regioner-title = Regioner
web-regioner-intro = Hver region har sine parter, sine avtaler og sine regler. Velg en region for å se kommunene den omfatter og ansvarsmatrisen.
web-regioner-caption = Regionene ansvar har regler for
web-regioner-region = Region
web-regioner-rhf = Regionalt helseforetak
web-regioner-hf-parties = Helseforetak som er part
web-regioner-kommuner = Kommuner
web-regioner-agreements = Avtaler
web-regioner-failed = Regelsettet for { $region } kunne ikke lastes:
web-regioner-one-title = { $region }
web-regioner-parties = Parter
web-regioner-plugin = Regelsett
web-regioner-plugin-version = (sjekksum { $sha256 }, oppgavekatalog { $catalogue })
web-regioner-agreement-version = versjon { $version }
web-regioner-adopted = vedtatt { $date }
web-regioner-effective-from = gjelder fra { $date }
web-regioner-effective-to = gjelder til { $date }
web-regioner-kommuner-heading = { $count ->
        [one] Én kommune
       *[other] { $count } kommuner
    }
web-regioner-unsettled = forbehold: kildene avgjør ikke om regionen betjener kommunen
web-regioner-matrix = Ansvarsmatrise
web-regioner-download-html = Last ned matrisen (HTML)
web-regioner-download-md = Last ned matrisen (Markdown)
web-regioner-print = Skriv ut siden med nettleserens utskrift; menyen blir ikke med.

## Hvem har ansvaret?
web-hvem-title = Hvem har ansvaret?
web-hvem-intro = Velg region og oppgave. Kommune, diagnose, aldersgruppe og fase kan endre svaret; la dem stå tomme for det generelle svaret.
web-hvem-region = Region
web-hvem-task = Oppgave
web-hvem-task-hint = (skriv navnet eller id-en, og velg fra listen)
web-hvem-kommune = Kommune
web-hvem-kommune-hint = (kommunenummer, dagens navn, et tidligere navn eller et samisk eller kvensk navn)
web-hvem-diagnosis = Diagnosegruppe
web-hvem-age = Aldersgruppe
web-hvem-phase = Fase
web-hvem-any = (alle)
web-hvem-ask = Finn ansvaret
web-hvem-place = { $region }, kommune { $number } { $name }
web-hvem-place-region = { $region }, uten kommune
web-hvem-owner-is = Ansvarlig:
web-hvem-own-patients = Helseforetaket og kommunen har oppgaven fullt ut hver for sine egne pasienter; den er ikke delt.
web-hvem-shared-lead = Delt oppgave: { $lead } leder,
web-hvem-shared-contributors = { $contributors } bidrar.
web-hvem-partners = Andre parter
web-hvem-paragraph = Lovpålagt avtalepunkt
web-hvem-paragraph-items = helse- og omsorgstjenesteloven § 6-2 nr. { $items }
web-hvem-clause = Avtalepunkt
web-hvem-basis = Rettsgrunnlag
web-hvem-sources = Kilder (avtaler, veiledere, rapporter)
web-hvem-rule = Regel
web-hvem-note = Merknad
web-hvem-caveat = Forbehold:
web-hvem-rule-chain = Regelkjeden (hvordan svaret ble funnet)
web-hvem-as-json = Det samme svaret som JSON
