//! The responsibility matrix of a region as a document for an agreement appendix:
//! Markdown, or a self-contained HTML page that prints well (`ansvar matrix`, and the
//! server's matrix endpoint).

use std::fmt::Write as _;

use crate::analyze::Row;
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
    let mut intro = vec![crate::t!(
        "matrix-parties",
        hf = i.hf_parties.join(", "),
        parties = parties
    )];
    if !unsettled.is_empty() {
        intro.push(crate::t!(
            "matrix-unsettled",
            kommuner = unsettled.join(", ")
        ));
    }
    intro.push(crate::t!(
        "matrix-basis",
        documents = i
            .agreements
            .iter()
            .map(|a| a.title.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        region = &i.id,
        sha256 = &region.plugin.sha256[..16],
        catalogue = &i.catalogue_version,
        version = env!("CARGO_PKG_VERSION"),
        date = crate::agreement::today()
    ));
    (crate::t!("matrix-title", region = &i.name), intro.join(" "))
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

/// What `level` does with a row's task: the message's role id, and the HTML class the
/// page's style sheet names (the same in every language). None: nothing.
fn role(row: &Row, level: &str) -> Option<(&'static str, &'static str)> {
    if row.own_patients {
        Some(("own-patients", "Egne pasienter"))
    } else if row.owner == level {
        Some(if row.contributors.is_empty() {
            ("owner", "Ansvarlig")
        } else {
            ("lead", "Leder")
        })
    } else if row.contributors.contains(&level) {
        Some(("contributes", "Bidrar"))
    } else {
        None
    }
}

/// The cell of `level` for a row, in words.
fn cell(row: &Row, level: &str) -> String {
    role(row, level).map_or_else(String::new, |(id, _)| crate::t!("matrix-role", role = id))
}

/// The table's column headings.
fn headings() -> [String; 8] {
    [
        crate::t!("matrix-head-task"),
        crate::t!("matrix-head-hf"),
        crate::t!("matrix-head-kommune"),
        crate::t!("matrix-head-clause"),
        crate::t!("matrix-head-basis"),
        crate::t!("matrix-head-sources"),
        crate::t!("matrix-head-exceptions"),
        crate::t!("matrix-head-caveats"),
    ]
}

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
    let legend = crate::t!("matrix-legend");
    let mut s = format!("# {title}\n\n{intro}\n\n{legend}\n\n");
    let _ = writeln!(s, "| {} |", headings().join(" | "));
    s.push_str("|---|---|---|---|---|---|---|---|\n");
    let (notes, row_marks) = caveat_notes(rows);
    for (r, m) in rows.iter().zip(&row_marks) {
        let _ = writeln!(
            s,
            "| {} (`{}`) | {} | {} | {} | {} | {} | {} | {} |",
            md_cell(&r.name),
            r.task,
            cell(r, "hf"),
            cell(r, "kommune"),
            md_cell(&r.clause),
            md_cell(&r.basis.join("; ")),
            md_cell(&r.sources.join("; ")),
            md_cell(&exceptions(r)),
            marks(m)
        );
    }
    if !notes.is_empty() {
        let _ = writeln!(s, "\n{}\n", crate::t!("matrix-caveats"));
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
    let (title, _) = heading(region);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<!DOCTYPE html>
<html lang="{lang}">
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
"#,
        lang = crate::i18n::current().id(),
        title = esc(&title),
    );
    s.push_str(&html_body(region, rows));
    s.push_str("</body>\n</html>\n");
    s
}

/// The matrix without its page: the introduction, the legend, the table and the
/// caveats, for a page that has its own heading and stylesheet (the workbench).
pub fn html_body(region: &Region, rows: &[Row]) -> String {
    let (_, intro) = heading(region);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<p>{intro}</p>
<p>{legend}</p>
<table>
<thead><tr><th>{headings}</th></tr></thead>
<tbody>
"#,
        intro = esc(&intro),
        legend = crate::t!("matrix-legend"),
        headings = headings().join("</th><th>"),
    );
    let (notes, row_marks) = caveat_notes(rows);
    for (r, m) in rows.iter().zip(&row_marks) {
        let level = |l: &str| {
            let class = role(r, l).map_or("", |(_, class)| class);
            format!("<td class=\"level {class}\">{}</td>", cell(r, l))
        };
        let _ = writeln!(
            s,
            "<tr><td>{} <code>{}</code></td>{}{}<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.name),
            esc(&r.task),
            level("hf"),
            level("kommune"),
            esc(&r.clause),
            esc(&r.basis.join("; ")),
            esc(&r.sources.join("; ")),
            esc(&exceptions(r)),
            esc(&marks(m))
        );
    }
    s.push_str("</tbody>\n</table>\n");
    if !notes.is_empty() {
        let _ = writeln!(s, "<p>{}</p>\n<ol>", crate::t!("matrix-caveats"));
        for n in &notes {
            let _ = writeln!(s, "<li>{}</li>", esc(n));
        }
        s.push_str("</ol>\n");
    }
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
