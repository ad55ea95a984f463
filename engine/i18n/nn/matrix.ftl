## Ansvarsmatrisa (`ansvar matrix`): Markdown og HTML til eit avtalevedlegg.

matrix-title = Ansvarsmatrise for lærings- og meistringsoppgåver: { $region }
matrix-parties = Partar: { $hf } og kommunane i området ({ $parties } kommunar).
matrix-unsettled = Ikkje partar, men får tenester med atterhald fordi kjeldene ikkje avgjer kva helseføretak kommunen høyrer til: { $kommuner }.
matrix-basis = Dokument: { $documents }. Regelgrunnlag: region-plugin { $region } (sha256 { $sha256 }), oppgåvekatalog { $catalogue }. Generert av ansvar { $version } { $date }.
matrix-legend = Ansvarleg: nivået har oppgåva åleine. Leiar: oppgåva er delt, og nivået leier. Bidreg: nivået bidreg i ei delt oppgåve. Eigne pasientar: kvart nivå har plikta fullt ut for sine eigne pasientar; oppgåva er ikkje delt. Rettsgrunnlag er lov; kjelder er avtalar, rettleiarar og rapportar. Avvik viser samanhengar der fordelinga er ei anna enn den generelle. Tal i hakeparentes viser til atterhalda under tabellen.
matrix-head-task = Oppgåve
matrix-head-hf = HF
matrix-head-kommune = Kommune
matrix-head-clause = Avtalepunkt
matrix-head-basis = Rettsgrunnlag
matrix-head-sources = Kjelder
matrix-head-exceptions = Avvik
matrix-head-caveats = Atterhald
matrix-caveats = Atterhald:
matrix-role = { $role ->
    [owner] Ansvarleg
    [lead] Leiar
    [contributes] Bidreg
   *[own-patients] Eigne pasientar
}
