### ansvar – meldingskatalog, norsk nynorsk.
###
### Kvar fil i engine/i18n/nn/ har ein motpart med same namn i en/ og nb/, med dei same
### meldingane og dei same argumenta (testane i engine/src/i18n/tests.rs passar på
### det). Kode, JSON-nøklar og verdiar som `hf` og `kommune` vert aldri omsette; dei
### står i `kodeform`.
###
### Terminologi (vert brukt likt overalt; orda lova og avtalane brukar):
###   helseføretak (HF), helseføretaket – hf
###   kommune, kommunen – kommune
###   ansvarleg (eig oppgåva) / leiar (delt oppgåve) / bidreg (bidragsytar)
###   delt oppgåve, felles tiltak
###   avtalepunkt (punkt i ein tenesteavtale), tenesteavtale (TA), særavtale
###   rettsgrunnlag (lov og forskrift), kjelder (avtalar, rettleiarar, rapportar)
###   merknad, atterhald (caveat), regel, regelkjede
###   forløp (pasientforløp), steg, overlevering
###   funn, feil / åtvaring / info
###   utkast / vedteken (status for avtalen)
###   oppgåve, oppgåvekatalog, diagnosegruppe, aldersgruppe, fase (før / under / etter)
###   utviding (plugin), region
###
### Stil: korte setningar, norsk ordstilling, ingen anglisismar. Sei kva som er gale,
### kvar, kvifor og korleis det kan rettast.
