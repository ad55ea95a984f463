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
            let mut text = String::new();
            for l in &loaded {
                let i = &l.info;
                let agreements = i
                    .agreements
                    .iter()
                    .map(|a| format!("{} (versjon {})", a.id, a.version))
                    .collect::<Vec<_>>()
                    .join(", ");
                text.push_str(&format!(
                    "{id}  {name} ({rhf})\n  HF:          {hf}\n  agreements:  {agreements}\n  kommuner:    {k}\n  tasks:       {t} (catalogue {cv})\n  plugin:      ansvar:region@{api}, sha256 {digest}, {origin}\n",
                    id = i.id,
                    name = i.name,
                    rhf = i.rhf,
                    hf = i.hf_parties.join(", "),
                    k = i.kommuner.len(),
                    t = i.tasks.len(),
                    cv = i.catalogue_version,
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
