### ansvar – meldingskatalog, norsk bokmål.
###
### Hver fil i engine/i18n/nb/ har sin motpart med samme navn i en/ og nn/, med de
### samme meldingene og de samme argumentene (testene i engine/src/i18n/tests.rs passer
### på det). Kode, JSON-nøkler og verdier som `hf` og `kommune` oversettes aldri; de
### står i `kodeform`.
###
### Terminologi (brukes likt overalt; ordene lov og avtaler bruker):
###   helseforetak (HF), helseforetaket – hf
###   kommune, kommunen – kommune
###   ansvarlig (eier oppgaven) / leder (delt oppgave) / bidrar (bidragsyter)
###   delt oppgave, felles tiltak
###   avtalepunkt (punkt i en tjenesteavtale), tjenesteavtale (TA), særavtale
###   rettsgrunnlag (lov og forskrift), kilder (avtaler, veiledere, rapporter)
###   merknad, forbehold (caveat), regel, regelkjede
###   forløp (pasientforløp), steg, overlevering
###   funn, feil / advarsel / info
###   utkast / vedtatt (avtalens status)
###   oppgave, oppgavekatalog, diagnosegruppe, aldersgruppe, fase (før / under / etter)
###   utvidelse (plugin), region
###
### Stil: korte setninger, norsk ordstilling, ingen anglisismer. Si hva som er galt,
### hvor, hvorfor og hvordan det rettes.
