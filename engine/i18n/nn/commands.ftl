## Kommandoane `analyze`, `test` og `plugin`: rapporten frå analyze om hol og
## motseiingar, linjene og samandraget frå test, utdata frå plugin inspect, og
## merkelappane i ansvarsmatrisa som vert bygd i engine/src/analyze.rs.

# ansvar analyze

commands-analyze-summary = { $region }: { $points } punkt ({ $tasks } oppgåver × { $diagnoses } diagnoseverdiar × 4 aldersverdiar × 4 faseverdiar × { $kommuner } kommunar), { $shared } delte, { $cross_checked } kontrollerte mot enkeltspørjingar, på { $seconds } s
commands-analyze-ok = ok: kvart punkt har nøyaktig éin ansvarleg, samlespørjinga og enkeltspørjingane svarar likt, kvart delt punkt har ein leiar, og ikkje noko svar bryt lova
commands-analyze-problems = { $problems ->
        [one] eitt problem
       *[other] { $problems } problem
    }; { $shown ->
        [one] her er det første
       *[other] her er dei { $shown } første
    }:
# $kind: gap, contradiction, no-lead eller statute (`kind` i JSON-utdata).
commands-analyze-kind = { $kind ->
        [gap] hol
        [contradiction] motseiing
        [no-lead] utan leiar
       *[statute] i strid med lova
    }
# Eit punkt i rommet av samanhengar; $age og $phase er id-ar (`child`, `during`) eller `-`.
commands-analyze-point = oppgåve { $task } · kommune { $kommune } · diagnose { $diagnosis } · alder { $age } · fase { $phase }
commands-analyze-unknown-task = utvidinga kjenner ikkje oppgåva
commands-analyze-context-refused = utvidinga avviste samanhengen: { $error }
commands-analyze-no-lead = regel { $rule } gjer oppgåva delt utan ein leiar som er ein annan enn bidragsytarane
# $owner: fordelinga i svaret (commands-level, commands-owner-lead).
commands-analyze-statute = regel { $rule } gir oppgåva til { $owner }: { $why }
commands-analyze-not-in-catalogue = oppgåva står ikkje i oppgåvekatalogen
commands-analyze-contradiction = samlespørjinga svarar { $batch } (regel { $batch_rule }), ei enkeltspørjing svarar { $single } (regel { $single_rule })
commands-analyze-single-refused = samlespørjinga svarar (regel { $rule }), men ei enkeltspørjing vert avvist: { $error }

# Kvifor eit svar bryt lova; $law er rettsgrunnlaget, skilt med `; `.
# $owner, $level: `hf` eller `kommune`; $phase: `before`, `during` eller `after`.
commands-analyze-statute-owner = lova gir oppgåva til { $owner ->
        [hf] helseføretaket
       *[kommune] kommunen
    } åleine ({ $law })
commands-analyze-statute-hf-duty = helseføretaket kan ikkje avtale seg bort frå plikta si ({ $law })
commands-analyze-statute-hf-during = opplæringa helseføretaket gir under spesialisthelsetenesta, kan ikkje avtalast bort ({ $law })
commands-analyze-statute-kommune-duty = kommunen kan ikkje avtale seg bort frå plikta si ({ $law })
commands-analyze-statute-own-patients = kvart nivå har plikta fullt ut for sine eigne pasientar, ikkje som ei delt oppgåve ({ $law })
commands-analyze-statute-phase = { $phase ->
        [before] før
        [during] under
       *[after] etter
    } spesialisthelsetenesta er pasienten { $level ->
        [hf] helseføretaket sin
       *[kommune] kommunen sin
    }, og dermed òg plikta ({ $law })

# Fordelinga i eit svar: «helseføretaket», eller «helseføretaket (leiar) + kommunen».
commands-level = { $level ->
        [hf] helseføretaket
       *[kommune] kommunen
    }
commands-owner-lead = { $owner } (leiar) + { $contributors }

# Ansvarsmatrisa (`ansvar matrix`), eit vedlegg til avtalane.

# $phase: `before`, `during` eller `after`.
commands-matrix-phase = { $phase ->
        [before] før spesialisthelsetenesta
        [during] under spesialisthelsetenesta
       *[after] etter spesialisthelsetenesta
    }
# $age: `child`, `adult` eller `elderly`.
commands-matrix-age = { $age ->
        [child] barn
        [adult] vaksne
       *[elderly] eldre
    }
commands-matrix-diagnosis = diagnose { $name }
commands-matrix-kommune = { $name } kommune
commands-matrix-kommune-number = kommune { $number }
# $level, $lead: `hf` eller `kommune`; $contributors: commands-matrix-level, skilde med komma.
commands-matrix-level = { $level ->
        [hf] HF
       *[kommune] kommunen
    }
commands-matrix-own-patients-here = kvart nivå for eigne pasientar (her { $level ->
        [hf] HF
       *[kommune] kommunen
    })
commands-matrix-lead-and-contributors = { $lead ->
        [hf] HF
       *[kommune] kommunen
    } leier, { $contributors } bidreg

# ansvar test

commands-test-unreadable = kan ikkje lese `{ $path }`
commands-test-unreadable-because = kan ikkje lese `{ $path }`: { $error }
commands-test-no-cases = fann ingen filer med testtilfelle
commands-test-no-cases-help = testtilfella ligg i *.json-filer i ei mappe som heiter `cases`, til dømes plugins/<region>/cases/
commands-test-bad-case-file-help = samanlikn fila med schemas/cases.schema.json
commands-test-empty-case = eit testtilfelle treng `who`, `pathway` eller `agreement`
commands-test-query-refused = utvidinga avviste spørjinga: { $error }
# Det eit testtilfelle venta eller fekk: ingenting.
commands-test-none = (ingen)
commands-test-no-such-step = steget finst ikkje
commands-test-step-verdict = vurderinga av steget `{ $step }`
# $passed: `yes` eller `no`.
commands-test-case = { $passed ->
        [yes] OK
       *[no] FEIL
    } { $name } ({ $file })
commands-test-error = feil: { $error }
# $what: eit felt i `expect` (`owner`, `findings`) eller commands-test-step-verdict.
commands-test-diff =
    {"  "}{ $what }:
    {"    "}- venta:   { $expected }
    {"    "}+ faktisk: { $actual }
commands-test-summary = { $cases ->
        [one] eitt testtilfelle
       *[other] { $cases } testtilfelle
    }: { $passed } bestått, { $failed } feila
commands-test-coverage-line = dekning { $region }: { $coverage }
# Det testtilfella i ein region prøvde; *_unset er `yes` eller `no` (om eit tilfelle
# let verdien stå tom); $missing er oppgåvene ingen tilfelle spør om, skilde med komma.
commands-test-coverage =
    oppgåver { $tasks_covered }/{ $tasks }{ $missing_count ->
        [0] {""}
       *[other] {" "}(manglar: { $missing })
    }; fase { $phases }/3 (+ikkje oppgitt: { $phase_unset ->
        [yes] ja
       *[no] nei
    }); alder { $ages }/3 (+ikkje oppgitt: { $age_unset ->
        [yes] ja
       *[no] nei
    }); diagnose { $diagnoses_covered }/{ $diagnoses } (+ikkje oppgitt: { $diagnosis_unset ->
        [yes] ja
       *[no] nei
    }); kommunar { $kommuner_covered }/{ $kommuner }
commands-test-junit-failure = venta og faktisk resultat er ulike
commands-test-junit-diff = { $what }: venta { $expected }, faktisk { $actual }

# ansvar plugin inspect

commands-inspect-region-not-read = ikkje henta: å skildre regionen krev at utvidinga køyrer (i sandkassa), og det skjer berre for ei låst utviding eller med --allow-unpinned
commands-inspect-header =
    fil:         { $file }
    storleik:    { $size } byte
    sha256:      { $sha256 }
    låst:        { $pinned ->
        [yes] ja
        [mismatch] avvik (låst: { $pinned_digest })
       *[no] nei
    }
    api:         ansvar:region@{ $api_version }
commands-inspect-no-region = region:      { $note }
commands-inspect-region =
    region:      { $id } — { $name } ({ $rhf })
    HF:          { $hf_parties }
commands-inspect-agreement = avtale:      { $id } (versjon { $version })
commands-inspect-tasks =
    kommunar:    { $kommuner }
    oppgåver:    { $tasks } (katalog { $catalogue_version }, sdk { $sdk_version })
commands-inspect-imports = importar:    { $imports } (tillate: ansvar:region/*; avvist: { $denied })
commands-inspect-denied = {"  "}avvist     { $import }
