## Kommandoene `analyze`, `test` og `plugin`: rapporten fra analyze om hull og
## motsigelser, linjene og oppsummeringen fra test, utdataene fra plugin inspect, og
## merkelappene i ansvarsmatrisen som bygges i engine/src/analyze.rs.

# ansvar analyze

commands-analyze-summary = { $region }: { $points } punkter ({ $tasks } oppgaver × { $diagnoses } diagnoseverdier × 4 aldersverdier × 4 faseverdier × { $kommuner } kommuner), { $shared } delte, { $cross_checked } kontrollert mot enkeltspørringer, på { $seconds } s
commands-analyze-ok = ok: hvert punkt har nøyaktig én ansvarlig, samlespørringen og enkeltspørringene svarer likt, hvert delt punkt har en leder, og ingen svar bryter loven
commands-analyze-problems = { $problems ->
        [one] ett problem
       *[other] { $problems } problemer
    }; { $shown ->
        [one] her er det første
       *[other] her er de { $shown } første
    }:
# $kind: gap, contradiction, no-lead eller statute (`kind` i JSON-utdataene).
commands-analyze-kind = { $kind ->
        [gap] hull
        [contradiction] motsigelse
        [no-lead] uten leder
       *[statute] i strid med loven
    }
# Et punkt i rommet av sammenhenger; $age og $phase er id-er (`child`, `during`) eller `-`.
commands-analyze-point = oppgave { $task } · kommune { $kommune } · diagnose { $diagnosis } · alder { $age } · fase { $phase }
commands-analyze-unknown-task = utvidelsen kjenner ikke oppgaven
commands-analyze-context-refused = utvidelsen avviste sammenhengen: { $error }
commands-analyze-no-lead = regel { $rule } gjør oppgaven delt uten en leder som er en annen enn bidragsyterne
# $owner: fordelingen i svaret (commands-level, commands-owner-lead).
commands-analyze-statute = regel { $rule } gir oppgaven til { $owner }: { $why }
commands-analyze-not-in-catalogue = oppgaven står ikke i oppgavekatalogen
commands-analyze-contradiction = samlespørringen svarer { $batch } (regel { $batch_rule }), en enkeltspørring svarer { $single } (regel { $single_rule })
commands-analyze-single-refused = samlespørringen svarer (regel { $rule }), men en enkeltspørring blir avvist: { $error }

# Hvorfor et svar bryter loven; $law er rettsgrunnlaget, skilt med `; `.
# $owner, $level: `hf` eller `kommune`; $phase: `before`, `during` eller `after`.
commands-analyze-statute-owner = loven gir oppgaven til { $owner ->
        [hf] helseforetaket
       *[kommune] kommunen
    } alene ({ $law })
commands-analyze-statute-hf-duty = helseforetaket kan ikke avtale seg bort fra plikten sin ({ $law })
commands-analyze-statute-hf-during = opplæringen helseforetaket gir under spesialisthelsetjenesten, kan ikke avtales bort ({ $law })
commands-analyze-statute-kommune-duty = kommunen kan ikke avtale seg bort fra plikten sin ({ $law })
commands-analyze-statute-own-patients = hvert nivå har plikten fullt ut for sine egne pasienter, ikke som en delt oppgave ({ $law })
commands-analyze-statute-phase = { $phase ->
        [before] før
        [during] under
       *[after] etter
    } spesialisthelsetjenesten er pasienten { $level ->
        [hf] helseforetakets
       *[kommune] kommunens
    }, og dermed også plikten ({ $law })

# Fordelingen i et svar: «helseforetaket», eller «helseforetaket (leder) + kommunen».
commands-level = { $level ->
        [hf] helseforetaket
       *[kommune] kommunen
    }
commands-owner-lead = { $owner } (leder) + { $contributors }

# Ansvarsmatrisen (`ansvar matrix`), et vedlegg til avtalene.

# $phase: `before`, `during` eller `after`.
commands-matrix-phase = { $phase ->
        [before] før spesialisthelsetjenesten
        [during] under spesialisthelsetjenesten
       *[after] etter spesialisthelsetjenesten
    }
# $age: `child`, `adult` eller `elderly`.
commands-matrix-age = { $age ->
        [child] barn
        [adult] voksne
       *[elderly] eldre
    }
commands-matrix-diagnosis = diagnose { $name }
commands-matrix-kommune = { $name } kommune
commands-matrix-kommune-number = kommune { $number }
# $level, $lead: `hf` eller `kommune`; $contributors: commands-matrix-level, skilt med komma.
commands-matrix-level = { $level ->
        [hf] HF
       *[kommune] kommunen
    }
commands-matrix-own-patients-here = hvert nivå for egne pasienter (her { $level ->
        [hf] HF
       *[kommune] kommunen
    })
commands-matrix-lead-and-contributors = { $lead ->
        [hf] HF
       *[kommune] kommunen
    } leder, { $contributors } bidrar

# ansvar test

commands-test-unreadable = kan ikke lese `{ $path }`
commands-test-unreadable-because = kan ikke lese `{ $path }`: { $error }
commands-test-no-cases = fant ingen filer med testtilfeller
commands-test-no-cases-help = testtilfellene ligger i *.json-filer i en mappe som heter `cases`, for eksempel plugins/<region>/cases/
commands-test-bad-case-file-help = sammenlign filen med schemas/cases.schema.json
commands-test-empty-case = et testtilfelle trenger `who`, `pathway` eller `agreement`
commands-test-query-refused = utvidelsen avviste spørringen: { $error }
# Det et testtilfelle ventet eller fikk: ingenting.
commands-test-none = (ingen)
commands-test-no-such-step = steget finnes ikke
commands-test-step-verdict = vurderingen av steget `{ $step }`
# $passed: `yes` eller `no`.
commands-test-case = { $passed ->
        [yes] OK
       *[no] FEIL
    } { $name } ({ $file })
commands-test-error = feil: { $error }
# $what: et felt i `expect` (`owner`, `findings`) eller commands-test-step-verdict.
commands-test-diff =
    {"  "}{ $what }:
    {"    "}- forventet: { $expected }
    {"    "}+ faktisk:   { $actual }
commands-test-summary = { $cases ->
        [one] ett testtilfelle
       *[other] { $cases } testtilfeller
    }: { $passed } bestått, { $failed } feilet
commands-test-coverage-line = dekning { $region }: { $coverage }
# Det testtilfellene i en region prøvde; *_unset er `yes` eller `no` (om et tilfelle
# lot verdien stå tom); $missing er oppgavene ingen tilfeller spør om, skilt med komma.
commands-test-coverage =
    oppgaver { $tasks_covered }/{ $tasks }{ $missing_count ->
        [0] {""}
       *[other] {" "}(mangler: { $missing })
    }; fase { $phases }/3 (+ikke oppgitt: { $phase_unset ->
        [yes] ja
       *[no] nei
    }); alder { $ages }/3 (+ikke oppgitt: { $age_unset ->
        [yes] ja
       *[no] nei
    }); diagnose { $diagnoses_covered }/{ $diagnoses } (+ikke oppgitt: { $diagnosis_unset ->
        [yes] ja
       *[no] nei
    }); kommuner { $kommuner_covered }/{ $kommuner }
commands-test-junit-failure = forventet og faktisk resultat er ulike
commands-test-junit-diff = { $what }: forventet { $expected }, faktisk { $actual }

# ansvar plugin inspect

commands-inspect-region-not-read = ikke hentet: å beskrive regionen krever at utvidelsen kjører (i sandkassen), og det skjer bare for en låst utvidelse eller med --allow-unpinned
commands-inspect-header =
    fil:         { $file }
    størrelse:   { $size } byte
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
    kommuner:    { $kommuner }
    oppgaver:    { $tasks } (katalog { $catalogue_version }, sdk { $sdk_version })
commands-inspect-imports = importer:    { $imports } (tillatt: ansvar:region/*; avvist: { $denied })
commands-inspect-denied = {"  "}avvist     { $import }
