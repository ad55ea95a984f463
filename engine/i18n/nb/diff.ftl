## Endringsrapporten (`ansvar diff`): rapport som tekst, Markdown og HTML, og feilene.

## Verdier i sammenhengsrommet

diff-unset = ikke oppgitt
diff-age = { $age ->
    [child] barn
    [adult] voksne
   *[elderly] eldre
}
diff-phase = { $phase ->
    [before] før
    [during] under
   *[after] etter
}
# En liste med to eller flere ledd: `items` er alle unntatt det siste, skilt med ", ".
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
    [phase] faser
   *[kommune] kommuner
} unntatt { $values }
diff-all-contexts = alle sammenhenger
diff-space = { $tasks } oppgaver × { $diagnoses } diagnoseverdier × 4 aldersverdier × 4 faseverdier × { $kommuner } kommuneverdier, hver med «ikke oppgitt»

## Avgjørelser

diff-ruling-given = gitt
diff-ruling-none = ingen ({ $why })
diff-no-ruling-task = { $region } kjenner ikke oppgaven
diff-no-ruling-kommune = kommunen hører ikke til { $region }
diff-no-ruling-diagnosis = { $region } kjenner ikke diagnosegruppen
diff-allocation-none = ingen avgjørelse
diff-allocation-shared = delt: { $lead } leder, { $contributors } bidrar
diff-clause-set-aside = punkt { $index } i { $agreement } settes til side: { $why }; loven går foran avtalen
# Dokumentfeltet for kommunene som er parter: de som gikk ut, og de som kom inn.
diff-field-kommuner-left-joined = parties.kommuner (gått ut → gått inn)

## Ren tekst

diff-text-section = { $kind ->
    [plugin] utvidelse
   *[agreement] avtale
} { $region }: { $old } → { $new }
diff-text-document-field = dokument { $field }: { $old } → { $new }
diff-text-clause = { $change ->
    [added] nytt
    [removed] fjernet
   *[changed] endret
} punkt `{ $task }`
diff-text-clause-fields = { $change ->
    [added] nytt
    [removed] fjernet
   *[changed] endret
} punkt `{ $task }`: { $fields }
diff-text-documents-same = dokumentene sier det samme
diff-text-walk = hele rommet er gått gjennom: { $points } punkter sammenlignet ({ $space }); { $changed } endret i { $tasks } oppgaver
diff-text-task = { $task } ({ $name }): { $points } punkter
diff-text-field = { $field ->
    [ruling] avgjørelse
    [owner] ansvarlig
    [lead] leder
    [contributors] bidrar
    [partners] samarbeidspartnere
    [clause] avtalepunkt
    [basis] rettslig grunnlag
    [paragraph_6_2] hol. § 6-2 nr.
   *[caveats] forbehold
}
diff-text-group = { $points } punkter, der:
diff-text-pathways = forløp { $file }: { $pathways } forløp sjekket, { $changed } får en annen vurdering ({ $steps } steg: { $ok_to_wrong } riktig → feil, { $wrong_to_ok } feil → riktig, { $other } annet)
diff-text-pathways-task = oppgave { $task }: { $steps } steg
diff-text-pathways-kommune = kommune { $kommune }: { $steps } steg
diff-text-pathways-first = første berørte forløp: { $pathways }

## Markdown og HTML

diff-title = Hva endringen endrer
diff-no-changes = Ingen endringer i ansvarsfordelingen.
diff-html-legend = Merket: celler der den generelle fordelingen (ingen sammenheng oppgitt) endres, og oppgaver med endringer i noen sammenheng. <del>Før</del> → <ins>etter</ins>.
diff-head-document-change = Endring i dokumentet
diff-head-before = Før
diff-head-after = Etter
diff-head-field = Felt
diff-head-applies = Gjelder
diff-head-task = Oppgave
diff-head-hf = HF
diff-head-kommune = Kommune
diff-head-clause = Avtalepunkt
diff-head-changes = Endringer
diff-head-steps = Steg
# `task` kommer ferdig formatert som kode.
diff-clause-change = punkt { $task } ({ $change ->
    [added] nytt
    [removed] fjernet
   *[changed] endret
})
diff-summary = Hele sammenhengsrommet er gått gjennom: { $points } punkter sammenlignet ({ $space }). { $changed } punkter i { $tasks } oppgaver får en annen avgjørelse.
# `task` kommer ferdig formatert som kode.
diff-task-heading = { $name } ({ $task }): { $points } punkter
diff-field = { $field ->
    [ruling] Avgjørelse
    [owner] Ansvarlig
    [lead] Leder
    [contributors] Bidrar
    [partners] Samarbeidspartnere
    [clause] Avtalepunkt
    [basis] Rettslig grunnlag
    [paragraph_6_2] Hol. § 6-2 nr.
   *[caveats] Forbehold
}
diff-role = { $role ->
    [owner] Ansvarlig
    [lead] Leder
   *[contributes] Bidrar
}
diff-group-points = ({ $points } punkter: { $conditions })
diff-pathways-title = Planlagte pasientforløp
# `file` kommer ferdig formatert som kode.
diff-pathways-summary = { $pathways } forløp i { $file }: { $changed } får en annen vurdering ({ $steps } steg: { $ok_to_wrong } fra riktig til feil nivå, { $wrong_to_ok } fra feil til riktig, { $other } annet).
diff-pathways-first = Første berørte forløp: { $pathways }
diff-pathways-first-short = Første berørte: { $pathways }.
diff-generated = Generert av ansvar { $version }.

## Lese sidene

diff-document-unreadable = { $label }: kan ikke lese dokumentet
diff-file-unreadable = kan ikke lese `{ $path }`: { $error }
diff-file-unreadable-after = kan ikke lese `{ $path }` etter linje { $line }: { $error }
diff-pathway-line = linje { $line }
diff-git-unrunnable = kan ikke kjøre git: { $error }
diff-git-failed = `git { $args }` feilet: { $error }
diff-rev-not-range = `{ $spec }` er ikke et område mellom to revisjoner
diff-rev-unknown = `{ $rev }` er ikke en revisjon i depotet i `{ $root }`

## Feil i kommandoen

diff-pathways-needs-plugins = --pathways krever to utvidelser
diff-pathways-needs-plugins-help = sammenlign utvidelser med --old-plugin/--new-plugin for å se hva de gjør med forløpene
diff-rev-one-path = --rev tar én PATH
diff-rev-one-path-help = f.eks. `ansvar diff --rev main..HEAD agreements/`
diff-rev-range-help = skriv området som `A..B`, f.eks. `main..HEAD`
diff-rev-git-help = kjør kommandoen i et git-depot, og oppgi revisjoner som finnes der
diff-fix-document-at-revision = rett dokumentet i den revisjonen
diff-documents-or-plugins = oppgi enten to dokumenter eller --old-plugin/--new-plugin
diff-documents-or-plugins-help = `ansvar diff OLD.json NEW.json` sammenligner dokumenter; `ansvar diff --old-plugin A.wasm --new-plugin B.wasm` sammenligner utvidelser
diff-plugin-regions-differ = den gamle utvidelsen er region `{ $old }`, og den nye er region `{ $new }`
diff-plugin-regions-differ-help = sammenlign to bygg av samme region
diff-pathways-unreadable-help = sjekk at filen finnes og kan leses
diff-nothing-to-compare = ingenting å sammenligne
diff-nothing-to-compare-help = oppgi to avtaledokumenter (`ansvar diff OLD.json NEW.json`), to utvidelser (`--old-plugin A.wasm --new-plugin B.wasm`) eller et git-område (`--rev main..HEAD agreements/`)
diff-documents-help = oppgi to avtaledokumenter som `ansvar check` godtar
diff-document-regions-differ = det gamle dokumentet gjelder region `{ $old }`, og det nye gjelder `{ $new }`
diff-document-regions-differ-help = sammenlign to versjoner av dokumentet til én region
