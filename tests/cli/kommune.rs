//! Kommune identity across `who`, `pathway check` and `check`: official Sámi and Kven
//! names are today's names, a name two kommuner share is resolved by the region or
//! answered with the candidates, a kommune outside every region is told apart from an
//! unknown one, a name where a kommunenummer belongs gets the number, and a kommune
//! whose region the sources do not settle is accepted by each region that may serve it.

use std::process::Output;

use serde_json::Value;

use crate::{ansvar, root, snap};

fn who(region: &str, kommune: &str) -> std::process::Command {
    let mut cmd = ansvar();
    cmd.args([
        "who",
        "--region",
        region,
        "--task",
        "lm-nettverk",
        "--kommune",
        kommune,
    ]);
    cmd
}

fn run(mut cmd: std::process::Command) -> (Option<i32>, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.code(),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// The findings of `ansvar --format json` on a fixture, as (code, severity, message, help).
fn findings(command: &str, fixture: &str) -> Vec<(String, String, String, String)> {
    let mut cmd = ansvar();
    cmd.current_dir(root()).env("ANSVAR_TODAY", "2026-11-22");
    cmd.arg("--format").arg("json");
    match command {
        "pathway" => cmd.args(["pathway", "check"]),
        _ => cmd.arg("check"),
    };
    let out = cmd.arg(fixture).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    let mut all = Vec::new();
    let mut walk = vec![&v];
    while let Some(v) = walk.pop() {
        match v {
            Value::Object(o) => {
                if let (Some(code), Some(severity)) = (o.get("code"), o.get("severity")) {
                    let text = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                    all.push((
                        code.as_str().unwrap_or_default().to_string(),
                        severity.as_str().unwrap_or_default().to_string(),
                        text("message"),
                        text("help"),
                    ));
                }
                walk.extend(o.values());
            }
            Value::Array(a) => walk.extend(a),
            _ => {}
        }
    }
    all
}

// Official parallel names are current names.

#[test]
fn a_sami_name_is_today_s_name_shown_as_registered() {
    let (code, stdout, stderr) = run(who("unn", "Gáivuotna"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        !stderr.contains("note:"),
        "a parallel name is no old name: {stderr}"
    );
    assert!(
        stdout.contains("kommune 5540 Gáivuotna - Kåfjord - Kaivuono"),
        "{stdout}"
    );
}

#[test]
fn the_official_form_is_the_name_in_json() {
    let mut cmd = who("unn", "Loabák");
    cmd.args(["--format", "json"]);
    let (code, stdout, stderr) = run(cmd);
    assert_eq!(code, Some(0), "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["kommune"]["name"], "Loabák - Lavangen");
    assert_eq!(v["kommune"]["resolved"], Value::Null);
}

#[test]
fn a_pathway_with_a_sami_name_gets_no_old_name_warning() {
    let found = findings("pathway", "tests/fixtures/pathways/kommune-sami-name.json");
    assert!(
        !found.iter().any(|(code, ..)| code.contains("kommune")),
        "{found:?}"
    );
}

// Homonyms.

#[test]
fn a_name_two_kommuner_share_is_resolved_by_the_region_and_says_which() {
    let (code, stdout, stderr) = run(who("sykehuset-ostfold", "Våler"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("kommune 3114 Våler"), "{stdout}");
    assert!(
        stderr.contains("3114 Våler (Østfold)") && stderr.contains("3419 Våler (Innlandet)"),
        "{stderr}"
    );
}

#[test]
fn a_name_two_kommuner_share_outside_their_regions_names_both() {
    snap!("who_ambiguous_heroy", who("helse-bergen", "Herøy"));
    let (code, _, stderr) = run(who("helse-bergen", "Våler"));
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("ambiguous-kommune") || stderr.contains("more than one kommune"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3114") && stderr.contains("3419"),
        "{stderr}"
    );
}

#[test]
fn a_former_name_keeps_its_qualifier_and_the_region_decides() {
    snap!("who_os_in_helse_bergen", who("helse-bergen", "Os"));
    let (code, _, stderr) = run(who("helse-bergen", "Os"));
    assert_eq!(code, Some(0));
    assert!(
        stderr.contains("Os (Hordaland)") && stderr.contains("3430"),
        "{stderr}"
    );
    // Outside both regions `Os` is either kommune.
    let (code, _, stderr) = run(who("unn", "Os"));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("3430") && stderr.contains("4624"),
        "{stderr}"
    );
    // Nes (Buskerud) is Nesbyen in Vestre Viken; Sande (Vestfold) is Holmestrand.
    let (code, stdout, stderr) = run(who("vestre-viken", "Nes"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("3322 Nesbyen"), "{stdout}");
    assert!(stderr.contains("3228"), "{stderr}");
    let (code, stdout, stderr) = run(who("sykehuset-i-vestfold", "Sande"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("3903 Holmestrand"), "{stdout}");
    assert!(stderr.contains("1514"), "{stderr}");
}

#[test]
fn a_kommune_outside_every_region_is_not_unknown() {
    snap!("who_outside_every_region", who("helse-bergen", "Lunner"));
    let (code, _, stderr) = run(who("helse-bergen", "3419"));
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("kommune-outside-region") || stderr.contains("not served"),
        "{stderr}"
    );
    assert!(stderr.contains("Våler (Innlandet)"), "{stderr}");
    assert!(!stderr.contains("unknown kommune"), "{stderr}");
}

#[test]
fn a_pathway_names_the_candidates_of_an_ambiguous_name() {
    let found = findings("pathway", "tests/fixtures/pathways/kommune-ambiguous.json");
    let (_, severity, message, help) = found
        .iter()
        .find(|(code, ..)| code == "ambiguous-kommune")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(severity, "error");
    assert!(
        message.contains("1515") && message.contains("1818"),
        "{message}"
    );
    assert!(help.contains("kommunenummer"), "{help}");
}

#[test]
fn a_pathway_s_homonym_is_resolved_by_its_region_with_a_note() {
    let found = findings("pathway", "tests/fixtures/pathways/kommune-homonym.json");
    let (_, severity, message, _) = found
        .iter()
        .find(|(code, ..)| code == "homonym-kommune")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(severity, "info");
    assert!(
        message.contains("3114") && message.contains("3419"),
        "{message}"
    );
    assert!(
        !found.iter().any(|(_, severity, ..)| severity == "error"),
        "{found:?}"
    );
}

#[test]
fn a_pathway_in_a_kommune_outside_every_region_says_so() {
    let found = findings(
        "pathway",
        "tests/fixtures/pathways/kommune-outside-every-region.json",
    );
    let (_, _, message, help) = found
        .iter()
        .find(|(code, ..)| code == "kommune-outside-region")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(message.contains("3234 Lunner"), "{message}");
    assert!(help.contains("no region"), "{help}");
}

// A name where a kommunenummer belongs.

#[test]
fn a_kommune_name_among_the_parties_gets_its_number() {
    let found = findings("check", "tests/fixtures/agreements/kommune-names.json");
    let help_of = |i: usize| {
        found
            .iter()
            .find(|(code, _, message, _)| {
                code == "schema" && message.contains(["Bergen", "Herøy", "Os"][i])
            })
            .map(|(.., help)| help.clone())
            .unwrap_or_else(|| panic!("{found:?}"))
    };
    assert_eq!(help_of(0), "`Bergen` is kommune 4601 Bergen: write `4601`");
    let heroy = help_of(1);
    assert!(heroy.contains("1515") && heroy.contains("1818"), "{heroy}");
    let os = help_of(2);
    assert!(os.contains("write `4624`") && os.contains("3430"), "{os}");
    snap!(
        "check_kommune_names",
        ansvar()
            .current_dir(root())
            .env("ANSVAR_TODAY", "2026-11-22")
            .args(["check", "tests/fixtures/agreements/kommune-names.json"])
    );
}

// A kommune whose region the sources do not settle.

#[test]
fn eidfjord_is_served_by_both_regions_that_may_serve_it_with_a_caveat() {
    for region in ["helse-bergen", "helse-fonna"] {
        let (code, stdout, stderr) = run(who(region, "Eidfjord"));
        assert_eq!(code, Some(0), "{region}: {stderr}");
        assert!(
            stdout.contains("caveat") && stdout.contains("Eidfjord (4619)"),
            "{region}: {stdout}"
        );
    }
    let (code, stdout, stderr) = run(who("vestre-viken", "Holmestrand"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Holmestrand (3903)"), "{stdout}");
}

#[test]
fn an_agreement_may_name_an_unsettled_kommune_with_a_caveat() {
    let found = findings("check", "tests/fixtures/agreements/unsettled-kommune.json");
    assert!(
        !found
            .iter()
            .any(|(code, ..)| code == "kommune-outside-region"),
        "{found:?}"
    );
    let (_, severity, message, _) = found
        .iter()
        .find(|(code, ..)| code == "unsettled-kommune")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(severity, "info");
    assert!(message.contains("4619"), "{message}");
}

#[test]
fn a_pathway_in_an_unsettled_kommune_is_checked_with_the_caveat() {
    let found = findings("pathway", "tests/fixtures/pathways/kommune-unsettled.json");
    let kommune: Vec<_> = found
        .iter()
        .filter(|(code, ..)| code.contains("kommune"))
        .collect();
    let [(code, severity, message, _)] = kommune.as_slice() else {
        panic!("{found:?}");
    };
    assert_eq!(
        (code.as_str(), severity.as_str()),
        ("unsettled-kommune", "info")
    );
    assert!(
        message.contains("4619") && message.contains("helse-fonna"),
        "{message}"
    );
}
