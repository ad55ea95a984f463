//! `ansvar analyze` and `ansvar matrix`.

use crate::{ansvar, snap};

/// Every shipped region: no gap, no contradiction, a lead for every shared point, no
/// ruling against the statute, over the whole context space.
#[test]
fn every_shipped_region_analyzes_clean() {
    let out = ansvar()
        .args(["analyze", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let regions = v["regions"].as_array().unwrap();
    let ids: Vec<&str> = regions
        .iter()
        .map(|r| r["region"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "helse-bergen",
            "helse-fonna",
            "sykehuset-i-vestfold",
            "sykehuset-ostfold",
            "unn",
            "vestre-viken"
        ]
    );
    for r in regions {
        assert_eq!(r["problems"], 0, "{r}");
        // 29 tasks × 13 diagnosis values × 4 ages × 4 phases per kommune.
        assert_eq!(r["points"].as_u64().unwrap() % (29 * 13 * 4 * 4), 0, "{r}");
        assert!(r["points"].as_u64().unwrap() > 0);
        assert!(r["cross_checked"].as_u64().unwrap() > 0);
    }
}

#[test]
fn an_unknown_region_is_a_usage_error() {
    let out = ansvar()
        .args(["analyze", "--region", "helse-bergn"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `helse-bergen`"));
}

#[test]
fn matrix_markdown() {
    let mut cmd = ansvar();
    cmd.env("ANSVAR_TODAY", "2026-11-22").args([
        "matrix",
        "--region",
        "vestre-viken",
        "--format",
        "md",
    ]);
    snap!(cmd);
}

/// One file, no outside resources, a row per catalogue task, styles for print.
#[test]
fn matrix_html_is_self_contained() {
    let out = ansvar()
        .args(["matrix", "--region", "helse-bergen", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for outside in ["http://", "https://", "<link", "<script", "src="] {
        assert!(!html.contains(outside), "{outside}");
    }
    assert!(html.contains("@media print"));
    assert_eq!(html.matches("<tr><td>").count(), 29);
    assert!(html.contains("Ansvarsmatrise"));
}
