## ansvar serve: feila frå HTTP-tenaren og hjelpa til dei (`error.message` og
## `error.help` i API-et, på språket som Accept-Language i førespurnaden ber om), og
## feil ved oppstart.

# Tilgang og last
serve-unauthorised = denne tenaren krev ein tilgangsnøkkel
serve-unauthorised-help = send `Authorization: Bearer TOKEN` med nøkkelen frå `--token-file` på tenaren
serve-overloaded =
    { $count ->
        [one] éin førespurnad er alt under handsaming, og det er grensa for denne tenaren
       *[other] { $count } førespurnader er alt under handsaming, og det er grensa for denne tenaren
    }
serve-overloaded-help = prøv igjen etter tida i `Retry-After`, eller køyr fleire kopiar bak ein lastbalanserar
serve-not-ready = regionutvidingane blir framleis lasta inn
serve-not-ready-help = prøv igjen om litt; `/readyz` seier når tenaren er klar
serve-internal = tenaren feila på denne førespurnaden
serve-no-route = inga rute for { $method } `{ $path }`
serve-no-route-help = `/api/openapi.json` viser rutene

# Innhaldet i førespurnaden
serve-too-large = innhaldet er større enn grensa på { $max } byte
serve-too-large-help = del opp dokumentet, send mange forløp som JSON Lines, eller auk `--max-body-bytes` på tenaren
serve-body-timeout = innhaldet kom ikkje fram i tide
serve-body-timeout-help = send heile innhaldet på ein gong; `--body-timeout-ms` på tenaren set grensa
serve-unreadable = kan ikkje lese innhaldet: { $reason }
serve-client-silent = klienten sende ingenting på { $seconds } s
serve-wrong-media-type = dette endepunktet tek ikkje imot `{ $media_type }`
serve-no-media-type = førespurnaden har ingen `Content-Type`
serve-media-type-help = send innhaldet med `Content-Type: `{ $media_type }``
serve-media-types-help = send innhaldet med `Content-Type: `{ $first }` eller `{ $second }``
serve-invalid-body-at = { $message } (linje { $line }, kolonne { $column })
serve-not-a-who-query = innhaldet er ikkje eit spørsmål om kven som har ansvaret: { $reason }
serve-not-a-who-query-help = send eit objekt med `region` og `task`, og eventuelt `kommune`, `diagnosis`, `age`, `phase`, `explain`

# Parametrar i spørjestrengen
serve-unreadable-query = kan ikkje lese spørjestrengen: { $reason }
serve-unknown-parameter = ukjend parameter `{ $name }`
serve-parameter-twice = parameteren `{ $name }` er gitt to gonger
serve-parameter-missing = `{ $name }` manglar
serve-not-a-bool = parameteren `{ $name }` er `{ $value }`, ikkje `true` eller `false`
serve-parameters-help = parametrane er: { $parameters }
serve-matrix-parameters = den einaste parameteren er `format` (md, html eller json)
serve-unknown-format = ukjent format `{ $format }`
serve-formats-help = formata er: md, html, json
serve-pathway-parameters = den einaste parameteren er `explain` (true eller false)

# Oppstart
serve-public-without-token = vil ikkje lytte på `{ $address }` utan ein tilgangsnøkkel
serve-public-without-token-help = gje `--token-file FILE` (ein nøkkel som kvar førespurnad må ha med), eller lytt på 127.0.0.1
serve-token-too-short = tilgangsnøkkelen er kortare enn 16 teikn
serve-token-too-short-help = skriv ein lang, tilfeldig nøkkel til fila, t.d. `openssl rand -hex 32`
serve-no-runtime = kan ikkje starte køyremiljøet til tenaren: { $reason }
serve-cannot-listen = kan ikkje lytte på `{ $address }`: { $reason }
serve-cannot-listen-help = køyrer ein annan tenar på den porten? `--listen 127.0.0.1:0` vel ein ledig port
serve-no-address = kan ikkje lese adressa tenaren lyttar på: { $reason }
serve-token-file-unreadable = kan ikkje lese nøkkelfila `{ $path }`: { $reason }
serve-token-file-invalid = nøkkelfila `{ $path }` må innehalde éin nøkkel: synlege teikn, ingen mellomrom

serve-workbench-at = arbeidsbenken: opne { $url } i ein nettlesar
