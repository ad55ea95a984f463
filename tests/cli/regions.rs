use crate::{ansvar, snap};

#[test]
fn regions_human() {
    snap!(ansvar().arg("regions"));
}

#[test]
fn regions_json() {
    snap!(ansvar().args(["regions", "--format", "json"]));
}
