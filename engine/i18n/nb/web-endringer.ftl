## Endringer (engine/src/web/endringer.rs, engine/web/endringer.js) og
## POST /api/v1/diff (engine/src/serve/api.rs): to versjoner av en avtale sammenlignet.

web-endringer-title = Endringer
web-endringer-intro = Sammenlign to versjoner av avtaledokumentet til én region. Hver versjon legges over reglene som gjelder, og alle sammenhenger gås gjennom: ansvarsmatrisen før og etter står side om side med de endrede rutene merket, og under står endringene i dokumentet og hvor hver endring gjelder.
web-endringer-old-file = Gammel versjon (før)
web-endringer-new-file = Ny versjon (etter)
web-endringer-hint = Begge filene må være avtaledokumenter som `ansvar check` godtar, for den samme regionen.
web-endringer-submit = Sammenlign
web-endringer-comparing = Sammenligner …
web-endringer-compared = Sammenligningen er ferdig.
web-endringer-failed = Sammenligningen stoppet: { $reason }
web-endringer-result-title = Før og etter i { $region }
web-endringer-summary = Fra { $old } til { $new }: { $changed } av { $points } sammenhenger får en annen avgjørelse, i { $tasks } oppgaver.
web-endringer-unchanged = Fra { $old } til { $new }: ingen endringer i ansvarsfordelingen.
web-endringer-caption = Ansvarsmatrisen for { $region } uten sammenheng oppgitt, før og etter
web-endringer-head-changed = Endret
web-endringer-cell-changed = (endret)
web-endringer-changed-general = Ja, også uten sammenheng oppgitt ({ $points } sammenhenger i alt)
web-endringer-changed-some = I { $points } sammenhenger
web-endringer-missing = { $what } mangler.
web-endringer-missing-help = Velg begge filene, den gamle og den nye versjonen, og sammenlign igjen.
web-endringer-unreadable-help = Rett fila så `ansvar check` godtar den, eller velg riktig fil.
web-endringer-api-not-a-pair = innholdet må være et JSON-objekt med feltene `old` og `new`
web-endringer-api-missing-member = feltet `{ $name }` mangler
web-endringer-api-unknown-member = feltet `{ $name }` finnes ikke her
web-endringer-api-body-help = send `{"{"}"old": <avtale>, "new": <avtale>{"}"}`, to versjoner av avtaledokumentet til én region
