//! The responsibility matrix of a region as a document for an agreement appendix:
//! Markdown, or a self-contained HTML page that prints well (`ansvar matrix`, and the
//! server's matrix endpoint).

use std::fmt::Write as _;

use crate::analyze::{self, Row};
use crate::pathway::Region;

fn heading(region: &Region) -> (String, String) {
    let i = &region.info;
    // The kommuner the sources do not settle are served with a caveat, but are not
    // parties to the region's agreements.
    let register = crate::kommune::register();
    let unsettled: Vec<String> = i
        .kommuner
        .iter()
        .filter_map(|n| register.by_number(n))
        .filter(|k| k.regions.iter().any(|m| m.region == i.id && !m.settled))
        .map(|k| format!("{} ({})", k.name, k.number))
        .collect();
    let parties = i.kommuner.len() - unsettled.len();
    let unsettled = if unsettled.is_empty() {
        String::new()
    } else {
        format!(
            " Ikke parter, men betjent med forbehold fordi kildene ikke avgjør hvilket helseforetak kommunen hører til: {}.",
            unsettled.join(", ")
        )
    };
    (
        format!(
            "Ansvarsmatrise for lærings- og mestringsoppgaver: {}",
            i.name
        ),
        format!(
            "Parter: {} og kommunene i området ({parties} kommuner).{unsettled} Dokumenter: {}. Regelgrunnlag: region-plugin {} (sha256 {}), oppgavekatalog {}. Generert av ansvar {} {}.",
            i.hf_parties.join(", "),
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

/// Every caveat of the matrix once, numbered in the order the rows first name them,
/// and per row the numbers of its caveats.
fn caveat_notes(rows: &[Row]) -> (Vec<&str>, Vec<Vec<usize>>) {
    let mut all: Vec<&str> = Vec::new();
    let marks = rows
        .iter()
        .map(|r| {
            r.caveats
                .iter()
                .map(|c| match all.iter().position(|x| x == c) {
                    Some(i) => i + 1,
                    None => {
                        all.push(c);
                        all.len()
                    }
                })
                .collect()
        })
        .collect();
    (all, marks)
}

fn marks(numbers: &[usize]) -> String {
    numbers
        .iter()
        .map(|n| format!("[{n}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn exceptions(row: &Row) -> String {
    row.exceptions
        .iter()
        .map(|(at, who)| format!("{at}: {who}"))
        .collect::<Vec<_>>()
        .join("; ")
}

const LEGEND: &str = "Ansvarlig: nivået har oppgaven alene. Leder: oppgaven er delt, og nivået leder. Bidrar: nivået bidrar i en delt oppgave. Egne pasienter: hvert nivå har plikten fullt ut for sine egne pasienter; oppgaven er ikke delt. Rettsgrunnlag er lov; kilder er avtaler, veiledere og rapporter. Avvik viser sammenhenger der fordelingen er en annen enn den generelle. Tall i hakeparentes viser til forbeholdene under tabellen.";

/// A table cell's text: HTML escaped (Markdown passes HTML through), `|` and newlines
/// written so that the row stays one row.
fn md_cell(s: &str) -> String {
    crate::escape::html(s)
        .replace('|', "\\|")
        .replace('\n', " ")
}

/// The matrix as Markdown, for an agreement appendix.
pub fn markdown(region: &Region, rows: &[Row]) -> String {
    let (title, intro) = heading(region);
    let (title, intro) = (crate::escape::html(&title), crate::escape::html(&intro));
    let mut s = format!("# {title}\n\n{intro}\n\n{LEGEND}\n\n");
    s.push_str(
        "| Oppgave | HF | Kommune | Avtalepunkt | Rettsgrunnlag | Kilder | Avvik | Forbehold |\n",
    );
    s.push_str("|---|---|---|---|---|---|---|---|\n");
    let (notes, row_marks) = caveat_notes(rows);
    for (r, m) in rows.iter().zip(&row_marks) {
        let _ = writeln!(
            s,
            "| {} (`{}`) | {} | {} | {} | {} | {} | {} | {} |",
            md_cell(&r.name),
            r.task,
            analyze::cell(r, "hf"),
            analyze::cell(r, "kommune"),
            md_cell(&r.clause),
            md_cell(&r.basis.join("; ")),
            md_cell(&r.sources.join("; ")),
            md_cell(&exceptions(r)),
            marks(m)
        );
    }
    if !notes.is_empty() {
        s.push_str("\nForbehold:\n\n");
        for (i, n) in notes.iter().enumerate() {
            let _ = writeln!(s, "{}. {}", i + 1, n.replace('\n', " "));
        }
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The matrix as one self-contained HTML page that prints well.
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
  td.Egne {{ background: #dde6f0; font-weight: bold; }}
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
<thead><tr><th>Oppgave</th><th>HF</th><th>Kommune</th><th>Avtalepunkt</th><th>Rettsgrunnlag</th><th>Kilder</th><th>Avvik</th><th>Forbehold</th></tr></thead>
<tbody>
"#,
        title = esc(&title),
        intro = esc(&intro),
    );
    let (notes, row_marks) = caveat_notes(rows);
    for (r, m) in rows.iter().zip(&row_marks) {
        let hf = analyze::cell(r, "hf");
        let k = analyze::cell(r, "kommune");
        let _ = writeln!(
            s,
            "<tr><td>{} <code>{}</code></td><td class=\"level {hf}\">{hf}</td><td class=\"level {k}\">{k}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.name),
            esc(&r.task),
            esc(&r.clause),
            esc(&r.basis.join("; ")),
            esc(&r.sources.join("; ")),
            esc(&exceptions(r)),
            esc(&marks(m))
        );
    }
    s.push_str("</tbody>\n</table>\n");
    if !notes.is_empty() {
        s.push_str("<p>Forbehold:</p>\n<ol>\n");
        for n in &notes {
            let _ = writeln!(s, "<li>{}</li>", esc(n));
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    /// Markdown passes HTML through: a plugin's text in a cell must not become markup.
    #[test]
    fn markdown_cells_escape_html() {
        assert_eq!(
            super::md_cell("<img src=x onerror=alert(1)> | A & B\nC"),
            "&lt;img src=x onerror=alert(1)&gt; \\| A &amp; B C"
        );
    }
}
