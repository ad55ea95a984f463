## Utvidelsesverten: en utvidelse som ikke kan lastes, som feiler i et kall eller som
## bryter kontrakten for utvidelser, og hvordan det rettes.

host-read = kan ikke lese utvidelsen `{ $path }`: { $error }
host-not-a-component = utvidelsen `{ $plugin }` er ikke en brukbar WebAssembly-komponent: { $detail }
host-api-version = utvidelsen `{ $plugin }` er bygd for ansvar:region@{ $found }, men denne versjonen av ansvar støtter ansvar:region@{ $supported }
host-api-version-help = bygg utvidelsen på nytt med en ansvar-sdk for ansvar:region@{ $supported }
host-no-api-version = utvidelsen `{ $plugin }` har ingen `{ $section }`-seksjon: den er ikke bygd med ansvar-sdk
host-build-help = bygg regionutvidelser med `cargo build --target wasm32-wasip2` på en crate som bruker `export_region!` fra ansvar-sdk
host-link = utvidelsen `{ $plugin }` passer ikke til API-et for utvidelser: { $detail }
host-timeout = utvidelsen `{ $plugin }` brukte lengre tid enn grensen på { $limit } ms
host-timeout-help = hev grensen med `--plugin-timeout-ms` hvis utvidelsen bare er treg
host-memory = utvidelsen `{ $plugin }` brukte mer minne enn grensen på { $limit } MiB
host-memory-help = hev grensen med `--plugin-memory-mib` hvis utvidelsen trenger mer
host-capability = utvidelsen `{ $plugin }` prøvde å bruke `{ $import }`, som sandkassen ikke gir tilgang til
host-capability-help = regionutvidelser får ikke tilgang til filer, miljøvariabler, klokke, nettverk eller stdio: reglene må virke ut fra spørringen alene
host-trap = utvidelsen `{ $plugin }` krasjet: { $detail }
host-trap-out-of-bounds = minnetilgang utenfor gyldig område (slik viser det seg også når en dyp rekursjon sprenger skyggestakken til utvidelsen)
host-digest-mismatch = utvidelsen `{ $plugin }` oppgir regionen `{ $region }`, som er låst til sha256 { $expected }, men filen har sha256 { $found }
host-digest-mismatch-help = bruk utvidelsen som følger med ansvar, eller en fil bygd fra den samme kildekoden; en endret utvidelse må låses på nytt
host-unpinned = utvidelsen `{ $plugin }` (sha256 { $found }) er ikke låst i plugins/plugins.lock
host-unpinned-help = bruk --allow-unpinned for å kjøre en utvidelse som ingen har låst
host-id-mismatch = utvidelsen `{ $plugin }` beskriver seg selv som regionen `{ $found }`, men den ble lastet som regionen `{ $expected }`
host-id-mismatch-help = koden som kjørte, er ikke utvidelsens egen: slett mellomlageret for kompilert kode (ANSVAR_CACHE_DIR, ellers ~/.cache/ansvar) eller kjør med --no-cache, og meld fra om feilen
host-too-large = utvidelsen `{ $plugin }` er på { $size } byte; grensen er { $limit } byte
host-too-large-help = hev grensen med `--plugin-max-mib` hvis filen er en ekte utvidelse
host-duplicate-region = utvidelsen `{ $plugin }` oppgir regionen `{ $region }`, som `{ $other }` allerede gir
host-duplicate-region-help = oppgi én utvidelse per region
host-contract = utvidelsen `{ $plugin }` brøt kontrakten for utvidelser: { $detail }

## Hva seksjonen med utvidelsens API-versjon sier.

host-section-not-utf8 = `{ $section }`-seksjonen er ikke UTF-8
host-core-module = filen er en WebAssembly-kjernemodul, ikke en komponent (bygg den for wasm32-wasip2 med ansvar-sdk)

## Hvor en utvidelse kom fra (`ansvar regions`).

host-origin-embedded = innebygd (bygd fra { $source_dir })

## Verten selv.

host-no-ticker = kan ikke starte tråden som håndhever tidsgrensene for utvidelser: { $error }

## Hvordan en utvidelse brøt kontrakten (detaljen i host-contract).

host-contract-describe-empty = svaret fra `describe` mangler region-id eller oppgaver
host-contract-other-task = den ble spurt om `{ $asked }`, men svarte om `{ $answered }`
host-contract-owner-contributes = avgjørelsen `{ $rule }` fører opp den ansvarlige blant bidragsyterne
host-contract-shared-mismatch = avgjørelsen `{ $rule }` er merket shared={ $shared } med { $contributors ->
        [one] { $contributors } bidragsyter
       *[other] { $contributors } bidragsytere
    }
host-contract-ruling-too-large = den ga en avgjørelse på { $size } byte; grensen er { $limit } byte
host-contract-no-rule-or-basis = en avgjørelse må oppgi regelen sin og rettsgrunnlaget sitt
host-contract-finding-pointer = funnet `{ $code }` har en ugyldig JSON-peker `{ $pointer }`
host-contract-key-count = den ga { $keys ->
        [one] { $keys } avgjørelsesnøkkel
       *[other] { $keys } avgjørelsesnøkler
    } og { $rulings ->
        [one] { $rulings } avgjørelse
       *[other] { $rulings } avgjørelser
    }
host-contract-key-not-held = avgjørelsesnøkkel { $key } var oppført, men avgjørelsen er ikke lagret
host-contract-key-unlisted = den oppga bare nøkkelen { $key } uten avgjørelsen, men bunten hadde ikke ført opp den nøkkelen som kjent
host-contract-two-errors = forløp { $pathway } har to feil
host-contract-error-pathway = en feil om forløp { $pathway }, men bunten har { $count ->
        [one] ett forløp
       *[other] { $count } forløp
    }
host-contract-finding-pathway = et funn om forløp { $pathway }, men bunten har { $count ->
        [one] ett forløp
       *[other] { $count } forløp
    }
host-contract-verdict-count = { $expected } steg trengte en vurdering, men den ga { $given ->
        [one] { $given } vurdering
       *[other] { $given } vurderinger
    } og { $rulings ->
        [one] { $rulings } avgjørelse
       *[other] { $rulings } avgjørelser
    }
host-contract-no-verdict = ingen vurdering for steg { $step }
host-contract-verdict-code = vurderingskoden { $code } finnes ikke
host-contract-in-pathway = forløp { $pathway }: { $detail }
host-contract-no-ruling = forløp { $pathway }: avgjørelse { $ruling } finnes ikke
host-contract-verdict-without-ruling = forløp { $pathway }: en vurdering uten avgjørelse
host-contract-pathway-other-task = forløp { $pathway }: den ble spurt om `{ $asked }`, men svarte om `{ $answered }`
