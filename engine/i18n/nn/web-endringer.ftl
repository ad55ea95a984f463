## Endringar (engine/src/web/endringer.rs, engine/web/endringer.js) og
## POST /api/v1/diff (engine/src/serve/api.rs): to versjonar av ein avtale samanlikna.

web-endringer-title = Endringar
web-endringer-intro = Samanlikn to versjonar av avtaledokumentet til éin region. Kvar versjon blir lagd over reglane som gjeld, og alle samanhengar blir gått gjennom: ansvarsmatrisa før og etter står side om side med dei endra rutene merkte, og under står endringane i dokumentet og kvar kvar endring gjeld.
web-endringer-old-file = Gammal versjon (før)
web-endringer-new-file = Ny versjon (etter)
web-endringer-hint = Begge filene må vere avtaledokument som `ansvar check` godtek, for den same regionen.
web-endringer-submit = Samanlikn
web-endringer-comparing = Samanliknar …
web-endringer-compared = Samanlikninga er ferdig.
web-endringer-failed = Samanlikninga stoppa: { $reason }
web-endringer-result-title = Før og etter i { $region }
web-endringer-summary = Frå { $old } til { $new }: { $changed } av { $points } samanhengar får ei anna avgjerd, i { $tasks } oppgåver.
web-endringer-unchanged = Frå { $old } til { $new }: ingen endringar i ansvarsfordelinga.
web-endringer-caption = Ansvarsmatrisa for { $region } utan samanheng oppgitt, før og etter
web-endringer-head-changed = Endra
web-endringer-cell-changed = (endra)
web-endringer-changed-general = Ja, òg utan samanheng oppgitt ({ $points } samanhengar i alt)
web-endringer-changed-some = I { $points } samanhengar
web-endringer-missing = { $what } manglar.
web-endringer-missing-help = Vel begge filene, den gamle og den nye versjonen, og samanlikn igjen.
web-endringer-unreadable-help = Rett fila så `ansvar check` godtek ho, eller vel rett fil.
web-endringer-api-not-a-pair = innhaldet må vere eit JSON-objekt med felta `old` og `new`
web-endringer-api-missing-member = feltet `{ $name }` manglar
web-endringer-api-unknown-member = feltet `{ $name }` finst ikkje her
web-endringer-api-body-help = send `{"{"}"old": <avtale>, "new": <avtale>{"}"}`, to versjonar av avtaledokumentet til éin region
