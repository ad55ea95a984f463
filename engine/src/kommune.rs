//! The kommune register (`schemas/kommuner.json`, the same file the SDK builds from) and
//! resolving what a user typed — a kommunenummer, today's name, a Sámi/Kven parallel
//! name, or a pre-merger name or number — to today's kommune.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Register {
    pub valid_from: String,
    pub kommuner: Vec<Kommune>,
    /// (kommunenummer, index into `kommuner`), sorted: every pathway looks its kommune
    /// up, and a scan comparing strings was a few per cent of a run
    #[serde(skip)]
    by_number: Vec<(u16, usize)>,
}

#[derive(Debug, Deserialize)]
pub struct Kommune {
    pub number: String,
    pub name: String,
    pub parallel_names: Vec<String>,
    pub county_note: Option<String>,
    pub regions: Vec<Membership>,
    pub former: Vec<Former>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Membership {
    pub region: String,
    pub settled: bool,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Former {
    pub number: String,
    pub name: String,
    pub period: String,
}

impl Kommune {
    /// Today's name with the parallel names, as registered: "Kåfjord (Gáivuotna, Kaivuono)".
    pub fn display_name(&self) -> String {
        if self.parallel_names.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.parallel_names.join(", "))
        }
    }
}

/// The register compiled into the binary.
pub fn register() -> &'static Register {
    static REGISTER: OnceLock<Register> = OnceLock::new();
    REGISTER.get_or_init(|| {
        let mut r: Register = serde_json::from_str(include_str!("../../schemas/kommuner.json"))
            .expect("schemas/kommuner.json is checked by the SDK build");
        r.by_number = (r.kommuner.iter().enumerate())
            .filter_map(|(i, k)| Some((number(&k.number)?, i)))
            .collect();
        r.by_number.sort_unstable();
        r
    })
}

/// A kommunenummer (exactly 4 ASCII digits) as a number.
fn number(s: &str) -> Option<u16> {
    let &[a, b, c, d] = s.as_bytes() else {
        return None;
    };
    [a, b, c, d].iter().try_fold(0u16, |n, &digit| {
        digit
            .is_ascii_digit()
            .then(|| n * 10 + u16::from(digit - b'0'))
    })
}

/// A kommune found for the user's input.
#[derive(Debug)]
pub struct Resolved<'a> {
    pub kommune: &'a Kommune,
    /// set when the input was not today's number or name: what it was resolved from
    pub note: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KommuneError {
    #[error("unknown kommune `{input}`")]
    Unknown {
        input: String,
        suggestions: Vec<String>,
    },
    #[error("`{input}` names more than one kommune: {}", candidates.join(", "))]
    Ambiguous {
        input: String,
        candidates: Vec<String>,
    },
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

impl Register {
    pub fn by_number(&self, number: &str) -> Option<&Kommune> {
        let n = self::number(number)?;
        let i = self.by_number.binary_search_by_key(&n, |&(k, _)| k).ok()?;
        self.kommuner.get(self.by_number[i].1)
    }

    /// Resolves a kommunenummer or name to today's kommune.
    pub fn resolve(&self, input: &str) -> Result<Resolved<'_>, KommuneError> {
        let wanted = fold(input);
        let unknown = || KommuneError::Unknown {
            input: input.to_string(),
            suggestions: crate::suggest::closest(
                input,
                self.kommuner.iter().flat_map(|k| {
                    std::iter::once(k.name.as_str())
                        .chain(k.parallel_names.iter().map(String::as_str))
                        .chain(k.former.iter().map(|f| f.name.as_str()))
                }),
                3,
            )
            .into_iter()
            .map(String::from)
            .collect(),
        };
        if wanted.len() == 4 && wanted.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(k) = self.by_number(&wanted) {
                return Ok(Resolved {
                    kommune: k,
                    note: None,
                });
            }
            let found: Vec<(&Kommune, &Former)> = self
                .kommuner
                .iter()
                .flat_map(|k| {
                    k.former
                        .iter()
                        .filter(|f| f.number == wanted)
                        .map(move |f| (k, f))
                })
                .collect();
            return match found.as_slice() {
                [] => Err(unknown()),
                [(k, f), ..] if found.iter().all(|(o, _)| o.number == k.number) => Ok(Resolved {
                    kommune: k,
                    note: Some(format!(
                        "kommunenummer {} ({}, {}) is today {} {}",
                        f.number, f.name, f.period, k.number, k.name
                    )),
                }),
                _ => Err(ambiguous(input, found.iter().map(|(k, _)| *k))),
            };
        }

        let current: Vec<&Kommune> = self
            .kommuner
            .iter()
            .filter(|k| fold(&k.name) == wanted)
            .collect();
        if let [k] = current.as_slice() {
            return Ok(Resolved {
                kommune: k,
                note: None,
            });
        }
        if current.len() > 1 {
            return Err(ambiguous(input, current.into_iter()));
        }
        let parallel: Vec<&Kommune> = self
            .kommuner
            .iter()
            .filter(|k| {
                // Each part of a registered "A - B - C" name, or the whole in any order.
                let names: Vec<String> = std::iter::once(&k.name)
                    .chain(&k.parallel_names)
                    .map(|n| fold(n))
                    .collect();
                !k.parallel_names.is_empty()
                    && wanted
                        .split(" - ")
                        .all(|part| names.iter().any(|n| *n == fold(part)))
            })
            .collect();
        if let [k] = parallel.as_slice() {
            return Ok(Resolved {
                kommune: k,
                note: Some(format!(
                    "`{}` is a registered name of {} {}",
                    input.trim(),
                    k.number,
                    k.display_name()
                )),
            });
        }
        let former: Vec<(&Kommune, &Former)> = self
            .kommuner
            .iter()
            .flat_map(|k| {
                k.former
                    .iter()
                    .filter(|f| fold(&f.name) == wanted)
                    .map(move |f| (k, f))
            })
            .collect();
        match former.as_slice() {
            [] => Err(unknown()),
            [(k, f), ..] if former.iter().all(|(o, _)| o.number == k.number) => Ok(Resolved {
                kommune: k,
                note: Some(format!(
                    "`{}` is a former name ({}, kommunenummer {}); today it is {} {}",
                    input.trim(),
                    f.period,
                    f.number,
                    k.number,
                    k.name
                )),
            }),
            _ => Err(ambiguous(input, former.iter().map(|(k, _)| *k))),
        }
    }
}

fn ambiguous<'a>(input: &str, ks: impl Iterator<Item = &'a Kommune>) -> KommuneError {
    let mut candidates: Vec<String> = ks.map(|k| format!("{} {}", k.number, k.name)).collect();
    candidates.sort();
    candidates.dedup();
    KommuneError::Ambiguous {
        input: input.to_string(),
        candidates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(s: &str) -> (String, Option<String>) {
        let r = register().resolve(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        (r.kommune.number.clone(), r.note)
    }

    #[test]
    fn by_number_finds_every_kommune_and_nothing_else() {
        let r = register();
        assert_eq!(r.by_number.len(), r.kommuner.len());
        for k in &r.kommuner {
            assert!(
                std::ptr::eq(r.by_number(&k.number).unwrap(), k),
                "{}",
                k.number
            );
        }
        for bad in ["", "460", "46011", "46O1", "+460", "0000", " 4601"] {
            assert!(r.by_number(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn numbers_and_names() {
        assert_eq!(resolve("4601"), ("4601".into(), None));
        assert_eq!(resolve("bergen"), ("4601".into(), None));
        assert_eq!(resolve(" Drammen "), ("3301".into(), None));
    }

    #[test]
    fn renumbering_is_not_an_offset() {
        let (n, note) = resolve("3005");
        assert_eq!(n, "3301");
        assert!(note.unwrap().contains("3005"));
        assert_eq!(resolve("3024").0, "3201");
        assert_eq!(resolve("5411").0, "5510");
    }

    #[test]
    fn old_names_resolve_with_a_note() {
        let (n, note) = resolve("Os");
        assert_eq!(n, "4624");
        assert!(note.unwrap().contains("former name"));
        assert_eq!(resolve("Lindås").0, "4631");
        assert_eq!(resolve("Nes").0, "3322");
        assert_eq!(resolve("1201").0, "4601");
    }

    #[test]
    fn parallel_names_resolve() {
        assert_eq!(resolve("Gáivuotna").0, "5540");
        assert_eq!(resolve("Kåfjord").0, "5540");
        assert_eq!(resolve("Gáivuotna - Kåfjord - Kaivuono").0, "5540");
        assert_eq!(resolve("Hárstták").0, "5503");
        assert!(resolve("Loabák").1.is_some());
    }

    #[test]
    fn hol_is_not_hole() {
        assert_eq!(resolve("Hol").0, "3330");
        assert_eq!(resolve("Hole").0, "3310");
    }

    #[test]
    fn unknown_kommune_suggests() {
        match register().resolve("Bergn") {
            Err(KommuneError::Unknown { suggestions, .. }) => assert_eq!(suggestions[0], "Bergen"),
            other => panic!("{other:?}"),
        }
    }
}
