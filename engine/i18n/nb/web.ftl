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
