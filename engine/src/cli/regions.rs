//! `ansvar regions`: the regions this ansvar can answer for.

use serde_json::json;

use super::output::{CliError, Exit, Out};
use super::{Format, Global, regions_load};

pub fn run(host: &ansvar::Host, g: &Global, out: &Out) -> Result<Exit, CliError> {
    let (loaded, failed) = regions_load::all(host, g);
    match out.format {
        Format::Json => {
            let regions: Vec<_> = loaded
                .iter()
                .map(|l| ansvar::who::region_json(&l.plugin, &l.info))
                .collect();
            let errors: Vec<_> = failed
                .iter()
                .map(|(_, e)| super::output::error_value(e))
                .collect();
            out.json(&json!({ "regions": regions, "errors": errors }));
        }
        _ => {
            let labels = [
                ansvar::t!("output-regions-hf"),
                ansvar::t!("output-regions-agreements"),
                ansvar::t!("output-regions-kommuner"),
                ansvar::t!("output-regions-tasks"),
                ansvar::t!("output-regions-plugin"),
            ]
            .map(|label| format!("{label}:"));
            // The values start in one column, two spaces after the widest label (13 in
            // English).
            let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
            let [hf, agreements, kommuner, tasks, plugin] = &labels;
            let mut text = String::new();
            for l in &loaded {
                let i = &l.info;
                let list = i
                    .agreements
                    .iter()
                    .map(|a| {
                        ansvar::t!("output-regions-agreement", id = &a.id, version = &a.version)
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                let tasks_value = ansvar::t!(
                    "output-regions-tasks-value",
                    count = i.tasks.len(),
                    version = &i.catalogue_version
                );
                text.push_str(&format!(
                    "{id}  {name} ({rhf})\n  {hf:<width$}{hfs}\n  {agreements:<width$}{list}\n  {kommuner:<width$}{k}\n  {tasks:<width$}{tasks_value}\n  {plugin:<width$}ansvar:region@{api}, sha256 {digest}, {origin}\n",
                    id = i.id,
                    name = i.name,
                    rhf = i.rhf,
                    hfs = i.hf_parties.join(", "),
                    k = i.kommuner.len(),
                    api = l.plugin.api_version,
                    digest = &l.plugin.sha256[..16],
                    origin = l.plugin.origin,
                ));
            }
            out.print(&text);
        }
    }
    let mut code = Exit::Ok;
    for (_, e) in &failed {
        out.error(e);
        code = e.exit.max_with(code);
    }
    Ok(code)
}
