## Utvidingsverten: ei utviding som ikkje kan lastast, som feilar i eit kall eller som
## bryt kontrakten for utvidingar, og korleis det kan rettast.

host-read = kan ikkje lese utvidinga `{ $path }`: { $error }
host-not-a-component = utvidinga `{ $plugin }` er ikkje ein brukbar WebAssembly-komponent: { $detail }
host-api-version = utvidinga `{ $plugin }` er bygd for ansvar:region@{ $found }, men denne versjonen av ansvar støttar ansvar:region@{ $supported }
host-api-version-help = bygg utvidinga på nytt med ein ansvar-sdk for ansvar:region@{ $supported }
host-no-api-version = utvidinga `{ $plugin }` har ingen `{ $section }`-seksjon: ho er ikkje bygd med ansvar-sdk
host-build-help = bygg regionutvidingar med `cargo build --target wasm32-wasip2` på ein crate som brukar `export_region!` frå ansvar-sdk
host-link = utvidinga `{ $plugin }` passar ikkje til API-et for utvidingar: { $detail }
host-timeout = utvidinga `{ $plugin }` brukte lengre tid enn grensa på { $limit } ms
host-timeout-help = auk grensa med `--plugin-timeout-ms` viss utvidinga berre er treg
host-memory = utvidinga `{ $plugin }` brukte meir minne enn grensa på { $limit } MiB
host-memory-help = auk grensa med `--plugin-memory-mib` viss utvidinga treng meir
host-capability = utvidinga `{ $plugin }` prøvde å bruke `{ $import }`, som sandkassa ikkje gir tilgang til
host-capability-help = regionutvidingar får ikkje tilgang til filer, miljøvariablar, klokke, nettverk eller stdio: reglane må verke ut frå spørjinga åleine
host-trap = utvidinga `{ $plugin }` krasja: { $detail }
host-trap-out-of-bounds = minnetilgang utanfor gyldig område (slik viser det seg òg når ein djup rekursjon sprengjer skuggestakken til utvidinga)
host-digest-mismatch = utvidinga `{ $plugin }` oppgir regionen `{ $region }`, som er låst til sha256 { $expected }, men fila har sha256 { $found }
host-digest-mismatch-help = bruk utvidinga som følgjer med ansvar, eller ei fil bygd frå den same kjeldekoden; ei endra utviding må låsast på nytt
host-unpinned = utvidinga `{ $plugin }` (sha256 { $found }) er ikkje låst i plugins/plugins.lock
host-unpinned-help = bruk --allow-unpinned for å køyre ei utviding som ingen har låst
host-id-mismatch = utvidinga `{ $plugin }` skildrar seg sjølv som regionen `{ $found }`, men ho vart lasta som regionen `{ $expected }`
host-id-mismatch-help = koden som køyrde, er ikkje koden til utvidinga: slett mellomlageret for kompilert kode (ANSVAR_CACHE_DIR, elles ~/.cache/ansvar) eller køyr med --no-cache, og meld frå om feilen
host-too-large = utvidinga `{ $plugin }` er på { $size } byte; grensa er { $limit } byte
host-too-large-help = auk grensa med `--plugin-max-mib` viss fila er ei ekte utviding
host-duplicate-region = utvidinga `{ $plugin }` oppgir regionen `{ $region }`, som `{ $other }` alt gir
host-duplicate-region-help = oppgi éi utviding per region
host-contract = utvidinga `{ $plugin }` braut kontrakten for utvidingar: { $detail }

## Kva seksjonen med API-versjonen til utvidinga seier.

host-section-not-utf8 = `{ $section }`-seksjonen er ikkje UTF-8
host-core-module = fila er ein WebAssembly-kjernemodul, ikkje ein komponent (bygg ho for wasm32-wasip2 med ansvar-sdk)

## Kvar ei utviding kom frå (`ansvar regions`).

host-origin-embedded = innebygd (bygd frå { $source_dir })

## Verten sjølv.

host-no-ticker = kan ikkje starte tråden som handhevar tidsgrensene for utvidingar: { $error }

## Korleis ei utviding braut kontrakten (detaljen i host-contract).

host-contract-describe-empty = svaret frå `describe` manglar region-id eller oppgåver
host-contract-other-task = ho vart spurd om `{ $asked }`, men svara om `{ $answered }`
host-contract-owner-contributes = avgjerda `{ $rule }` fører opp den ansvarlege blant bidragsytarane
host-contract-shared-mismatch = avgjerda `{ $rule }` er merkt shared={ $shared } med { $contributors ->
        [one] { $contributors } bidragsytar
       *[other] { $contributors } bidragsytarar
    }
host-contract-ruling-too-large = ho gav ei avgjerd på { $size } byte; grensa er { $limit } byte
host-contract-no-rule-or-basis = ei avgjerd må oppgi regelen sin og rettsgrunnlaget sitt
host-contract-finding-pointer = funnet `{ $code }` har ein ugyldig JSON-peikar `{ $pointer }`
host-contract-key-count = ho gav { $keys ->
        [one] { $keys } avgjerdsnøkkel
       *[other] { $keys } avgjerdsnøklar
    } og { $rulings ->
        [one] { $rulings } avgjerd
       *[other] { $rulings } avgjerder
    }
host-contract-key-not-held = avgjerdsnøkkel { $key } var ført opp, men avgjerda er ikkje lagra
host-contract-key-unlisted = ho oppgav berre nøkkelen { $key } utan avgjerda, men bunten hadde ikkje ført opp den nøkkelen som kjend
host-contract-two-errors = forløp { $pathway } har to feil
host-contract-error-pathway = ein feil om forløp { $pathway }, men bunten har { $count ->
        [one] eitt forløp
       *[other] { $count } forløp
    }
host-contract-finding-pathway = eit funn om forløp { $pathway }, men bunten har { $count ->
        [one] eitt forløp
       *[other] { $count } forløp
    }
host-contract-verdict-count = { $expected } steg trong ei vurdering, men ho gav { $given ->
        [one] { $given } vurdering
       *[other] { $given } vurderingar
    } og { $rulings ->
        [one] { $rulings } avgjerd
       *[other] { $rulings } avgjerder
    }
host-contract-no-verdict = inga vurdering for steg { $step }
host-contract-verdict-code = vurderingskoden { $code } finst ikkje
host-contract-in-pathway = forløp { $pathway }: { $detail }
host-contract-no-ruling = forløp { $pathway }: avgjerd { $ruling } finst ikkje
host-contract-verdict-without-ruling = forløp { $pathway }: ei vurdering utan avgjerd
host-contract-pathway-other-task = forløp { $pathway }: ho vart spurd om `{ $asked }`, men svara om `{ $answered }`
