//! The kommune register of the regions, generated from `schemas/kommuner.json`.

include!(concat!(env!("OUT_DIR"), "/kommuner.rs"));

#[derive(Debug)]
pub struct Kommune {
    /// kommunenummer valid from 1 January 2024
    pub number: &'static str,
    pub name: &'static str,
    /// registered Sámi/Kven parallel names
    pub parallel_names: &'static [&'static str],
    pub county_note: Option<&'static str>,
    pub note: Option<&'static str>,
    pub regions: &'static [Membership],
    pub former: &'static [FormerName],
}

#[derive(Debug)]
pub struct Membership {
    pub region: &'static str,
    /// false where the sources do not settle the membership
    pub settled: bool,
    pub note: Option<&'static str>,
}

#[derive(Debug)]
pub struct FormerName {
    pub number: &'static str,
    pub name: &'static str,
    pub period: &'static str,
}

pub fn by_number(number: &str) -> Option<&'static Kommune> {
    KOMMUNER.get(place(number)?)
}

/// The place in [`KOMMUNER`] of the kommune with `number`.
pub fn place(number: &str) -> Option<usize> {
    let &[a, b, c, d] = number.as_bytes() else {
        return None;
    };
    let mut n = 0u16;
    for digit in [a, b, c, d] {
        if !digit.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u16::from(digit - b'0');
    }
    Some(usize::from(BY_NUMBER[usize::from(n)])).filter(|&i| i < KOMMUNER.len())
}

/// The membership of `kommune` in `region`, if any.
pub fn membership(kommune: &'static Kommune, region: &str) -> Option<&'static Membership> {
    kommune.regions.iter().find(|m| m.region == region)
}

/// Every kommune with a membership in `region` (settled or not).
pub fn of_region(region: &str) -> impl Iterator<Item = (&'static Kommune, &'static Membership)> {
    KOMMUNER.iter().filter_map(move |k| {
        k.regions
            .iter()
            .find(|m| m.region == region)
            .map(|m| (k, m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for k in KOMMUNER {
            assert!(seen.insert(k.number), "duplicate {}", k.number);
        }
    }

    #[test]
    fn by_number_finds_every_kommune_and_nothing_else() {
        for k in KOMMUNER {
            assert!(
                std::ptr::eq(by_number(k.number).unwrap(), k),
                "{}",
                k.number
            );
        }
        for bad in ["", "460", "46011", "46O1", "-460", "0000", "9999", " 4601"] {
            assert!(by_number(bad).is_none(), "{bad:?}");
        }
    }

    /// The register decides membership, in one place: a kommune whose region the sources
    /// do not settle is a member, with the caveat, of each region that may serve it.
    #[test]
    fn an_unsettled_kommune_is_accepted_by_each_region_that_may_serve_it() {
        use crate::region::RegionSpec;
        let spec = |id: &'static str| RegionSpec {
            id,
            name: id,
            rhf: "",
            hf_parties: &[],
            agreements: &[],
            local_ta: &[],
            local_ta_caveat: None,
            requires_user_representation: false,
            rules: &[],
        };
        for (number, regions) in [
            ("4619", &["helse-bergen", "helse-fonna"][..]),
            ("4635", &["helse-bergen"][..]),
            ("3903", &["sykehuset-i-vestfold", "vestre-viken"][..]),
        ] {
            for region in regions {
                let s = spec(region);
                let (k, _) = crate::rules::member(&s, number)
                    .unwrap_or_else(|e| panic!("{number} in {region}: {e:?}"));
                assert_eq!(k.number, number);
                assert!(
                    s.kommuner().iter().any(|n| n == number),
                    "{number} in {region}"
                );
            }
        }
        let eidfjord = by_number("4619").unwrap();
        assert!(eidfjord.regions.iter().all(|m| !m.settled));
        let fonna = spec("helse-fonna");
        let q = crate::model::Query {
            task: "lm-nettverk".into(),
            kommune: Some("4619".into()),
            diagnosis: None,
            age: None,
            phase: None,
        };
        let ruling = crate::rules::evaluate(&fonna, &q).unwrap();
        assert!(
            ruling.caveats.iter().any(|c| c.contains("Eidfjord (4619)")),
            "{:?}",
            ruling.caveats
        );
    }

    /// Only the kommuner some region serves are compiled into a plugin.
    #[test]
    fn a_plugin_holds_only_the_kommuner_of_the_regions() {
        assert!(KOMMUNER.iter().all(|k| !k.regions.is_empty()));
        assert!(
            by_number("3419").is_none(),
            "Våler (Innlandet) is no region's"
        );
        assert!(by_number("3114").is_some());
    }

    #[test]
    fn holmestrand_is_served_by_two_hfs() {
        let k = by_number("3903").unwrap();
        assert_eq!(k.regions.len(), 2);
        assert!(membership(k, "sykehuset-i-vestfold").unwrap().settled);
        assert!(!membership(k, "vestre-viken").unwrap().settled);
    }
}
