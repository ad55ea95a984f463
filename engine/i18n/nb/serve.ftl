## ansvar serve: feilene fra HTTP-serveren og hjelpen til dem (`error.message` og
## `error.help` i API-et, på språket forespørselens Accept-Language ber om), og feil
## ved oppstart.

# Tilgang og last
serve-unauthorised = denne serveren krever en tilgangsnøkkel
serve-unauthorised-help = send `Authorization: Bearer TOKEN` med nøkkelen fra serverens `--token-file`
serve-overloaded =
    { $count ->
        [one] én forespørsel er allerede under behandling, og det er grensen for denne serveren
       *[other] { $count } forespørsler er allerede under behandling, og det er grensen for denne serveren
    }
serve-overloaded-help = prøv igjen etter tiden i `Retry-After`, eller kjør flere kopier bak en lastbalanserer
serve-not-ready = regionutvidelsene lastes fortsatt inn
serve-not-ready-help = prøv igjen om litt; `/readyz` sier når serveren er klar
serve-internal = serveren feilet på denne forespørselen
serve-no-route = ingen rute for { $method } `{ $path }`
serve-no-route-help = `/api/openapi.json` viser rutene

# Innholdet i forespørselen
serve-too-large = innholdet er større enn grensen på { $max } byte
serve-too-large-help = del opp dokumentet, send mange forløp som JSON Lines, eller øk serverens `--max-body-bytes`
serve-body-timeout = innholdet kom ikke fram i tide
serve-body-timeout-help = send hele innholdet på én gang; serverens `--body-timeout-ms` setter grensen
serve-unreadable = kan ikke lese innholdet: { $reason }
serve-client-silent = klienten sendte ingenting på { $seconds } s
serve-wrong-media-type = dette endepunktet tar ikke imot `{ $media_type }`
serve-no-media-type = forespørselen har ingen `Content-Type`
serve-media-type-help = send innholdet med `Content-Type: `{ $media_type }``
serve-media-types-help = send innholdet med `Content-Type: `{ $first }` eller `{ $second }``
serve-invalid-body-at = { $message } (linje { $line }, kolonne { $column })
serve-not-a-who-query = innholdet er ikke et spørsmål om hvem som har ansvaret: { $reason }
serve-not-a-who-query-help = send et objekt med `region` og `task`, og eventuelt `kommune`, `diagnosis`, `age`, `phase`, `explain`

# Parametere i spørrestrengen
serve-unreadable-query = kan ikke lese spørrestrengen: { $reason }
serve-unknown-parameter = ukjent parameter `{ $name }`
serve-parameter-twice = parameteren `{ $name }` er gitt to ganger
serve-parameter-missing = `{ $name }` mangler
serve-not-a-bool = parameteren `{ $name }` er `{ $value }`, ikke `true` eller `false`
serve-parameters-help = parameterne er: { $parameters }
serve-matrix-parameters = den eneste parameteren er `format` (md, html eller json)
serve-unknown-format = ukjent format `{ $format }`
serve-formats-help = formatene er: md, html, json
serve-pathway-parameters = den eneste parameteren er `explain` (true eller false)

# Oppstart
serve-public-without-token = vil ikke lytte på `{ $address }` uten en tilgangsnøkkel
serve-public-without-token-help = gi `--token-file FILE` (en nøkkel som hver forespørsel må ha med), eller lytt på 127.0.0.1
serve-token-too-short = tilgangsnøkkelen er kortere enn 16 tegn
serve-token-too-short-help = skriv en lang, tilfeldig nøkkel til filen, f.eks. `openssl rand -hex 32`
serve-no-runtime = kan ikke starte serverens kjøremiljø: { $reason }
serve-cannot-listen = kan ikke lytte på `{ $address }`: { $reason }
serve-cannot-listen-help = kjører en annen server på den porten? `--listen 127.0.0.1:0` velger en ledig port
serve-no-address = kan ikke lese adressen serveren lytter på: { $reason }
serve-token-file-unreadable = kan ikke lese nøkkelfilen `{ $path }`: { $reason }
serve-token-file-invalid = nøkkelfilen `{ $path }` må inneholde én nøkkel: synlige tegn, ingen mellomrom

serve-workbench-at = arbeidsbenken: åpne { $url } i en nettleser
