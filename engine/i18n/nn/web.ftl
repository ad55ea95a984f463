## The workbench: layout, start page, language, errors (engine/src/web/mod.rs),
## Regioner and Hvem har ansvaret?

web-skip = Hopp til innhaldet
web-nav-label = Hovudmeny
web-lang-label = Språk
web-nav-start = Start
web-nav-regioner = Regionar
web-nav-hvem = Kven har ansvaret?
web-nav-avtale = Avtaleutkast
web-nav-forlop = Pasientforløp
web-nav-mange = Mange forløp
web-nav-endringer = Endringar
web-footer = ansvar { $version }. Kvart svar seier kva lov eller kva avtalepunkt det byggjer på. Ingenting du skriv her, blir lagra på tenaren.
web-start-title = Kven har ansvaret for lærings- og meistringsoppgåvene?
web-start-intro = ansvar seier om ei lærings- og meistringsoppgåve høyrer til helseføretaket (HF) eller kommunen etter tenesteavtale 2, 6 og 10, og sjekkar avtaleutkast og planlagde pasientforløp mot lov og avtalar.
web-start-regioner = Partane, avtalane, kommunane og ansvarsmatrisa til kvar region, klar til utskrift.
web-start-hvem = Spør kven som eig ei oppgåve i ein kommune, for ein diagnose, ei aldersgruppe og ein fase.
web-start-avtale = Opne eit avtaleutkast eller start eit nytt frå reglane som gjeld, og sjå funna medan du skriv.
web-start-forlop = Byggj eller opne eit pasientforløp og sjå det som symjebaner for HF og kommune.
web-start-mange = Last opp mange forløp (JSON Lines) og få samandraget og rapporten.
web-start-endringer = Samanlikn to versjonar av ein avtale og sjå kva ruter i matrisa som blir endra.
web-start-sources = Lovene står for seg, skilde frå rettleiarar, rapportar og avtalar. Fakta kjeldene ikkje avgjer, er merkte med atterhald.
web-error-title = Noko gjekk gale
web-error-back = Tilbake
web-lang-unknown = Språket «{ $lang }» finst ikkje her; vel bokmål (nb), nynorsk (nn) eller engelsk (en).
web-no-asset = Fila «{ $name }» finst ikkje.

## Levels in words
web-level-hf = helseføretaket (HF)
web-level-kommune = kommunen

## Regioner
web-regioner-title = Regionar
web-regioner-intro = Kvar region har sine partar, sine avtalar og sine reglar. Vel ein region for å sjå kommunane han omfattar og ansvarsmatrisa.
web-regioner-caption = Regionane ansvar har reglar for
web-regioner-region = Region
web-regioner-rhf = Regionalt helseføretak
web-regioner-hf-parties = Helseføretak som er part
web-regioner-kommuner = Kommunar
web-regioner-agreements = Avtalar
web-regioner-failed = Regelsettet for { $region } kunne ikkje lastast:
web-regioner-one-title = { $region }
web-regioner-parties = Partar
web-regioner-plugin = Regelsett
web-regioner-plugin-version = (sjekksum { $sha256 }, oppgåvekatalog { $catalogue })
web-regioner-agreement-version = versjon { $version }
web-regioner-adopted = vedteken { $date }
web-regioner-effective-from = gjeld frå { $date }
web-regioner-effective-to = gjeld til { $date }
web-regioner-kommuner-heading = { $count ->
        [one] Éin kommune
       *[other] { $count } kommunar
    }
web-regioner-unsettled = atterhald: kjeldene avgjer ikkje om regionen tener kommunen
web-regioner-matrix = Ansvarsmatrise
web-regioner-download-html = Last ned matrisa (HTML)
web-regioner-download-md = Last ned matrisa (Markdown)
web-regioner-print = Skriv ut sida med utskrifta i nettlesaren; menyen blir ikkje med.

## Hvem har ansvaret?
web-hvem-title = Kven har ansvaret?
web-hvem-intro = Vel region og oppgåve. Kommune, diagnose, aldersgruppe og fase kan endre svaret; la dei stå tomme for det generelle svaret.
web-hvem-region = Region
web-hvem-task = Oppgåve
web-hvem-task-hint = (skriv namnet eller id-en, og vel frå lista)
web-hvem-kommune = Kommune
web-hvem-kommune-hint = (kommunenummer, namnet i dag, eit tidlegare namn eller eit samisk eller kvensk namn)
web-hvem-diagnosis = Diagnosegruppe
web-hvem-age = Aldersgruppe
web-hvem-phase = Fase
web-hvem-any = (alle)
web-hvem-ask = Finn ansvaret
web-hvem-place = { $region }, kommune { $number } { $name }
web-hvem-place-region = { $region }, utan kommune
web-hvem-owner-is = Ansvarleg:
web-hvem-own-patients = Helseføretaket og kommunen har oppgåva fullt ut kvar for sine eigne pasientar; ho er ikkje delt.
web-hvem-shared-lead = Delt oppgåve: { $lead } leier,
web-hvem-shared-contributors = { $contributors } bidreg.
web-hvem-partners = Andre partar
web-hvem-paragraph = Lovpålagt avtalepunkt
web-hvem-paragraph-items = helse- og omsorgstenestelova § 6-2 nr. { $items }
web-hvem-clause = Avtalepunkt
web-hvem-basis = Rettsgrunnlag
web-hvem-sources = Kjelder (avtalar, rettleiarar, rapportar)
web-hvem-rule = Regel
web-hvem-note = Merknad
web-hvem-caveat = Atterhald:
web-hvem-rule-chain = Regelkjeda (korleis svaret vart funne)
web-hvem-as-json = Det same svaret som JSON
