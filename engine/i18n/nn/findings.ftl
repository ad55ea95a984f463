## Funna og lesefeila til sjølve motoren: lese filer og JSON, brot på JSON-skjemaet,
## kontrollane verten gjer av avtalar og forløp, kommunar, og å finne dokumenta ein
## kommando arbeider med.

## Lister

findings-list-and = { $items } og { $last }
findings-list-or = { $items } eller { $last }
# To ledd i éin tekst: ein merknad og det som følgjer av han, ein feil og hjelpa til han.
findings-joined = { $first }; { $second }

## Lese ei fil

findings-cannot-read-file = kan ikkje lese fila: { $error }
findings-cannot-read-file-help = sjekk at fila finst og kan lesast; ho kan ha vorte fjerna medan køyringa gjekk
findings-check-file-readable = sjekk at fila finst og kan lesast
findings-cannot-read-document = kan ikkje lese dokumentet: { $error }
findings-send-whole-document = send heile dokumentet
findings-too-large = fila er på { $size } byte, meir enn grensa på { $max } byte
findings-too-large-agreement-help = del opp dokumentet, eller auk grensa med `--max-file-bytes`
findings-too-large-pathway-help = skriv mange forløp som JSON Lines (.jsonl), eller auk grensa med `--max-file-bytes`
findings-document-too-large = dokumentet er større enn grensa på { $max } byte
findings-document-too-large-help = skriv mange forløp som JSON Lines, eller auk grensa
findings-line-too-long = lina er på { $size } byte, meir enn grensa på { $max } byte
findings-line-too-long-help = auk grensa med `--max-line-bytes`
findings-not-utf8 = fila er ikkje gyldig UTF-8 (byte 0x{ $byte })
findings-not-utf8-help = lagre fila som UTF-8; Windows-1252 og Latin-1 vert ikkje godtekne
findings-text-not-utf8 = teksten er ikkje UTF-8 (ved byte { $byte })
findings-save-as-utf8 = lagre fila som UTF-8
findings-bom = fila byrjar med ein UTF-8-BOM (byte order mark)
findings-bom-help = lagre fila som UTF-8 utan BOM
findings-not-regular-file = ikkje ei vanleg fil, men { $kind }
findings-file-kind = { $kind ->
    [fifo] eit namngjeve røyr (FIFO)
    [device] ei eining
    [socket] ein socket
    [directory] ei mappe
    [symlink] ei symbolsk lenkje
    [file] ei vanleg fil
   *[special] ei spesialfil
}

## JSON-syntaks

findings-invalid-json = ugyldig JSON: { $message }
findings-json-empty = dokumentet er tomt
findings-json-empty-help = skriv eitt JSON-objekt `{"{"} … {"}"}`; skjemaet ligg i schemas/
findings-json-after-end = uventa tekst etter slutten av JSON-dokumentet
findings-json-after-end-help = ei .json-fil held eitt dokument: fjern det som kjem etter, eller skriv eitt dokument per line i ei .jsonl-fil
findings-json-unfinished-help = lukk kvar `{"{"}`, `[` og `"` som dokumentet opnar (i ei .jsonl-fil held kvar line eitt heilt dokument)
findings-json-unexpected-end = uventa slutt på fila, venta { $expected ->
    [value] ein JSON-verdi
    [key] ein nøkkel i doble hermeteikn
    [colon] `:` etter nøkkelen
    [comma-or-brace] `,` eller `{"}"}`
    [comma-or-bracket] `,` eller `]`
    [escape] ein escape-sekvens (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] eit siffer
    [digit-after-point] eit siffer etter `.`
   *[digit-in-exponent] eit siffer i eksponenten
}
findings-json-unexpected = uventa `{ $found }`, venta { $expected ->
    [value] ein JSON-verdi
    [key] ein nøkkel i doble hermeteikn
    [colon] `:` etter nøkkelen
    [comma-or-brace] `,` eller `{"}"}`
    [comma-or-bracket] `,` eller `]`
    [escape] ein escape-sekvens (\" \\ \/ \b \f \n \r \t \uXXXX)
    [digit] eit siffer
    [digit-after-point] eit siffer etter `.`
   *[digit-in-exponent] eit siffer i eksponenten
}
findings-json-trailing-comma-help = fjern `,` framfor: JSON tillèt ikkje komma etter det siste elementet
findings-json-single-quotes-help = JSON brukar doble hermeteikn `"` rundt nøklar og tekstar, ikkje enkle
findings-json-comment-help = JSON har ikkje kommentarar: fjern han
findings-json-missing-comma-help = det manglar `,` mellom dette og det som står framfor
findings-json-unquoted-key-help = set nøkkelen i doble hermeteikn, til dømes `"task"`
findings-json-bare-word-help = set tekst i doble hermeteikn; dei einaste orda JSON kjenner utan hermeteikn, er `true`, `false` og `null`
findings-json-backslash-help = ein `\` i ein tekst startar ein escape-sekvens; skriv sjølve den omvende skråstreken som `\\`
findings-json-too-deep = nøsta djupare enn { $max } nivå
findings-json-lone-surrogate = eit einsleg UTF-16-surrogat i ein \u-sekvens
findings-json-surrogate-pair = eit ugyldig UTF-16-surrogatpar i ein \u-sekvens
findings-json-bad-u-escape = ein ugyldig \u-sekvens
findings-json-control-character = eit kontrollteikn inne i ein tekst; skriv det som ein escape-sekvens, til dømes \n
findings-json-end-in-string = uventa slutt på fila inne i ein tekst
findings-json-hex-digits = ein \u-sekvens treng fire heksadesimale siffer
findings-json-number-range = talet `{ $number }` er utanfor gyldig område
findings-duplicate-key = nøkkelen { $key } står to gonger; første gong på line { $line }
findings-duplicate-key-help = fjern ein av dei; program som les fila, er usamde om kva for ein som gjeld

## Brot på JSON-skjemaet

findings-schema-required = { $property } er eit påkravd felt
findings-schema-type = { $value } er ikkje av typen "{ $wanted }"
findings-schema-types = { $value } er ikkje av typane { $wanted }
findings-schema-enum-one = { $value } er ikkje { $option }
findings-schema-enum = { $value } er ikkje ein av { $options } eller { $last }
findings-schema-enum-more = { $value } er ikkje ein av { $options } eller { $count } andre verdiar
findings-schema-pattern = { $value } passar ikkje med mønsteret "{ $pattern }"
findings-schema-format = { $value } er ikkje ein gyldig "{ $format }"
findings-schema-min-length = { $value } er kortare enn { $limit } teikn
findings-schema-max-length = { $value } er lengre enn { $limit } teikn
findings-schema-min-items = { $value } har færre enn { $limit } element
findings-schema-max-items = { $value } har fleire enn { $limit } element
findings-schema-minimum = { $value } er mindre enn minsteverdien { $limit }
findings-schema-maximum = { $value } er større enn høgsteverdien { $limit }
findings-schema-const = { $expected } var venta
findings-schema-unique = { $value } har like element
findings-unknown-field = ukjent felt `{ $field }`
findings-did-you-mean = meinte du `{ $meant }`?
findings-check-spelling = sjekk stavemåten mot { $schema }
findings-allowed-fields = felta som er tillatne her, er { $fields } ({ $schema })
findings-schema-add = legg til `{ $field }`
findings-schema-add-described = legg til `{ $field }`: { $description }
findings-schema-at-least-one = oppgje minst éin
findings-schema-at-least-one-described = oppgje minst éin: { $description }
findings-schema-at-least = oppgje minst { $count }
findings-schema-write-something = skriv noko her
findings-schema-write-something-described = skriv noko her: { $description }
findings-schema-write-const = skriv `{ $value }` her
findings-write = skriv `{ $value }`
findings-write-true = skriv `true`, utan hermeteikn
findings-write-false = skriv `false`, utan hermeteikn
findings-write-true-or-false = skriv `true` eller `false`, utan hermeteikn
findings-write-unquoted = skriv `{ $value }`, utan hermeteikn
findings-write-quoted = skriv det i hermeteikn: `"{ $value }"`
findings-write-quoted-four-digits = skriv det i hermeteikn, med alle fire siffera: `"{ $number }"`
findings-put-in-list = set det i ei liste: `[{ $value }]`
findings-one-document-per-file = ei fil held eitt dokument: gje kvart dokument si eiga fil, eller skriv forløpa eitt per line i ei .jsonl-fil (`jq -c '.[]' IN.json > OUT.jsonl`)
findings-schema-constraint = eit krav i skjemaet

## Kommunar

findings-kommune-unknown = ukjent kommune `{ $input }`
findings-kommune-ambiguous = `{ $input }` kan vere fleire kommunar: { $candidates }
findings-kommune-unknown-offer = { $offer } Eit kommunenummer (4 siffer) fungerer òg
findings-kommune-unknown-help = oppgje kommunenummeret (4 siffer) eller namnet kommunen har i dag
findings-kommune-ambiguous-help = oppgje kommunenummeret til den du meiner: { $numbers }
findings-kommune-ambiguous-region-help = oppgje kommunenummeret til den du meiner: { $numbers } ({ $region })
findings-candidate-former-county = { $number } { $name } ({ $county }, tidlegare { $former } { $former_number })
findings-candidate-former = { $number } { $name } (tidlegare { $former } { $former_number })
findings-region-serves-none = region { $region } dekkjer ingen av dei
findings-region-serves-several = region { $region } dekkjer fleire av dei
findings-former-number = kommunenummer { $number } ({ $former }, { $period }) er i dag { $today_number } { $today_name }
findings-former-name = `{ $input }` er eit tidlegare namn ({ $former }, { $period }, kommunenummer { $number }); i dag er det { $today_number } { $today_name }
findings-another-kommune = { $other } er ein annan kommune, som { $region } ikkje dekkjer
findings-other-kommuner = { $others } er andre kommunar, som { $region } ikkje dekkjer
findings-taken-as = `{ $input }` er tolka som { $kommune }, som { $region } dekkjer; { $more }
findings-no-region-serves = ingen region i ansvar dekkjer { $kommune }
findings-kommune-in-region = { $name } høyrer til region { $regions }
findings-kommune-note-write = { $note }: skriv `{ $number }`
findings-kommune-is-write = `{ $given }` er kommune { $number } { $name }: skriv `{ $number }`
findings-no-kommune-called = ingen kommune heiter `{ $given }`; meinte du { $suggestions }? Skriv kommunenummeret
findings-kommune-outside-region = kommune { $number } { $name } høyrer ikkje til region { $region } ({ $hf })
findings-unsettled-kommune = kjeldene avgjer ikkje om region { $region } dekkjer kommune { $number } { $name }
findings-unsettled-kommune-note = kjeldene avgjer ikkje om region { $region } dekkjer kommune { $number } { $name }: { $note }
findings-unsettled-kommune-agreement-help = svara regionen gjev for kommunen, får dette atterhaldet; tilhøyrsla er registrert i schemas/kommuner.json
findings-unsettled-kommune-pathway-help = svara for kommunen får dette atterhaldet; tilhøyrsla er registrert i schemas/kommuner.json
findings-old-kommunenummer = { $number } er eit gammalt kommunenummer: { $note }
findings-old-kommunenummer-split = { $number } er eit gammalt kommunenummer, i dag delt mellom { $candidates }
findings-old-kommune-input = `{ $input }`: { $note }
findings-write-number = skriv "{ $number }"
findings-no-kommune-number = ingen kommune har nummeret { $number }
findings-kommunenummer-help = kommunenummer gyldig frå 1. januar 2024, 4 siffer
findings-kommune-input-help = eit kommunenummer gyldig frå 1. januar 2024 (4 siffer), eller namnet kommunen har i dag

## Avtalar

findings-no-plugin-for-region = inga utviding for region `{ $region }`
findings-unknown-task = ukjent oppgåve `{ $task }`
findings-task-ids-help = gyldige oppgåve-id-ar står i schemas/catalogue.json
findings-duplicate-task = oppgåva `{ $task }` er fordelt to gonger (òg i avtalepunkt { $clause })
findings-duplicate-task-help = slå saman avtalepunkta: éi oppgåve, éi fordeling
findings-shared-without-lead = den delte oppgåva `{ $task }` manglar leiar
findings-shared-without-lead-help = legg til `"lead": "hf"` eller `"lead": "kommune"`
findings-lead-without-sharing = oppgåva `{ $task }` har leiar, men er ikkje delt
findings-lead-without-sharing-help = set `"owner": "delt"` eller fjern `lead`
findings-dates-out-of-order = effective_to { $to } er før effective_from { $from }
findings-review-overdue = revisjonsdatoen { $review } er passert (dagens dato er { $today })
findings-review-overdue-help = gå gjennom avtalen og set ein ny revisjonsdato
findings-parties-not-signed = { $count ->
    [one] { $count } part manglar signatur: { $parties }
   *[other] { $count } partar manglar signatur: { $parties }
}
findings-parties-not-signed-help = legg inn ein signatur for kvar part, med `"signed": false` til parten har signert
findings-party-not-signed = parten { $party } har ikkje signert
findings-signed-below-kommunestyre = kommune { $party } har signert på nivå { $level }, ikkje i kommunestyret
findings-signed-below-kommunestyre-help = helse- og omsorgstenestelova § 6-1: avtalen vert inngått av kommunestyret
findings-renamed-fylkesmann = Fylkesmannen har heitt Statsforvaltaren sidan 1. januar 2021
findings-renamed-fylkesmann-help = skriv «Statsforvaltaren» (på bokmål «Statsforvalteren»)

## Forløp

findings-no-embedded-region = inga innebygd region `{ $region }`
findings-pathway-unreadable = forløpet kan ikkje lesast: { $why }
findings-compare-with-schema = samanlikn dokumentet med { $schema }
findings-no-region-plugin = inga regionutviding heiter `{ $region }`
findings-regions-help = `ansvar regions` viser regionane
findings-unknown-diagnosis = ukjent diagnosegruppe `{ $diagnosis }`
findings-diagnosis-groups-help = gyldige diagnosegrupper står i schemas/catalogue.json
findings-region-does-not-serve = region { $region } dekkjer ikkje kommune { $kommune }
findings-step-unknown-task = steg `{ $step }`: ukjent oppgåve `{ $task }`
# Eit nivå slik det står i ein lengre tekst.
findings-level = { $level ->
    [hf] helseføretaket
   *[kommune] kommunen
}
findings-owner = { $owner ->
    [hf] helseføretaket
   *[kommune] kommunen
}
findings-owner-lead = { $owner ->
    [hf] helseføretaket
   *[kommune] kommunen
} (leiar, med { $contributors } som bidragsytar)
findings-wrong-level = steg `{ $step }` ({ $task }) er planlagt hos { $planned ->
    [hf] helseføretaket
    [kommune] kommunen
   *[other] { $planned }
}, men { $owner } er ansvarleg etter { $clause }
findings-wrong-level-help = planlegg steget hos { $owner ->
    [hf] helseføretaket
   *[kommune] kommunen
}: { $note }
findings-no-owner = steg `{ $step }` ({ $task }) har ingen planlagd ansvarleg; { $owner } er ansvarleg etter { $clause }
findings-no-owner-help = legg til `"planned_owner": "{ $owner }"`
findings-not-covered = steg `{ $step }` ({ $task }): ingen avtale i region { $region } dekkjer oppgåva; det nasjonale utgangspunktet legg ho til { $owner }
findings-not-covered-help = legg oppgåva inn i avtalane til regionen, eller sjekk at forløpet høyrer til denne regionen
findings-duplicate-step-id = steg-id `{ $step }` er brukt to gonger (steg { $first } og { $second })
findings-duplicate-step-id-help = gje kvart steg i eit forløp sin eigen id
findings-not-a-date = `{ $date }` er ikkje ein gyldig dato
findings-date-help = skriv datoen som ÅÅÅÅ-MM-DD
findings-plugin-refused-query = utvidinga avviste spørjinga: { $error }
findings-plugin-failed = utvidinga feila: { $error }
findings-check-panicked = kontrollen av desse forløpa feila inne i ansvar ({ $why }); køyringa heldt fram utan dei
findings-check-panicked-help = eit svar frå ei utviding som verten ikkje venta, kan gje dette: meld frå om det, saman med utvidinga og inndataa
findings-panic-without-message = inga melding
# Malen til indicatif: human_pos og per_sec i klammeparentesar er felta hans, ikkje Fluent sine.
findings-progress = {"  "}kontrollerte {"{"}human_pos{"}"} forløp ({"{"}per_sec{"}"})

## Finne dokumenta

findings-invalid-pattern = ugyldig mønster `{ $pattern }`: { $error }
findings-no-match = inga fil passar med `{ $pattern }`
findings-cannot-read-path = kan ikkje lese `{ $path }`: { $error }
findings-give-paths = { $kind ->
    [agreements] oppgje avtalefiler, mapper eller glob-mønster
    [pathways] oppgje forløpsfiler (.json, .jsonl), mapper, glob-mønster eller `-`
   *[cases] oppgje testfiler, mapper eller glob-mønster
}
findings-skipped-files = merk: hoppa over { $count } { $count ->
    [one] fil
   *[other] filer
} i `{ $path }` som ikkje er { $kind ->
    [agreements] .json
    [pathways] .jsonl, .ndjson eller .json under ei `pathways`-mappe
   *[cases] .json under ei `cases`-mappe
}
findings-cannot-read = kan ikkje lese: { $error }
findings-link-loop = kan ikkje lese: ei symbolsk lenkje peikar tilbake til ei overordna mappe
findings-link-loop-help = fjern lenkja eller la ho peike ein annan stad
findings-link-out = hoppa over: ei symbolsk lenkje ut av `{ $root }`
findings-link-out-to = hoppa over: ei symbolsk lenkje ut av `{ $root }` (til `{ $target }`)
findings-link-out-help = bruk --follow-links for å følgje lenkjer ut av mappene som er oppgjevne
findings-special-file-skipped = hoppa over: { $kind } er ikkje ei vanleg fil
findings-special-file-help = berre vanlege filer vert lesne frå ei mappe
