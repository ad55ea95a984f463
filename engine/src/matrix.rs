//! The responsibility matrix of a region as a document for an agreement appendix:
//! Markdown, or a self-contained HTML page that prints well (`ansvar matrix`, and the
//! server's matrix endpoint).

use std::fmt::Write as _;

use crate::analyze::Row;
use crate::pathway::Region;

fn heading(region: &Region) -> (String, String) {
    let i = &region.info;
    (
        format!(
            "Ansvarsmatrise for lærings- og mestringsoppgaver: {}",
            i.name
        ),
        format!(
            "Parter: {} og kommunene i området ({} kommuner). Avtaler: {}. Regelgrunnlag: region-plugin {} (sha256 {}), oppgavekatalog {}. Generert av ansvar {} {}.",
            i.hf_parties.join(", "),
            i.kommuner.len(),
            i.agreements
                .iter()
                .map(|a| a.title.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            i.id,
            &region.plugin.sha256[..16],
            i.catalogue_version,
            env!("CARGO_PKG_VERSION"),
            crate::agreement::today()
        ),
    )
}

fn exceptions(row: &Row) -> String {
    row.exceptions
        .iter()
        .map(|(at, who)| format!("{at}: {who}"))
        .collect::<Vec<_>>()
        .join("; ")
}

const LEGEND: &str = "Ansvarlig: nivået har oppgaven alene. Leder: oppgaven er delt, og nivået leder. Bidrar: nivået bidrar i en delt oppgave. Avvik viser sammenhenger der fordelingen er en annen enn den generelle.";

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(region: &Region, rows: &[Row]) -> String {
    let (title, intro) = heading(region);
    let mut s = format!("# {title}\n\n{intro}\n\n{LEGEND}\n\n");
    s.push_str("| Oppgave | HF | Kommune | Avtalepunkt | Rettslig grunnlag | Avvik |\n");
    s.push_str("|---|---|---|---|---|---|\n");
    for r in rows {
        let _ = writeln!(
            s,
            "| {} (`{}`) | {} | {} | {} | {} | {} |",
            md_cell(&r.name),
            r.task,
            crate::analyze::cell(r, "hf"),
            crate::analyze::cell(r, "kommune"),
            md_cell(&r.clause),
            md_cell(&r.basis.join("; ")),
            md_cell(&exceptions(r))
        );
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn html(region: &Region, rows: &[Row]) -> String {
    let (title, intro) = heading(region);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
  body {{ font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; margin: 2em; color: #111; }}
  h1 {{ font-size: 15pt; margin-bottom: .3em; }}
  p {{ max-width: 60em; }}
  table {{ border-collapse: collapse; width: 100%; }}
  th, td {{ border: 1px solid #888; padding: .3em .45em; vertical-align: top; text-align: left; }}
  th {{ background: #e8e8e8; }}
  td.level {{ text-align: center; white-space: nowrap; }}
  td.Ansvarlig {{ background: #cfe3cf; font-weight: bold; }}
  td.Leder {{ background: #dfeadf; font-weight: bold; }}
  td.Bidrar {{ background: #f3f3e0; }}
  code {{ font-size: 9pt; color: #444; }}
  thead {{ display: table-header-group; }}
  tr {{ page-break-inside: avoid; break-inside: avoid; }}
  @page {{ size: A4 landscape; margin: 1.5cm; }}
  @media print {{ body {{ margin: 0; font-size: 9pt; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<p>{LEGEND}</p>
<table>
<thead><tr><th>Oppgave</th><th>HF</th><th>Kommune</th><th>Avtalepunkt</th><th>Rettslig grunnlag</th><th>Avvik</th></tr></thead>
<tbody>
"#,
        title = esc(&title),
        intro = esc(&intro),
    );
    for r in rows {
        let hf = crate::analyze::cell(r, "hf");
        let k = crate::analyze::cell(r, "kommune");
        let _ = writeln!(
            s,
            "<tr><td>{} <code>{}</code></td><td class=\"level {hf}\">{hf}</td><td class=\"level {k}\">{k}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.name),
            esc(&r.task),
            esc(&r.clause),
            esc(&r.basis.join("; ")),
            esc(&exceptions(r))
        );
    }
    s.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    s
}
