## Ansvarsmatrisen (`ansvar matrix`): Markdown og HTML til et avtalevedlegg.

matrix-title = Ansvarsmatrise for lærings- og mestringsoppgaver: { $region }
matrix-parties = Parter: { $hf } og kommunene i området ({ $parties } kommuner).
matrix-unsettled = Ikke parter, men betjent med forbehold fordi kildene ikke avgjør hvilket helseforetak kommunen hører til: { $kommuner }.
matrix-basis = Dokumenter: { $documents }. Regelgrunnlag: region-plugin { $region } (sha256 { $sha256 }), oppgavekatalog { $catalogue }. Generert av ansvar { $version } { $date }.
matrix-legend = Ansvarlig: nivået har oppgaven alene. Leder: oppgaven er delt, og nivået leder. Bidrar: nivået bidrar i en delt oppgave. Egne pasienter: hvert nivå har plikten fullt ut for sine egne pasienter; oppgaven er ikke delt. Rettsgrunnlag er lov; kilder er avtaler, veiledere og rapporter. Avvik viser sammenhenger der fordelingen er en annen enn den generelle. Tall i hakeparentes viser til forbeholdene under tabellen.
matrix-head-task = Oppgave
matrix-head-hf = HF
matrix-head-kommune = Kommune
matrix-head-clause = Avtalepunkt
matrix-head-basis = Rettsgrunnlag
matrix-head-sources = Kilder
matrix-head-exceptions = Avvik
matrix-head-caveats = Forbehold
matrix-caveats = Forbehold:
matrix-role = { $role ->
    [owner] Ansvarlig
    [lead] Leder
    [contributes] Bidrar
   *[own-patients] Egne pasienter
}
