## Motorens egne funn og lesefeil: lese filer og JSON, brudd på JSON-skjemaet,
## vertens kontroller av avtaler og forløp, kommuner, og å finne dokumentene en
## kommando arbeider med.

## Lister

findings-list-and = { $items } og { $last }
findings-list-or = { $items } eller { $last }
# To ledd i én tekst: en merknad og det som følger av den, en feil og hjelpen til den.
findings-joined = { $first }; { $second }

## Lese en fil

findings-cannot-read-file = kan ikke lese filen: { $error }
findings-cannot-read-file-help = sjekk at filen finnes og kan leses; den kan ha blitt fjernet mens kjøringen pågikk
findings-check-file-readable = sjekk at filen finnes og kan leses
findings-cannot-read-document = kan ikke lese dokumentet: { $error }
findings-send-whole-document = send hele dokumentet
findings-too-large = filen er på { $size } byte, mer enn grensen på { $max } byte
findings-too-large-agreement-help = del opp dokumentet, eller hev grensen med `--max-file-bytes`
findings-too-large-pathway-help = skriv mange forløp som JSON Lines (.jsonl), eller hev grensen med `--max-file-bytes`
findings-document-too-large = dokumentet er større enn grensen på { $max } byte
findings-document-too-large-help = skriv mange forløp som JSON Lines, eller hev grensen
findings-line-too-long = linjen er på { $size } byte, mer enn grensen på { $max } byte
findings-line-too-long-help = hev grensen med `--max-line-bytes`
findings-not-utf8 = filen er ikke gyldig UTF-8 (byte 0x{ $byte })
findings-not-utf8-help = lagre filen som UTF-8; Windows-1252 og Latin-1 godtas ikke
findings-text-not-utf8 = teksten er ikke UTF-8 (ved byte { $byte })
findings-save-as-utf8 = lagre filen som UTF-8
findings-bom = filen begynner med en UTF-8-BOM (byte order mark)
findings-bom-help = lagre filen som UTF-8 uten BOM
findings-not-regular-file = ikke en vanlig fil, men { $kind }
findings-file-kind = { $kind ->
    [fifo] et navngitt rør (FIFO)
    [device] en enhet
    [socket] en socket
    [directory] en mappe
    [symlink] en symbolsk lenke
    [file] en vanlig fil
   *[special] en spesialfil
}

## JSON-syntaks

findings-invalid-json = ugyldig JSON: { $message }
findings-json-empty = dokumentet er tomt
findings-json-empty-help = skriv ett JSON-objekt `{"{"} … {"}"}`; skjemaet ligger i schemas/
findings-json-after-end = uventet tekst etter slutten av JSON-dokumentet
findings-json-after-end-help = en .json-fil inneholder ett dokument: fjern det som kommer etter, eller skriv ett dokument per linje i en .jsonl-fil
findings-json-unfinished-help = lukk hver `{"{"}`, `[` og `"` som dokumentet åpner (i en .jsonl-fil inneholder hver linje ett helt dokument)
findings-json-unexpected-end = uventet slutt på filen, forventet { $expected ->
    [value] en JSON-verdi
    [key] en nøkkel i doble anførselstegn
    [colon] `:` etter nøkkelen
    [comma-or-brace] `,` eller `{"}"}`
    [comma-or-bracket] `,` eller `]`
    [escape] en escape-sekvens (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] et siffer
    [digit-after-point] et siffer etter `.`
   *[digit-in-exponent] et siffer i eksponenten
}
findings-json-unexpected = uventet `{ $found }`, forventet { $expected ->
    [value] en JSON-verdi
    [key] en nøkkel i doble anførselstegn
    [colon] `:` etter nøkkelen
    [comma-or-brace] `,` eller `{"}"}`
    [comma-or-bracket] `,` eller `]`
    [escape] en escape-sekvens (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] et siffer
    [digit-after-point] et siffer etter `.`
   *[digit-in-exponent] et siffer i eksponenten
}
findings-json-trailing-comma-help = fjern `,` foran: JSON tillater ikke komma etter det siste elementet
findings-json-single-quotes-help = JSON bruker doble anførselstegn `"` rundt nøkler og tekster, ikke enkle
findings-json-comment-help = JSON har ikke kommentarer: fjern den
findings-json-missing-comma-help = det mangler `,` mellom dette og det som står foran
findings-json-unquoted-key-help = sett nøkkelen i doble anførselstegn, for eksempel `"task"`
findings-json-bare-word-help = sett tekst i doble anførselstegn; de eneste ordene JSON kjenner uten anførselstegn, er `true`, `false` og `null`
findings-json-backslash-help = en `\` i en tekst starter en escape-sekvens; skriv selve den omvendte skråstreken som `\\`
findings-json-too-deep = nøstet dypere enn { $max } nivåer
findings-json-lone-surrogate = et enslig UTF-16-surrogat i en \u-sekvens
findings-json-surrogate-pair = et ugyldig UTF-16-surrogatpar i en \u-sekvens
findings-json-bad-u-escape = en ugyldig \u-sekvens
findings-json-control-character = et kontrolltegn inne i en tekst; skriv det som en escape-sekvens, for eksempel \n
findings-json-end-in-string = uventet slutt på filen inne i en tekst
findings-json-hex-digits = en \u-sekvens trenger fire heksadesimale sifre
findings-json-number-range = tallet `{ $number }` er utenfor gyldig område
findings-duplicate-key = nøkkelen { $key } står to ganger; første gang på linje { $line }
findings-duplicate-key-help = fjern en av dem; programmer som leser filen, er uenige om hvilken som gjelder

## Brudd på JSON-skjemaet

findings-schema-required = { $property } er et påkrevd felt
findings-schema-type = { $value } er ikke av typen "{ $wanted }"
findings-schema-types = { $value } er ikke av typene { $wanted }
findings-schema-enum-one = { $value } er ikke { $option }
findings-schema-enum = { $value } er ikke en av { $options } eller { $last }
findings-schema-enum-more = { $value } er ikke en av { $options } eller { $count } andre verdier
findings-schema-pattern = { $value } passer ikke med mønsteret "{ $pattern }"
findings-schema-format = { $value } er ikke en gyldig "{ $format }"
findings-schema-min-length = { $value } er kortere enn { $limit } tegn
findings-schema-max-length = { $value } er lengre enn { $limit } tegn
findings-schema-min-items = { $value } har færre enn { $limit } { $limit ->
    [one] element
   *[other] elementer
}
findings-schema-max-items = { $value } har flere enn { $limit } { $limit ->
    [one] element
   *[other] elementer
}
findings-schema-minimum = { $value } er mindre enn minsteverdien { $limit }
findings-schema-maximum = { $value } er større enn høyeste verdi { $limit }
findings-schema-const = { $expected } var forventet
findings-schema-unique = { $value } har like elementer
findings-unknown-field = ukjent felt `{ $field }`
findings-did-you-mean = mente du `{ $meant }`?
findings-check-spelling = sjekk stavemåten mot { $schema }
findings-allowed-fields = feltene som er tillatt her, er { $fields } ({ $schema })
findings-schema-add = legg til `{ $field }`
findings-schema-add-described = legg til `{ $field }`: { $description }
findings-schema-at-least-one = oppgi minst én
findings-schema-at-least-one-described = oppgi minst én: { $description }
findings-schema-at-least = oppgi minst { $count }
findings-schema-write-something = skriv noe her
findings-schema-write-something-described = skriv noe her: { $description }
findings-schema-write-const = skriv `{ $value }` her
findings-write = skriv `{ $value }`
findings-write-true = skriv `true`, uten anførselstegn
findings-write-false = skriv `false`, uten anførselstegn
findings-write-true-or-false = skriv `true` eller `false`, uten anførselstegn
findings-write-unquoted = skriv `{ $value }`, uten anførselstegn
findings-write-quoted = skriv det i anførselstegn: `"{ $value }"`
findings-write-quoted-four-digits = skriv det i anførselstegn, med alle fire sifrene: `"{ $number }"`
findings-put-in-list = sett det i en liste: `[{ $value }]`
findings-one-document-per-file = en fil inneholder ett dokument: gi hvert dokument sin egen fil, eller skriv forløpene ett per linje i en .jsonl-fil (`jq -c '.[]' IN.json > OUT.jsonl`)
findings-schema-constraint = et krav i skjemaet

## Kommuner

findings-kommune-unknown = ukjent kommune `{ $input }`
findings-kommune-ambiguous = `{ $input }` kan være flere kommuner: { $candidates }
findings-kommune-unknown-offer = { $offer } Et kommunenummer (4 sifre) virker også
findings-kommune-unknown-help = oppgi kommunenummeret (4 sifre) eller dagens navn
findings-kommune-ambiguous-help = oppgi kommunenummeret til den du mener: { $numbers }
findings-kommune-ambiguous-region-help = oppgi kommunenummeret til den du mener: { $numbers } ({ $region })
findings-candidate-former-county = { $number } { $name } ({ $county }, tidligere { $former } { $former_number })
findings-candidate-former = { $number } { $name } (tidligere { $former } { $former_number })
findings-region-serves-none = region { $region } dekker ingen av dem
findings-region-serves-several = region { $region } dekker flere av dem
findings-former-number = kommunenummer { $number } ({ $former }, { $period }) er i dag { $today_number } { $today_name }
findings-former-name = `{ $input }` er et tidligere navn ({ $former }, { $period }, kommunenummer { $number }); i dag er det { $today_number } { $today_name }
findings-another-kommune = { $other } er en annen kommune, som { $region } ikke dekker
findings-other-kommuner = { $others } er andre kommuner, som { $region } ikke dekker
findings-taken-as = `{ $input }` er tolket som { $kommune }, som { $region } dekker; { $more }
findings-no-region-serves = ingen region i ansvar dekker { $kommune }
findings-kommune-in-region = { $name } hører til region { $regions }
findings-kommune-note-write = { $note }: skriv `{ $number }`
findings-kommune-is-write = `{ $given }` er kommune { $number } { $name }: skriv `{ $number }`
findings-no-kommune-called = ingen kommune heter `{ $given }`; mente du { $suggestions }? Skriv kommunenummeret
findings-kommune-outside-region = kommune { $number } { $name } hører ikke til region { $region } ({ $hf })
findings-unsettled-kommune = kildene avgjør ikke om region { $region } dekker kommune { $number } { $name }
findings-unsettled-kommune-note = kildene avgjør ikke om region { $region } dekker kommune { $number } { $name }: { $note }
findings-unsettled-kommune-agreement-help = regionens svar for kommunen får dette forbeholdet; tilhørigheten er registrert i schemas/kommuner.json
findings-unsettled-kommune-pathway-help = svarene for kommunen får dette forbeholdet; tilhørigheten er registrert i schemas/kommuner.json
findings-old-kommunenummer = { $number } er et gammelt kommunenummer: { $note }
findings-old-kommunenummer-split = { $number } er et gammelt kommunenummer, i dag delt mellom { $candidates }
findings-old-kommune-input = `{ $input }`: { $note }
findings-write-number = skriv "{ $number }"
findings-no-kommune-number = ingen kommune har nummeret { $number }
findings-kommunenummer-help = kommunenummer gyldig fra 1. januar 2024, 4 sifre
findings-kommune-input-help = et kommunenummer gyldig fra 1. januar 2024 (4 sifre), eller dagens navn

## Avtaler

findings-no-plugin-for-region = ingen utvidelse for region `{ $region }`
findings-unknown-task = ukjent oppgave `{ $task }`
findings-task-ids-help = gyldige oppgave-id-er står i schemas/catalogue.json
findings-duplicate-task = oppgaven `{ $task }` er fordelt to ganger (også i avtalepunkt { $clause })
findings-duplicate-task-help = slå sammen avtalepunktene: én oppgave, én fordeling
findings-shared-without-lead = den delte oppgaven `{ $task }` mangler leder
findings-shared-without-lead-help = legg til `"lead": "hf"` eller `"lead": "kommune"`
findings-lead-without-sharing = oppgaven `{ $task }` har leder, men er ikke delt
findings-lead-without-sharing-help = sett `"owner": "delt"` eller fjern `lead`
findings-dates-out-of-order = effective_to { $to } er før effective_from { $from }
findings-review-overdue = revisjonsdatoen { $review } er passert (dagens dato er { $today })
findings-review-overdue-help = gå gjennom avtalen og sett en ny revisjonsdato
findings-parties-not-signed = { $count ->
    [one] { $count } part mangler signatur: { $parties }
   *[other] { $count } parter mangler signatur: { $parties }
}
findings-parties-not-signed-help = legg inn en signatur for hver part, med `"signed": false` til parten har signert
findings-party-not-signed = parten { $party } har ikke signert
findings-signed-below-kommunestyre = kommune { $party } har signert på nivå { $level }, ikke i kommunestyret
findings-signed-below-kommunestyre-help = helse- og omsorgstjenesteloven § 6-1: avtalen inngås av kommunestyret
findings-renamed-fylkesmann = Fylkesmannen har hett Statsforvalteren siden 1. januar 2021
findings-renamed-fylkesmann-help = skriv «Statsforvalteren»

## Forløp

findings-no-embedded-region = ingen innebygd region `{ $region }`
findings-pathway-unreadable = forløpet kan ikke leses: { $why }
findings-compare-with-schema = sammenlign dokumentet med { $schema }
findings-no-region-plugin = ingen regionutvidelse heter `{ $region }`
findings-regions-help = `ansvar regions` viser regionene
findings-unknown-diagnosis = ukjent diagnosegruppe `{ $diagnosis }`
findings-diagnosis-groups-help = gyldige diagnosegrupper står i schemas/catalogue.json
findings-region-does-not-serve = region { $region } dekker ikke kommune { $kommune }
findings-step-unknown-task = steg `{ $step }`: ukjent oppgave `{ $task }`
# Et nivå slik det står i en lengre tekst.
findings-level = { $level ->
    [hf] helseforetaket
   *[kommune] kommunen
}
findings-owner = { $owner ->
    [hf] helseforetaket
   *[kommune] kommunen
}
findings-owner-lead = { $owner ->
    [hf] helseforetaket
   *[kommune] kommunen
} (leder, med { $contributors } som bidragsyter)
findings-wrong-level = steg `{ $step }` ({ $task }) er planlagt hos { $planned ->
    [hf] helseforetaket
    [kommune] kommunen
   *[other] { $planned }
}, men { $owner } er ansvarlig etter { $clause }
findings-wrong-level-help = planlegg steget hos { $owner ->
    [hf] helseforetaket
   *[kommune] kommunen
}: { $note }
findings-no-owner = steg `{ $step }` ({ $task }) har ingen planlagt ansvarlig; { $owner } er ansvarlig etter { $clause }
findings-no-owner-help = legg til `"planned_owner": "{ $owner }"`
findings-not-covered = steg `{ $step }` ({ $task }): ingen avtale i region { $region } dekker oppgaven; det nasjonale utgangspunktet legger den til { $owner }
findings-not-covered-help = legg oppgaven inn i regionens avtaler, eller sjekk at forløpet hører til denne regionen
findings-duplicate-step-id = steg-id `{ $step }` er brukt to ganger (steg { $first } og { $second })
findings-duplicate-step-id-help = gi hvert steg i et forløp sin egen id
findings-not-a-date = `{ $date }` er ikke en gyldig dato
findings-date-help = skriv datoen som ÅÅÅÅ-MM-DD
findings-plugin-refused-query = utvidelsen avviste spørringen: { $error }
findings-plugin-failed = utvidelsen feilet: { $error }
findings-check-panicked = kontrollen av disse forløpene feilet inne i ansvar ({ $why }); kjøringen fortsatte uten dem
findings-check-panicked-help = et svar fra en utvidelse som verten ikke ventet, kan gi dette: meld fra om det, sammen med utvidelsen og inndataene
findings-panic-without-message = ingen melding
# Malen til indicatif: human_pos og per_sec i klammeparenteser er dens felt, ikke Fluents.
findings-progress = {"  "}kontrollerte {"{"}human_pos{"}"} forløp ({"{"}per_sec{"}"})

## Finne dokumentene

findings-invalid-pattern = ugyldig mønster `{ $pattern }`: { $error }
findings-no-match = ingen fil passer med `{ $pattern }`
findings-cannot-read-path = kan ikke lese `{ $path }`: { $error }
findings-give-paths = { $kind ->
    [agreements] oppgi avtalefiler, mapper eller glob-mønstre
    [pathways] oppgi forløpsfiler (.json, .jsonl), mapper, glob-mønstre eller `-`
   *[cases] oppgi testfiler, mapper eller glob-mønstre
}
findings-skipped-files = merk: hoppet over { $count } { $count ->
    [one] fil
   *[other] filer
} i `{ $path }` som ikke er { $kind ->
    [agreements] .json
    [pathways] .jsonl, .ndjson eller .json under en `pathways`-mappe
   *[cases] .json under en `cases`-mappe
}
findings-cannot-read = kan ikke lese: { $error }
findings-link-loop = kan ikke lese: en symbolsk lenke peker tilbake til en overordnet mappe
findings-link-loop-help = fjern lenken eller la den peke et annet sted
findings-link-out = hoppet over: en symbolsk lenke ut av `{ $root }`
findings-link-out-to = hoppet over: en symbolsk lenke ut av `{ $root }` (til `{ $target }`)
findings-link-out-help = bruk --follow-links for å følge lenker ut av mappene som er oppgitt
findings-special-file-skipped = hoppet over: { $kind } er ikke en vanlig fil
findings-special-file-help = bare vanlige filer leses fra en mappe
