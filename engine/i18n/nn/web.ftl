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
