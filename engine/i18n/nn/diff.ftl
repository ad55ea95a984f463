## Endringsrapporten (`ansvar diff`): rapport som tekst, Markdown og HTML, og feila.

## Verdiar i samanhengsrommet

diff-unset = ikkje oppgitt
diff-age = { $age ->
    [child] barn
    [adult] vaksne
   *[elderly] eldre
}
diff-phase = { $phase ->
    [before] før
    [during] under
   *[after] etter
}
# Ei liste med to eller fleire ledd: `items` er alle utanom det siste, skilde med ", ".
diff-list-and = { $items } og { $last }
diff-condition-in = { $dimension ->
    [diagnosis] diagnosegruppe
    [age] aldersgruppe
    [phase] fase
   *[kommune] kommune
} { $values }
diff-condition-not-in = alle { $dimension ->
    [diagnosis] diagnosegrupper
    [age] aldersgrupper
    [phase] fasar
   *[kommune] kommunar
} utanom { $values }
diff-all-contexts = alle samanhengar
diff-space = { $tasks } oppgåver × { $diagnoses } diagnoseverdiar × 4 aldersverdiar × 4 faseverdiar × { $kommuner } kommuneverdiar, kvar med «ikkje oppgitt»

## Avgjerder

diff-ruling-given = gitt
diff-ruling-none = inga ({ $why })
diff-no-ruling-task = { $region } kjenner ikkje oppgåva
diff-no-ruling-kommune = kommunen høyrer ikkje til { $region }
diff-no-ruling-diagnosis = { $region } kjenner ikkje diagnosegruppa
diff-allocation-none = inga avgjerd
diff-allocation-shared = delt: { $lead } leiar, { $contributors } bidreg
diff-clause-set-aside = punkt { $index } i { $agreement } vert sett til side: { $why }; lova går føre avtalen
# Dokumentfeltet for kommunane som er partar: dei som gjekk ut, og dei som kom inn.
diff-field-kommuner-left-joined = parties.kommuner (gått ut → gått inn)

## Rein tekst

diff-text-section = { $kind ->
    [plugin] utviding
   *[agreement] avtale
} { $region }: { $old } → { $new }
diff-text-document-field = dokument { $field }: { $old } → { $new }
diff-text-clause = { $change ->
    [added] nytt
    [removed] fjerna
   *[changed] endra
} punkt `{ $task }`
diff-text-clause-fields = { $change ->
    [added] nytt
    [removed] fjerna
   *[changed] endra
} punkt `{ $task }`: { $fields }
diff-text-documents-same = dokumenta seier det same
diff-text-walk = heile rommet er gått gjennom: { $points } punkt samanlikna ({ $space }); { $changed } endra i { $tasks } oppgåver
diff-text-task = { $task } ({ $name }): { $points } punkt
diff-text-field = { $field ->
    [ruling] avgjerd
    [owner] ansvarleg
    [lead] leiar
    [contributors] bidreg
    [partners] samarbeidspartnarar
    [clause] avtalepunkt
    [basis] rettsleg grunnlag
    [paragraph_6_2] hol. § 6-2 nr.
   *[caveats] atterhald
}
diff-text-group = { $points } punkt, der:
diff-text-pathways = forløp { $file }: { $pathways } forløp sjekka, { $changed } får ei anna vurdering ({ $steps } steg: { $ok_to_wrong } rett → feil, { $wrong_to_ok } feil → rett, { $other } anna)
diff-text-pathways-task = oppgåve { $task }: { $steps } steg
diff-text-pathways-kommune = kommune { $kommune }: { $steps } steg
diff-text-pathways-first = første forløp som vert råka: { $pathways }

## Markdown og HTML

diff-title = Kva endringa endrar
diff-no-changes = Ingen endringar i ansvarsfordelinga.
diff-html-legend = Merkt: celler der den generelle fordelinga (ingen samanheng oppgitt) vert endra, og oppgåver med endringar i ein eller annan samanheng. <del>Før</del> → <ins>etter</ins>.
diff-head-document-change = Endring i dokumentet
diff-head-before = Før
diff-head-after = Etter
diff-head-field = Felt
diff-head-applies = Gjeld
diff-head-task = Oppgåve
diff-head-hf = HF
diff-head-kommune = Kommune
diff-head-clause = Avtalepunkt
diff-head-changes = Endringar
diff-head-steps = Steg
# `task` kjem ferdig formatert som kode.
diff-clause-change = punkt { $task } ({ $change ->
    [added] nytt
    [removed] fjerna
   *[changed] endra
})
diff-summary = Heile samanhengsrommet er gått gjennom: { $points } punkt samanlikna ({ $space }). { $changed } punkt i { $tasks } oppgåver får ei anna avgjerd.
# `task` kjem ferdig formatert som kode.
diff-task-heading = { $name } ({ $task }): { $points } punkt
diff-field = { $field ->
    [ruling] Avgjerd
    [owner] Ansvarleg
    [lead] Leiar
    [contributors] Bidreg
    [partners] Samarbeidspartnarar
    [clause] Avtalepunkt
    [basis] Rettsleg grunnlag
    [paragraph_6_2] Hol. § 6-2 nr.
   *[caveats] Atterhald
}
diff-role = { $role ->
    [owner] Ansvarleg
    [lead] Leiar
   *[contributes] Bidreg
}
diff-group-points = ({ $points } punkt: { $conditions })
diff-pathways-title = Planlagde pasientforløp
# `file` kjem ferdig formatert som kode.
diff-pathways-summary = { $pathways } forløp i { $file }: { $changed } får ei anna vurdering ({ $steps } steg: { $ok_to_wrong } frå rett til feil nivå, { $wrong_to_ok } frå feil til rett, { $other } anna).
diff-pathways-first = Første forløp som vert råka: { $pathways }
diff-pathways-first-short = Første som vert råka: { $pathways }.
diff-generated = Generert av ansvar { $version }.

## Lese sidene

diff-document-unreadable = { $label }: kan ikkje lese dokumentet
diff-file-unreadable = kan ikkje lese `{ $path }`: { $error }
diff-file-unreadable-after = kan ikkje lese `{ $path }` etter linje { $line }: { $error }
diff-pathway-line = linje { $line }
diff-git-unrunnable = kan ikkje køyre git: { $error }
diff-git-failed = `git { $args }` feila: { $error }
diff-rev-not-range = `{ $spec }` er ikkje eit område mellom to revisjonar
diff-rev-unknown = `{ $rev }` er ikkje ein revisjon i depotet i `{ $root }`

## Feil i kommandoen

diff-pathways-needs-plugins = --pathways krev to utvidingar
diff-pathways-needs-plugins-help = samanlikn utvidingar med --old-plugin/--new-plugin for å sjå kva dei gjer med forløpa
diff-rev-one-path = --rev tek éin PATH
diff-rev-one-path-help = t.d. `ansvar diff --rev main..HEAD agreements/`
diff-rev-range-help = skriv området som `A..B`, t.d. `main..HEAD`
diff-rev-git-help = køyr kommandoen i eit git-depot, og oppgi revisjonar som finst der
diff-fix-document-at-revision = rett dokumentet i den revisjonen
diff-documents-or-plugins = oppgi anten to dokument eller --old-plugin/--new-plugin
diff-documents-or-plugins-help = `ansvar diff OLD.json NEW.json` samanliknar dokument; `ansvar diff --old-plugin A.wasm --new-plugin B.wasm` samanliknar utvidingar
diff-plugin-regions-differ = den gamle utvidinga er region `{ $old }`, og den nye er region `{ $new }`
diff-plugin-regions-differ-help = samanlikn to bygg av same region
diff-pathways-unreadable-help = sjekk at fila finst og kan lesast
diff-nothing-to-compare = ingenting å samanlikne
diff-nothing-to-compare-help = oppgi to avtaledokument (`ansvar diff OLD.json NEW.json`), to utvidingar (`--old-plugin A.wasm --new-plugin B.wasm`) eller eit git-område (`--rev main..HEAD agreements/`)
diff-documents-help = oppgi to avtaledokument som `ansvar check` godtek
diff-document-regions-differ = det gamle dokumentet gjeld region `{ $old }`, og det nye gjeld `{ $new }`
diff-document-regions-differ-help = samanlikn to versjonar av dokumentet til éin region
