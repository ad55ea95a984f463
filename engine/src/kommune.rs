//! The kommune register (`schemas/kommuner.json`, the same file the SDK builds from) and
//! resolving what a user typed — a kommunenummer, today's name or a part of it (an
//! official Sámi or Kven name is one), or a pre-merger name or number — to today's
//! kommune. A name that several kommuner share (Våler, Herøy, Os, Nes, Sande) is
//! resolved by the region it is given in, or answered with every candidate.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Register {
    pub valid_from: String,
    /// where the register's data comes from (title, publisher, year)
    pub sources: Vec<Source>,
    /// the counties of 2024 by their number, the first two digits of a kommunenummer
    pub counties: Vec<County>,
    pub kommuner: Vec<Kommune>,
    /// (kommunenummer, index into `kommuner`), sorted: every pathway looks its kommune
    /// up, and a scan comparing strings was a few per cent of a run
    #[serde(skip)]
    by_number: Vec<(u16, usize)>,
    /// every name a kommune goes by, folded, with what it is
    #[serde(skip)]
    names: HashMap<String, Vec<(usize, NameKind)>>,
}

#[derive(Debug, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: Option<u16>,
}

#[derive(Debug, Deserialize)]
pub struct County {
    pub number: String,
    pub name: String,
    /// why the number is unverified, if it is ([check])
    pub check: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Kommune {
    /// kommunenummer valid from 1 January 2024
    pub number: String,
    /// the official name as registered, parallel names included in their order
    /// ("Gáivuotna - Kåfjord - Kaivuono")
    pub name: String,
    /// the registered Sámi and Kven names, each also a part of `name`
    pub parallel_names: Vec<String>,
    pub county_note: Option<String>,
    pub regions: Vec<Membership>,
    pub former: Vec<Former>,
    pub note: Option<String>,
    /// why the 2024 number is unverified, if it is ([check])
    pub check: Option<String>,
    /// ids of the register's sources this kommune rests on
    pub sources: Vec<String>,
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
    /// with the county in parentheses where another kommune has the same name
    /// ("Os (Hordaland)")
    pub name: String,
    pub period: String,
    /// why the number or name is unverified, if it is ([check])
    pub check: Option<String>,
}

/// How a name in the index names its kommune.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameKind {
    /// today's official name, a part of it, or a part with its county ("Våler (Østfold)")
    Current,
    /// a former name, by its place in `former`
    Former(usize),
    /// a qualified former name by its name alone ("Os" for "Os (Hordaland)"): a name
    /// another kommune also has
    FormerBase(usize),
}

impl Kommune {
    /// The parts of the official name: "Gáivuotna", "Kåfjord", "Kaivuono".
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.name.split(" - ")
    }

    /// The membership of this kommune in `region`, if any.
    pub fn membership(&self, region: &str) -> Option<&Membership> {
        self.regions.iter().find(|m| m.region == region)
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
        let mut names: HashMap<String, Vec<(usize, NameKind)>> = HashMap::new();
        let mut add = |name: String, i: usize, kind: NameKind| {
            let entry = names.entry(name).or_default();
            if !entry.contains(&(i, kind)) {
                entry.push((i, kind));
            }
        };
        for (i, k) in r.kommuner.iter().enumerate() {
            let county = r.county(k).map(|c| c.name.as_str());
            add(fold(&k.name), i, NameKind::Current);
            for part in k.names() {
                add(fold(part), i, NameKind::Current);
                if let Some(c) = county {
                    add(fold(&format!("{part} ({c})")), i, NameKind::Current);
                }
            }
            for (j, f) in k.former.iter().enumerate() {
                add(fold(&f.name), i, NameKind::Former(j));
                if let Some((base, _)) = f.name.split_once(" (") {
                    add(fold(base), i, NameKind::FormerBase(j));
                }
            }
        }
        r.names = names;
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

/// The region a name is resolved in: its id and the kommuner it serves.
#[derive(Clone, Copy)]
pub struct InRegion<'a> {
    pub id: &'a str,
    pub serves: &'a dyn Fn(&Kommune) -> bool,
}

/// A kommune found for the user's input.
#[derive(Debug)]
pub struct Resolved<'a> {
    pub kommune: &'a Kommune,
    /// the former number or name the input was, if it was one
    pub former: Option<&'a Former>,
    /// other kommuner the input could name, set aside because the region does not serve
    /// them
    pub set_aside: Vec<&'a Kommune>,
    /// what the input was resolved from, when it was not today's number or name alone
    pub note: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum KommuneError {
    Unknown {
        input: String,
        suggestions: Vec<String>,
    },
    Ambiguous {
        input: String,
        /// each with its number: "3114 Våler (Østfold)"
        candidates: Vec<String>,
        /// the kommunenummer of each candidate, in the same order
        numbers: Vec<String>,
        /// what the region serves of them, when a region was given
        region: Option<String>,
    },
}

impl std::fmt::Display for KommuneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            KommuneError::Unknown { input, .. } => {
                crate::t!("findings-kommune-unknown", input = input)
            }
            KommuneError::Ambiguous {
                input, candidates, ..
            } => crate::t!(
                "findings-kommune-ambiguous",
                input = input,
                candidates = candidates.join(", ")
            ),
        })
    }
}

impl std::error::Error for KommuneError {}

impl KommuneError {
    /// How to mend the input.
    pub fn help(&self) -> String {
        match self {
            KommuneError::Unknown { suggestions, .. } => match crate::suggest::offer(suggestions) {
                Some(offer) => crate::t!("findings-kommune-unknown-offer", offer = offer),
                None => crate::t!("findings-kommune-unknown-help"),
            },
            KommuneError::Ambiguous {
                numbers, region, ..
            } => {
                let numbers: Vec<String> = numbers.iter().map(|n| format!("`{n}`")).collect();
                match region {
                    Some(r) => crate::t!(
                        "findings-kommune-ambiguous-region-help",
                        numbers = or_list(&numbers),
                        region = r
                    ),
                    None => crate::t!(
                        "findings-kommune-ambiguous-help",
                        numbers = or_list(&numbers)
                    ),
                }
            }
        }
    }
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            crate::t!("findings-list-or", items = rest.join(", "), last = last)
        }
        _ => items.concat(),
    }
}

/// "a", "a and b", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            crate::t!("findings-list-and", items = rest.join(", "), last = last)
        }
        _ => items.concat(),
    }
}

/// That the sources do not settle whether `region` serves kommune `number` `name`, with
/// the register's note on it: the same words for agreements and pathways.
pub fn unsettled(region: &str, number: &str, name: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => crate::t!(
            "findings-unsettled-kommune-note",
            region = region,
            number = number,
            name = name,
            note = note
        ),
        None => crate::t!(
            "findings-unsettled-kommune",
            region = region,
            number = number,
            name = name
        ),
    }
}

impl Register {
    pub fn by_number(&self, number: &str) -> Option<&Kommune> {
        let n = self::number(number)?;
        let i = self.by_number.binary_search_by_key(&n, |&(k, _)| k).ok()?;
        self.kommuner.get(self.by_number[i].1)
    }

    /// The county of `k` (2024), by the first two digits of its number.
    pub fn county(&self, k: &Kommune) -> Option<&County> {
        let prefix = k.number.get(..2)?;
        self.counties.iter().find(|c| c.number == prefix)
    }

    /// "3114 Våler (Østfold)": a kommune told apart from any other of the same name.
    pub fn label(&self, k: &Kommune) -> String {
        match self.county(k) {
            Some(c) => format!("{} {} ({})", k.number, k.name, c.name),
            None => format!("{} {}", k.number, k.name),
        }
    }

    /// How to mend a kommune that a region does not serve, the same words for agreements,
    /// pathways and `who`: which region serves it, or that no region of ansvar does.
    /// Also the first region that serves it, if any.
    pub fn outside_region_help<'k>(&self, k: &'k Kommune) -> (String, Option<&'k str>) {
        let elsewhere: Vec<&str> = k.regions.iter().map(|m| m.region.as_str()).collect();
        match elsewhere.first() {
            None => (
                crate::t!("findings-no-region-serves", kommune = self.label(k)),
                None,
            ),
            Some(first) => {
                let regions: Vec<String> = elsewhere.iter().map(|r| r.to_string()).collect();
                (
                    crate::t!(
                        "findings-kommune-in-region",
                        name = &k.name,
                        regions = and_list(&regions)
                    ),
                    Some(first),
                )
            }
        }
    }

    /// Resolves a kommunenummer or name to today's kommune, with no region to tell
    /// kommuner of the same name apart.
    pub fn resolve(&self, input: &str) -> Result<Resolved<'_>, KommuneError> {
        self.resolve_in(input, None)
    }

    /// Resolves a kommunenummer or name to today's kommune; where it names several,
    /// the one `region` serves, if exactly one.
    pub fn resolve_in(
        &self,
        input: &str,
        region: Option<InRegion<'_>>,
    ) -> Result<Resolved<'_>, KommuneError> {
        let wanted = fold(input);
        // (kommune, the former entry it was found by)
        let mut found: Vec<(usize, Option<usize>)> = Vec::new();
        let mut push = |i: usize, f: Option<usize>| {
            if !found.iter().any(|(k, _)| *k == i) {
                found.push((i, f));
            }
        };
        if wanted.len() == 4 && wanted.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(k) = self.by_number(&wanted) {
                return Ok(Resolved {
                    kommune: k,
                    former: None,
                    set_aside: Vec::new(),
                    note: None,
                });
            }
            for (i, k) in self.kommuner.iter().enumerate() {
                if let Some(j) = k.former.iter().position(|f| f.number == wanted) {
                    push(i, Some(j));
                }
            }
        } else {
            let hits: &[(usize, NameKind)] = self.names.get(&wanted).map_or(&[], Vec::as_slice);
            let current: Vec<usize> = hits
                .iter()
                .filter(|(_, kind)| *kind == NameKind::Current)
                .map(|&(i, _)| i)
                .collect();
            if current.is_empty() && wanted.contains(" - ") {
                // The parts of a registered name in another order.
                let parts: Vec<String> = wanted.split(" - ").map(fold).collect();
                for (i, k) in self.kommuner.iter().enumerate() {
                    if k.names().count() > 1
                        && parts.iter().all(|p| k.names().any(|n| fold(n) == *p))
                    {
                        push(i, None);
                    }
                }
            }
            for &i in &current {
                push(i, None);
            }
            for &(i, kind) in hits {
                match kind {
                    NameKind::Current => {}
                    // A qualified former name counts beside today's names: "Os" is today
                    // 3430 Os and was 1243 Os (Hordaland). An unqualified one only where
                    // no kommune has the name today ("Ålesund" is not Haram).
                    NameKind::FormerBase(j) => push(i, Some(j)),
                    NameKind::Former(j) if current.is_empty() => push(i, Some(j)),
                    NameKind::Former(_) => {}
                }
            }
        }
        let pick = match found.as_slice() {
            [] => return Err(self.unknown(input)),
            [one] => *one,
            _ => {
                let served: Vec<&(usize, Option<usize>)> = match region {
                    Some(r) => found
                        .iter()
                        .filter(|(i, _)| (r.serves)(&self.kommuner[*i]))
                        .collect(),
                    None => Vec::new(),
                };
                match served.as_slice() {
                    [one] => **one,
                    _ => return Err(self.ambiguous(input, &found, region, served.len())),
                }
            }
        };
        let (i, f) = pick;
        let kommune = &self.kommuner[i];
        let former = f.map(|j| &kommune.former[j]);
        let set_aside: Vec<&Kommune> = found
            .iter()
            .filter(|(o, _)| *o != i)
            .map(|(o, _)| &self.kommuner[*o])
            .collect();
        let mut note = former.map(|f| {
            if f.number == wanted {
                crate::t!(
                    "findings-former-number",
                    number = &f.number,
                    former = &f.name,
                    period = &f.period,
                    today_number = &kommune.number,
                    today_name = &kommune.name
                )
            } else {
                crate::t!(
                    "findings-former-name",
                    input = input.trim(),
                    former = &f.name,
                    period = &f.period,
                    number = &f.number,
                    today_number = &kommune.number,
                    today_name = &kommune.name
                )
            }
        });
        if !set_aside.is_empty() {
            let others: Vec<String> = set_aside.iter().map(|k| self.label(k)).collect();
            let region = region.map_or("", |r| r.id);
            let text = match others.as_slice() {
                [one] => crate::t!("findings-another-kommune", other = one, region = region),
                _ => crate::t!(
                    "findings-other-kommuner",
                    others = and_list(&others),
                    region = region
                ),
            };
            note = Some(match note {
                Some(n) => crate::t!("findings-joined", first = n, second = text),
                None => crate::t!(
                    "findings-taken-as",
                    input = input.trim(),
                    kommune = self.label(kommune),
                    region = region,
                    more = text
                ),
            });
        }
        Ok(Resolved {
            kommune,
            former,
            set_aside,
            note,
        })
    }

    fn unknown(&self, input: &str) -> KommuneError {
        KommuneError::Unknown {
            input: input.to_string(),
            suggestions: crate::suggest::closest(
                input,
                self.kommuner
                    .iter()
                    .flat_map(|k| k.names().chain(k.former.iter().map(|f| f.name.as_str()))),
                3,
            )
            .into_iter()
            .map(String::from)
            .collect(),
        }
    }

    fn ambiguous(
        &self,
        input: &str,
        found: &[(usize, Option<usize>)],
        region: Option<InRegion<'_>>,
        served: usize,
    ) -> KommuneError {
        let mut found: Vec<&(usize, Option<usize>)> = found.iter().collect();
        found.sort_by(|a, b| self.kommuner[a.0].number.cmp(&self.kommuner[b.0].number));
        let candidates = found
            .iter()
            .map(|&&(i, f)| {
                let k = &self.kommuner[i];
                match (f.map(|j| &k.former[j]), self.county(k)) {
                    (Some(f), Some(c)) => crate::t!(
                        "findings-candidate-former-county",
                        number = &k.number,
                        name = &k.name,
                        county = &c.name,
                        former = &f.name,
                        former_number = &f.number
                    ),
                    (Some(f), None) => crate::t!(
                        "findings-candidate-former",
                        number = &k.number,
                        name = &k.name,
                        former = &f.name,
                        former_number = &f.number
                    ),
                    (None, _) => self.label(k),
                }
            })
            .collect();
        KommuneError::Ambiguous {
            input: input.to_string(),
            candidates,
            numbers: found
                .iter()
                .map(|&&(i, _)| self.kommuner[i].number.clone())
                .collect(),
            region: region.map(|r| match served {
                0 => crate::t!("findings-region-serves-none", region = r.id),
                _ => crate::t!("findings-region-serves-several", region = r.id),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(s: &str) -> (String, Option<String>) {
        let r = register().resolve(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        (r.kommune.number.clone(), r.note)
    }

    /// Resolves `s` in `region` as the register's memberships say.
    fn resolve_in(s: &str, region: &str) -> Result<Resolved<'static>, KommuneError> {
        let serves = |k: &Kommune| k.membership(region).is_some();
        register().resolve_in(
            s,
            Some(InRegion {
                id: region,
                serves: &serves,
            }),
        )
    }

    fn candidates(e: KommuneError) -> Vec<String> {
        match e {
            KommuneError::Ambiguous { numbers, .. } => numbers,
            other => panic!("{other:?}"),
        }
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

    /// Every kommune of Norway in 2024, each in a county of 2024, and every number not
    /// seen in a source says so.
    #[test]
    fn the_register_holds_every_kommune_of_2024() {
        let r = register();
        assert_eq!(r.kommuner.len(), 357);
        for k in &r.kommuner {
            let county = r
                .county(k)
                .unwrap_or_else(|| panic!("{}: no county", k.number));
            assert!(
                k.check.is_some() || county.check.is_none(),
                "{}: its county's number is unverified, so is its own",
                k.number
            );
            for s in &k.sources {
                assert!(
                    r.sources.iter().any(|x| x.id == *s),
                    "{}: source {s}",
                    k.number
                );
            }
            assert!(!k.sources.is_empty(), "{} rests on no source", k.number);
            if let Some(c) = &k.check {
                assert!(c.contains("[check]"), "{}: {c}", k.number);
            }
            for p in &k.parallel_names {
                assert!(
                    k.names().any(|n| n == p),
                    "{}: {p} is not in {}",
                    k.number,
                    k.name
                );
            }
            assert_eq!(k.names().count(), k.parallel_names.len() + 1, "{}", k.name);
        }
        // The kommuner of the regions rest on verified numbers.
        for k in r.kommuner.iter().filter(|k| !k.regions.is_empty()) {
            assert!(k.check.is_none(), "{}", k.number);
        }
        assert_eq!(r.kommuner.iter().filter(|k| k.check.is_some()).count(), 53);
    }

    #[test]
    fn numbers_and_names() {
        assert_eq!(resolve("4601"), ("4601".into(), None));
        assert_eq!(resolve("bergen"), ("4601".into(), None));
        assert_eq!(resolve(" Drammen "), ("3301".into(), None));
        assert_eq!(resolve("Lunner"), ("3234".into(), None));
    }

    #[test]
    fn renumbering_is_not_an_offset() {
        let (n, note) = resolve("3005");
        assert_eq!(n, "3301");
        assert!(note.unwrap().contains("3005"));
        assert_eq!(resolve("3024").0, "3201");
        assert_eq!(resolve("5411").0, "5510");
        assert_eq!(resolve("5403").0, "5601");
    }

    #[test]
    fn old_names_resolve_with_a_note() {
        assert_eq!(resolve("Lindås").0, "4631");
        assert!(resolve("Lindås").1.unwrap().contains("former name"));
        assert_eq!(resolve("Os (Hordaland)").0, "4624");
        assert_eq!(resolve("Nes (Buskerud)").0, "3322");
        assert_eq!(resolve("1201").0, "4601");
    }

    /// Official parallel names are today's names: no note, the registered form shown.
    #[test]
    fn parallel_names_are_current_names() {
        for name in [
            "Gáivuotna",
            "Kåfjord",
            "Kaivuono",
            "Gáivuotna - Kåfjord - Kaivuono",
            "Kåfjord - Gáivuotna - Kaivuono",
        ] {
            assert_eq!(resolve(name), ("5540".into(), None), "{name}");
        }
        assert_eq!(resolve("Hárstták"), ("5503".into(), None));
        assert_eq!(resolve("Loabák"), ("5518".into(), None));
        assert_eq!(
            register().by_number("5540").unwrap().name,
            "Gáivuotna - Kåfjord - Kaivuono"
        );
        assert_eq!(
            register().by_number("5518").unwrap().name,
            "Loabák - Lavangen"
        );
        assert_eq!(
            register().by_number("5612").unwrap().name,
            "Guovdageaidnu - Kautokeino"
        );
    }

    #[test]
    fn hol_is_not_hole_and_lier_is_not_lierne() {
        assert_eq!(resolve("Hol").0, "3330");
        assert_eq!(resolve("Hole").0, "3310");
        assert_eq!(resolve("Lier").0, "3312");
        assert_eq!(resolve("Lierne").0, "5042");
    }

    /// Names two kommuner share: ambiguous alone, resolved by the region that serves one.
    #[test]
    fn homonyms_need_a_region() {
        assert_eq!(
            candidates(register().resolve("Våler").unwrap_err()),
            ["3114", "3419"]
        );
        assert_eq!(
            candidates(register().resolve("Herøy").unwrap_err()),
            ["1515", "1818"]
        );
        assert_eq!(
            candidates(register().resolve("Os").unwrap_err()),
            ["3430", "4624"]
        );
        assert_eq!(
            candidates(register().resolve("Nes").unwrap_err()),
            ["3228", "3322", "3411"]
        );
        assert_eq!(
            candidates(register().resolve("Sande").unwrap_err()),
            ["1514", "3903"]
        );

        let r = resolve_in("Våler", "sykehuset-ostfold").unwrap();
        assert_eq!(r.kommune.number, "3114");
        assert!(r.former.is_none());
        let note = r.note.unwrap();
        assert!(
            note.contains("3114 Våler (Østfold)") && note.contains("3419 Våler (Innlandet)"),
            "{note}"
        );

        let r = resolve_in("Os", "helse-bergen").unwrap();
        assert_eq!(r.kommune.number, "4624");
        assert_eq!(r.former.unwrap().name, "Os (Hordaland)");
        assert!(r.note.unwrap().contains("3430 Os (Innlandet)"));

        assert_eq!(
            resolve_in("Nes", "vestre-viken").unwrap().kommune.number,
            "3322"
        );
        assert_eq!(
            resolve_in("Sande", "sykehuset-i-vestfold")
                .unwrap()
                .kommune
                .number,
            "3903"
        );

        // A region that serves none of them decides nothing.
        let e = resolve_in("Herøy", "helse-bergen").unwrap_err();
        assert!(e.help().contains("`1515` or `1818`"), "{}", e.help());
        assert!(e.help().contains("serves none"), "{}", e.help());
        // A qualified name is not ambiguous.
        assert_eq!(resolve("Våler (Innlandet)").0, "3419");
        assert_eq!(resolve("Herøy (Nordland)").0, "1818");
    }

    /// A name that only a former kommune had today is not split by it: Ålesund is
    /// Ålesund, though Haram was part of Ålesund 2020–2023.
    #[test]
    fn a_former_name_does_not_shadow_today_s() {
        assert_eq!(resolve("Ålesund"), ("1508".into(), None));
        assert_eq!(
            candidates(register().resolve("1507").unwrap_err()),
            ["1508", "1580"]
        );
    }

    #[test]
    fn unknown_kommune_suggests() {
        match register().resolve("Bergn") {
            Err(KommuneError::Unknown { suggestions, .. }) => assert_eq!(suggestions[0], "Bergen"),
            other => panic!("{other:?}"),
        }
    }
}
