//! The public JSON Schemas, and their violations turned into findings that say how to fix
//! them: the field meant by a misspelt key, the value meant by a Norwegian word or a
//! typo, the ISO form of a Norwegian date, the quotes a kommunenummer needs, the number
//! of a kommune given by its name.

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::json::escape_token;
use crate::codes::Code;
use crate::finding::{Finding, Location, Origin, Severity};
use crate::kommune::{self, InRegion, KommuneError};
use crate::suggest;

/// One of the schemas in `schemas/`, compiled once.
pub struct Schema {
    /// Its path in the repository, as findings name it.
    pub name: &'static str,
    value: Value,
    validator: Validator,
}

/// A schema violation, not yet located in the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Violation {
    /// `unknown-field` or `schema`.
    pub code: Code,
    /// Where in the document: for an unknown field the field itself.
    pub pointer: String,
    /// Whether to point at the key of `pointer` (an unknown field) rather than its value.
    pub at_key: bool,
    pub message: String,
    pub help: Option<String>,
}

impl Schema {
    pub fn agreement() -> &'static Schema {
        static S: OnceLock<Schema> = OnceLock::new();
        S.get_or_init(|| {
            Schema::compile(
                "schemas/agreement.schema.json",
                include_str!("../../../schemas/agreement.schema.json"),
            )
        })
    }

    pub fn pathway() -> &'static Schema {
        static S: OnceLock<Schema> = OnceLock::new();
        S.get_or_init(|| {
            Schema::compile(
                "schemas/pathway.schema.json",
                include_str!("../../../schemas/pathway.schema.json"),
            )
        })
    }

    fn compile(name: &'static str, text: &str) -> Schema {
        // Both schemas are embedded at build time and tested below: failing here is a
        // bug in the build, not in anything a user gave.
        let value: Value = serde_json::from_str(text).expect("an embedded schema is JSON");
        let validator = jsonschema::validator_for(&value).expect("an embedded schema is valid");
        Schema {
            name,
            value,
            validator,
        }
    }

    /// `v` as an error finding at `location`, its origin this schema.
    pub fn finding(&self, v: Violation, location: Location) -> Finding {
        Finding {
            code: v.code.id().into(),
            severity: Severity::Error,
            message: v.message,
            pointer: v.pointer,
            location,
            origin: Origin::Schema {
                schema: self.name.into(),
            },
            help: v.help,
        }
    }

    pub fn is_valid(&self, document: &Value) -> bool {
        self.validator.is_valid(document)
    }

    /// Every violation in `document`, each with a way to fix it where one can be told.
    pub fn violations(&self, document: &Value) -> Vec<Violation> {
        let mut out = Vec::new();
        // A kommune's name is read in the document's region, where a name two kommuner
        // share means the region's.
        let region = document.get("region").and_then(Value::as_str);
        for e in self.validator.iter_errors(document) {
            let pointer = e.instance_path().as_str().to_string();
            // The subschema holding the failed keyword: its `properties`, `description`,
            // `type` and `pattern` tell what was meant.
            let keyword_at = e.schema_path().as_str();
            let parent = keyword_at.rsplit_once('/').map_or("", |(p, _)| p);
            let at = self.value.pointer(parent).unwrap_or(&Value::Null);
            if let ValidationErrorKind::AdditionalProperties { unexpected } = e.kind() {
                for key in unexpected {
                    out.push(Violation {
                        code: Code::UnknownField,
                        pointer: format!("{pointer}/{}", escape_token(key)),
                        at_key: true,
                        message: crate::t!("findings-unknown-field", field = key),
                        help: Some(self.unknown_field_help(key, at)),
                    });
                }
                continue;
            }
            out.push(Violation {
                code: Code::Schema,
                message: message(&e),
                help: help(&e, at, region),
                pointer,
                at_key: false,
            });
        }
        out
    }

    fn unknown_field_help(&self, key: &str, at: &Value) -> String {
        let allowed: Vec<&str> = at
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let lower = key.to_lowercase();
        if let Some((_, field)) = FIELD_SYNONYMS
            .iter()
            .find(|(word, field)| *word == lower && allowed.contains(field))
        {
            return crate::t!("findings-did-you-mean", meant = *field);
        }
        if let Some(meant) = suggest::did_you_mean(key, allowed.iter().copied()) {
            return meant;
        }
        if allowed.is_empty() {
            return crate::t!("findings-check-spelling", schema = self.name);
        }
        crate::t!(
            "findings-allowed-fields",
            fields = code_list(&allowed),
            schema = self.name
        )
    }
}

/// The violation in words, with the offending value cut short: a wrong type at the
/// root would otherwise quote the whole document. The keywords the schemas use are
/// worded by the catalogue (in English as the validator words them); any other keeps
/// the validator's own English.
fn message(e: &ValidationError<'_>) -> String {
    const MAX: usize = 60;
    let given = e.instance().to_string();
    let value = if given.chars().count() <= MAX {
        given.clone()
    } else {
        let cut: String = given.chars().take(MAX - 1).collect();
        format!("{cut}…")
    };
    let value = value.as_str();
    match e.kind() {
        ValidationErrorKind::Required { property } => {
            crate::t!("findings-schema-required", property = property.to_string())
        }
        ValidationErrorKind::Type {
            kind: TypeKind::Single(wanted),
        } => crate::t!(
            "findings-schema-type",
            value = value,
            wanted = wanted.as_str()
        ),
        ValidationErrorKind::Type {
            kind: TypeKind::Multiple(types),
        } => {
            let wanted: Vec<String> = types.iter().map(|t| format!("\"{t}\"")).collect();
            crate::t!(
                "findings-schema-types",
                value = value,
                wanted = wanted.join(", ")
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .map(|o| o.iter().map(Value::to_string).collect())
                .unwrap_or_default();
            match options.as_slice() {
                [] => e.to_string(),
                [one] => crate::t!("findings-schema-enum-one", value = value, option = one),
                [rest @ .., last] if options.len() <= 3 => crate::t!(
                    "findings-schema-enum",
                    value = value,
                    options = rest.join(", "),
                    last = last
                ),
                _ => crate::t!(
                    "findings-schema-enum-more",
                    value = value,
                    options = options[..2].join(", "),
                    count = options.len() - 2
                ),
            }
        }
        ValidationErrorKind::Pattern { pattern } => {
            crate::t!("findings-schema-pattern", value = value, pattern = pattern)
        }
        ValidationErrorKind::Format { format } => {
            crate::t!("findings-schema-format", value = value, format = format)
        }
        ValidationErrorKind::MinLength { limit } => {
            crate::t!("findings-schema-min-length", value = value, limit = *limit)
        }
        ValidationErrorKind::MaxLength { limit } => {
            crate::t!("findings-schema-max-length", value = value, limit = *limit)
        }
        ValidationErrorKind::MinItems { limit } => {
            crate::t!("findings-schema-min-items", value = value, limit = *limit)
        }
        ValidationErrorKind::MaxItems { limit } => {
            crate::t!("findings-schema-max-items", value = value, limit = *limit)
        }
        ValidationErrorKind::Minimum { limit } => crate::t!(
            "findings-schema-minimum",
            value = value,
            limit = limit.to_string()
        ),
        ValidationErrorKind::Maximum { limit } => crate::t!(
            "findings-schema-maximum",
            value = value,
            limit = limit.to_string()
        ),
        ValidationErrorKind::Constant { expected_value } => crate::t!(
            "findings-schema-const",
            expected = expected_value.to_string()
        ),
        ValidationErrorKind::UniqueItems => crate::t!("findings-schema-unique", value = value),
        _ => e.to_string().replacen(&given, value, 1),
    }
}

/// How to mend one violation other than an unknown field; `at` is the subschema whose
/// keyword failed, `region` the document's region.
fn help(e: &ValidationError<'_>, at: &Value, region: Option<&str>) -> Option<String> {
    let given = e.instance().as_ref();
    let described = || description(at).map(str::to_string);
    // The field the value stands in ("" at the root, an index in a list).
    let key = e
        .instance_path()
        .as_str()
        .rsplit('/')
        .next()
        .unwrap_or_default();
    match e.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let wanted = at.pointer(&format!("/properties/{}", escape_token(name)));
            Some(match wanted.and_then(description) {
                Some(d) => crate::t!(
                    "findings-schema-add-described",
                    field = name,
                    description = d
                ),
                None => crate::t!("findings-schema-add", field = name),
            })
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            given
                .as_str()
                .and_then(|s| meant_value(s, &options))
                .map(|m| crate::t!("findings-did-you-mean", meant = m))
                .or_else(described)
        }
        ValidationErrorKind::Type { .. } => type_help(given, at, key).or_else(described),
        ValidationErrorKind::Pattern { pattern } if pattern == KOMMUNENUMMER => given
            .as_str()
            .and_then(|s| {
                rewrite(s, pattern)
                    .map(|r| crate::t!("findings-write", value = r))
                    .or_else(|| kommune_help(s, region))
            })
            .or_else(described),
        ValidationErrorKind::Pattern { pattern } => given
            .as_str()
            .and_then(|s| rewrite(s, pattern))
            // A region's name in kebab case is not always its id (`Helse Nord` is
            // `unn`): offer only an id there is a plugin for.
            .filter(|r| key != "region" || crate::plugin::embedded::find(r).is_some())
            .map(|r| crate::t!("findings-write", value = r))
            .or_else(described),
        ValidationErrorKind::MinItems { limit } => Some(match (limit, description(at)) {
            (1, Some(d)) => crate::t!("findings-schema-at-least-one-described", description = d),
            (1, None) => crate::t!("findings-schema-at-least-one"),
            (n, _) => crate::t!("findings-schema-at-least", count = *n),
        }),
        ValidationErrorKind::MinLength { .. } => Some(match description(at) {
            Some(d) => crate::t!("findings-schema-write-something-described", description = d),
            None => crate::t!("findings-schema-write-something"),
        }),
        ValidationErrorKind::Constant { expected_value } => Some(crate::t!(
            "findings-schema-write-const",
            value = expected_value.to_string()
        )),
        _ => described(),
    }
}

/// The pattern of a kommunenummer in the schemas.
const KOMMUNENUMMER: &str = "^[0-9]{4}$";

/// The number of the kommune `given` names, where a kommunenummer belongs: in `region`
/// a name two kommuner share means the region's, elsewhere every candidate is named.
fn kommune_help(given: &str, region: Option<&str>) -> Option<String> {
    let serves = |k: &kommune::Kommune| region.is_some_and(|r| k.membership(r).is_some());
    let in_region = region.map(|id| InRegion {
        id,
        serves: &serves,
    });
    match kommune::register().resolve_in(given, in_region) {
        Ok(r) => Some(match &r.note {
            Some(note) => crate::t!(
                "findings-kommune-note-write",
                note = note,
                number = &r.kommune.number
            ),
            None => crate::t!(
                "findings-kommune-is-write",
                given = given.trim(),
                number = &r.kommune.number,
                name = &r.kommune.name
            ),
        }),
        Err(e @ KommuneError::Ambiguous { .. }) => Some(crate::t!(
            "findings-joined",
            first = e.to_string(),
            second = e.help()
        )),
        Err(KommuneError::Unknown { suggestions, .. }) if !suggestions.is_empty() => {
            Some(crate::t!(
                "findings-no-kommune-called",
                given = given.trim(),
                suggestions = suggestions
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        }
        Err(KommuneError::Unknown { .. }) => None,
    }
}

fn description(at: &Value) -> Option<&str> {
    at.get("description").and_then(Value::as_str)
}

/// The allowed value meant by `given`: a Norwegian word for it, another case of it, or a
/// close misspelling.
fn meant_value<'a>(given: &str, options: &[&'a str]) -> Option<&'a str> {
    let lower = given.trim().to_lowercase();
    if let Some(&(_, id)) = SYNONYMS
        .iter()
        .find(|(word, id)| *word == lower && options.contains(id))
    {
        return Some(id);
    }
    if let Some(o) = options.iter().copied().find(|o| o.to_lowercase() == lower) {
        return Some(o);
    }
    suggest::closest(given, options.iter().copied(), 1)
        .first()
        .copied()
}

/// Norwegian words a user writes for the schemas' fields, which are English; a word may
/// mean different fields in the two schemas (the first allowed where it stands is meant).
const FIELD_SYNONYMS: &[(&str, &str)] = &[
    ("alder", "age_group"),
    ("aldersgruppe", "age_group"),
    ("ansvar", "owner"),
    ("ansvar", "planned_owner"),
    ("ansvarlig", "owner"),
    ("ansvarlig", "planned_owner"),
    ("barn", "minor_children"),
    ("dato", "date"),
    ("diagnose", "diagnosis"),
    ("eier", "owner"),
    ("eier", "planned_owner"),
    ("fase", "phase"),
    ("merknad", "note"),
    ("nivå", "planned_owner"),
    ("oppgave", "task"),
    ("overføring", "handover"),
    ("pasient", "patient"),
    ("steg", "steps"),
    ("tittel", "title"),
    ("utfører", "provider"),
];

/// Words a Norwegian user writes for the schemas' values. The pathway schema's values are
/// English ids, the agreement schema's Norwegian ones; each side's words for the other.
const SYNONYMS: &[(&str, &str)] = &[
    ("adopted", "vedtatt"),
    ("barn", "child"),
    ("draft", "utkast"),
    ("eldre", "elderly"),
    ("etter", "after"),
    ("felles", "delt"),
    ("foer", "before"),
    ("for", "before"),
    ("forslag", "utkast"),
    ("før", "before"),
    ("godkjent", "vedtatt"),
    ("gyldig", "vedtatt"),
    ("helseforetak", "hf"),
    ("helseforetaket", "hf"),
    ("hospital", "hf"),
    ("innlagt", "during"),
    ("kommunen", "kommune"),
    ("municipality", "kommune"),
    ("shared", "delt"),
    ("spesialisthelsetjenesten", "hf"),
    ("sykehus", "hf"),
    ("sykehuset", "hf"),
    ("under", "during"),
    ("voksen", "adult"),
];

/// The JSON that was meant where a value has the wrong type; `key` is the value's field.
fn type_help(given: &Value, at: &Value, key: &str) -> Option<String> {
    let wants = |t: &str| match at.get("type") {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(a)) => a.iter().any(|v| v == t),
        _ => false,
    };
    match given {
        _ if wants("boolean") => {
            let word = match given {
                Value::String(s) => s.trim().to_lowercase(),
                other => other.to_string(),
            };
            Some(match word.as_str() {
                "true" | "ja" | "yes" | "sann" | "1" => crate::t!("findings-write-true"),
                "false" | "nei" | "no" | "usann" | "0" => crate::t!("findings-write-false"),
                _ => crate::t!("findings-write-true-or-false"),
            })
        }
        Value::String(s)
            if (wants("integer") || wants("number")) && s.trim().parse::<f64>().is_ok() =>
        {
            Some(crate::t!("findings-write-unquoted", value = s.trim()))
        }
        Value::Number(n) if wants("string") => {
            // A kommunenummer written as a number has lost its leading zero.
            let four_digits =
                key == "kommune" || at.get("pattern").and_then(Value::as_str) == Some("^[0-9]{4}$");
            Some(match n.as_u64() {
                Some(k) if four_digits && k < 10_000 => {
                    crate::t!(
                        "findings-write-quoted-four-digits",
                        number = format!("{k:04}")
                    )
                }
                _ => crate::t!("findings-write-quoted", value = n.to_string()),
            })
        }
        Value::Bool(b) if wants("string") => {
            Some(crate::t!("findings-write-quoted", value = b.to_string()))
        }
        Value::Array(_) if wants("object") && key.is_empty() => {
            Some(crate::t!("findings-one-document-per-file"))
        }
        Value::String(_) | Value::Number(_) | Value::Bool(_) if wants("array") => {
            Some(crate::t!("findings-put-in-list", value = given.to_string()))
        }
        _ => None,
    }
}

/// `given` rewritten to match `pattern`, where the mistake is a common one: a Norwegian
/// date (`12.03.2026`), a kommunenummer without its leading zero, an id with capitals,
/// spaces or æøå.
fn rewrite(given: &str, pattern: &str) -> Option<String> {
    let t = given.trim();
    let candidate = match pattern {
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => iso_date(t)?,
        "^[0-9]{4}$" if !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{t:0>4}")
        }
        "^[a-z0-9]+(-[a-z0-9]+)*$" => kebab(t),
        "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$" => {
            let (region, name) = t.split_once('/')?;
            format!("{}/{}", kebab(region), kebab(name))
        }
        _ => return None,
    };
    // Each rewrite matches its pattern by construction, once it is not empty.
    (!candidate.is_empty()
        && !candidate.starts_with('/')
        && !candidate.ends_with('/')
        && candidate != given)
        .then_some(candidate)
}

/// `DD.MM.YYYY` (or with `/` or `-`, one-digit day and month allowed), or `YYYY-M-D`,
/// as `YYYY-MM-DD`.
fn iso_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(['.', '/', '-']).collect();
    let [d, m, y] = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => [d, m, y],
        [d, m, y] if y.len() == 4 => [d, m, y],
        _ => return None,
    };
    let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// An id in lower-case kebab-case: `Helse Bergen` → `helse-bergen`, `Særavtale` →
/// `saeravtale`.
fn kebab(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'å' => out.push('a'),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `` `a`, `b` and `c` ``.
fn code_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    kommune::and_list(&quoted)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn kols() -> Value {
        serde_json::from_str(include_str!("../../../agreements/unn/pathways/kols.json")).unwrap()
    }

    fn only(schema: &Schema, doc: &Value) -> Violation {
        let mut v = schema.violations(doc);
        assert_eq!(v.len(), 1, "{v:#?}");
        v.remove(0)
    }

    #[test]
    fn the_schemas_accept_the_repository_s_documents() {
        assert!(Schema::pathway().is_valid(&kols()));
        let agreement: Value = serde_json::from_str(include_str!(
            "../../../agreements/unn/tjenesteavtale-6-fagnettverk.json"
        ))
        .unwrap();
        assert_eq!(Schema::agreement().violations(&agreement), vec![]);
    }

    #[test]
    fn a_misspelt_field_is_named() {
        let mut doc = kols();
        let step = doc["steps"][1].as_object_mut().unwrap();
        let owner = step.remove("planned_owner").unwrap();
        step.insert("planed_owner".into(), owner);
        let v = Schema::pathway().violations(&doc);
        let unknown = v.iter().find(|v| v.code == Code::UnknownField).unwrap();
        assert_eq!(unknown.pointer, "/steps/1/planed_owner");
        assert!(unknown.at_key);
        assert_eq!(
            unknown.help.as_deref(),
            Some("did you mean `planned_owner`?")
        );
    }

    /// The help of the one violation the kols example has after `edit`.
    fn help_after(edit: impl FnOnce(&mut Value)) -> String {
        let mut doc = kols();
        edit(&mut doc);
        only(Schema::pathway(), &doc).help.unwrap_or_default()
    }

    #[test]
    fn an_unknown_field_far_from_any_lists_the_allowed_ones() {
        assert_eq!(
            help_after(|d| d["patient"]["xyzzy"] = json!(1)),
            "the fields allowed here are `diagnosis`, `age_group`, `minor_children`, \
             `long_term_needs` and `expecting_child` (schemas/pathway.schema.json)"
        );
    }

    #[test]
    fn a_norwegian_word_for_a_value_is_understood() {
        for (written, meant) in [
            ("etter", "after"),
            ("Før", "before"),
            ("During", "during"),
            ("aftr", "after"),
        ] {
            assert_eq!(
                help_after(|d| d["steps"][0]["phase"] = json!(written)),
                format!("did you mean `{meant}`?"),
                "{written}"
            );
        }
        assert_eq!(
            help_after(|d| d["steps"][0]["planned_owner"] = json!("sykehus")),
            "did you mean `hf`?"
        );
    }

    #[test]
    fn a_value_with_no_likely_meaning_gets_the_field_s_description() {
        assert_eq!(
            help_after(|d| d["steps"][0]["phase"] = json!("zzz")),
            "Where the patient is relative to specialist care: before, during or after"
        );
    }

    #[test]
    fn a_missing_field_is_described() {
        let mut doc = kols();
        doc["steps"][3].as_object_mut().unwrap().remove("task");
        let v = only(Schema::pathway(), &doc);
        assert_eq!(v.pointer, "/steps/3");
        assert_eq!(
            v.help.as_deref(),
            Some("add `task`: Task id from schemas/catalogue.json")
        );
    }

    #[test]
    fn a_norwegian_date_is_rewritten() {
        for (written, help) in [
            ("5.1.2026", "write `2026-01-05`"),
            ("05/01/2026", "write `2026-01-05`"),
            ("2026-1-5", "write `2026-01-05`"),
            ("neste uke", "Planned date, YYYY-MM-DD"),
        ] {
            assert_eq!(
                help_after(|d| d["steps"][0]["date"] = json!(written)),
                help,
                "{written}"
            );
        }
    }

    #[test]
    fn wrong_types_are_rewritten() {
        for (pointer, given, help) in [
            (
                "/patient/minor_children",
                json!("ja"),
                "write `true`, without quotes",
            ),
            (
                "/patient/long_term_needs",
                json!(0),
                "write `false`, without quotes",
            ),
            (
                "/patient/long_term_needs",
                json!("kanskje"),
                "write `true` or `false`, without quotes",
            ),
            (
                "/kommune",
                json!(301),
                "write it in quotes, with all four digits: `\"0301\"`",
            ),
            ("/steps/0/task", json!(12), "write it in quotes: `\"12\"`"),
        ] {
            let edit = |d: &mut Value| *d.pointer_mut(pointer).unwrap() = given.clone();
            assert_eq!(help_after(edit), help, "{pointer}");
        }
    }

    #[test]
    fn a_list_of_documents_is_told_apart_and_not_quoted_whole() {
        let v = only(Schema::pathway(), &json!([kols(), kols()]));
        assert!(v.message.starts_with("[{\""), "{}", v.message);
        assert!(
            v.message.ends_with("… is not of type \"object\""),
            "{}",
            v.message
        );
        assert!(v.message.chars().count() < 100, "{}", v.message);
        assert!(v.help.unwrap().contains(".jsonl"));
    }

    #[test]
    fn a_region_s_name_becomes_its_id_only_where_there_is_one() {
        assert_eq!(
            help_after(|d| d["region"] = json!("Helse Bergen")),
            "write `helse-bergen`"
        );
        assert_eq!(
            help_after(|d| d["region"] = json!("Helse Nord")),
            "Region id (helse-bergen, unn, ...): the plugin whose rules apply"
        );
    }

    #[test]
    fn a_kommunenummer_keeps_its_leading_zero() {
        let agreement = |kommuner: Value| {
            let mut a: Value = serde_json::from_str(include_str!(
                "../../../agreements/unn/tjenesteavtale-6-fagnettverk.json"
            ))
            .unwrap();
            a["parties"]["kommuner"] = kommuner;
            only(Schema::agreement(), &a).help
        };
        assert_eq!(
            agreement(json!([301])).as_deref(),
            Some("write it in quotes, with all four digits: `\"0301\"`")
        );
        assert_eq!(agreement(json!(["301"])).as_deref(), Some("write `0301`"));
        assert_eq!(agreement(json!([" 4601"])).as_deref(), Some("write `4601`"));
    }

    /// A kommune's name where its number belongs gets the number, read in the
    /// document's region (here unn); a name two kommuner share gets both numbers.
    #[test]
    fn a_kommune_name_gets_its_number() {
        let help = |name: &str| {
            let mut a: Value = serde_json::from_str(include_str!(
                "../../../agreements/unn/tjenesteavtale-6-fagnettverk.json"
            ))
            .unwrap();
            a["parties"]["kommuner"] = json!([name]);
            only(Schema::agreement(), &a).help.unwrap()
        };
        assert_eq!(
            help("Tromsø"),
            "`Tromsø` is kommune 5501 Tromsø: write `5501`"
        );
        assert_eq!(
            help("Gáivuotna"),
            "`Gáivuotna` is kommune 5540 Gáivuotna - Kåfjord - Kaivuono: write `5540`"
        );
        let heroy = help("Herøy");
        assert!(heroy.contains("`1515` or `1818`"), "{heroy}");
        assert!(heroy.contains("region unn serves none of them"), "{heroy}");
        let old = help("Skånland");
        assert!(
            old.contains("former name") && old.ends_with("write `5512`"),
            "{old}"
        );
        assert!(help("Tromsøø").contains("did you mean `Tromsø`"));
    }

    #[test]
    fn ids_are_rewritten_in_kebab_case() {
        assert_eq!(kebab("Helse Bergen"), "helse-bergen");
        assert_eq!(
            kebab("  Særavtale: Læring og mestring "),
            "saeravtale-laering-og-mestring"
        );
        assert_eq!(
            rewrite(
                "Helse Bergen/TA 2",
                "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"
            ),
            Some("helse-bergen/ta-2".into())
        );
        // Nothing to offer where the rewrite would not match, or changes nothing.
        assert_eq!(rewrite("---", "^[a-z0-9]+(-[a-z0-9]+)*$"), None);
        assert_eq!(rewrite("32.13.2026", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), None);
    }

    /// Every value of an `enum` and every field under `properties`, in both schemas.
    fn schema_words() -> (Vec<&'static str>, Vec<&'static str>) {
        fn walk(v: &'static Value, values: &mut Vec<&'static str>, fields: &mut Vec<&'static str>) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::Array(e)) = m.get("enum") {
                        values.extend(e.iter().filter_map(Value::as_str));
                    }
                    if let Some(Value::Object(p)) = m.get("properties") {
                        fields.extend(p.keys().map(String::as_str));
                    }
                    m.values().for_each(|v| walk(v, values, fields));
                }
                Value::Array(a) => a.iter().for_each(|v| walk(v, values, fields)),
                _ => {}
            }
        }
        let (mut values, mut fields) = (Vec::new(), Vec::new());
        for schema in [Schema::agreement(), Schema::pathway()] {
            walk(&schema.value, &mut values, &mut fields);
        }
        (values, fields)
    }

    #[test]
    fn every_synonym_names_a_value_or_field_of_a_schema() {
        let (values, fields) = schema_words();
        for (word, id) in SYNONYMS {
            assert!(values.contains(id), "{word} → {id}, which no schema allows");
        }
        for (word, field) in FIELD_SYNONYMS {
            assert!(
                fields.contains(field),
                "{word} → {field}, which no schema has"
            );
        }
        assert!(
            SYNONYMS.windows(2).all(|w| w[0].0 < w[1].0),
            "keep SYNONYMS sorted"
        );
        assert!(
            FIELD_SYNONYMS.windows(2).all(|w| w[0] < w[1]),
            "keep FIELD_SYNONYMS sorted"
        );
    }

    #[test]
    fn a_norwegian_field_name_is_understood() {
        let mut doc = kols();
        doc["patient"]["alder"] = json!("voksen");
        doc["steps"][0]["eier"] = json!("hf");
        let helps: Vec<_> = Schema::pathway()
            .violations(&doc)
            .into_iter()
            .map(|v| (v.pointer, v.help.unwrap_or_default()))
            .collect();
        assert_eq!(
            helps,
            [
                (
                    "/patient/alder".to_string(),
                    "did you mean `age_group`?".to_string()
                ),
                (
                    "/steps/0/eier".to_string(),
                    "did you mean `planned_owner`?".to_string()
                ),
            ]
        );
        // The same word means the field of the schema it stands in.
        let mut agreement: Value = serde_json::from_str(include_str!(
            "../../../agreements/unn/tjenesteavtale-6-fagnettverk.json"
        ))
        .unwrap();
        agreement["clauses"][0]["eier"] = json!("hf");
        assert_eq!(
            only(Schema::agreement(), &agreement).help.as_deref(),
            Some("did you mean `owner`?")
        );
    }

    mod properties {
        use proptest::prelude::*;
        use serde_json::{Value, json};

        use super::super::*;
        use super::kols;

        /// Every pointer to a value in `v`.
        fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => m
                    .iter()
                    .for_each(|(k, v)| pointers(v, format!("{at}/{}", escape_token(k)), out)),
                Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
                _ => {}
            }
            out.push(at);
        }

        fn leaf() -> impl Strategy<Value = Value> {
            prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>().prop_map(Value::from),
                "[a-zæøåA-Z0-9 ./:-]{0,200}".prop_map(Value::from),
                Just(json!([1, "x"])),
                Just(json!({"zz": 1})),
            ]
        }

        proptest! {
            /// Whatever value stands anywhere in a pathway, the violations are told
            /// without a panic, the unknown fields with help, and no message quotes a
            /// long value whole.
            #[test]
            fn any_value_anywhere_is_explained(pick in any::<prop::sample::Index>(), value in leaf()) {
                let mut doc = kols();
                let mut all = Vec::new();
                pointers(&doc, String::new(), &mut all);
                let pointer = pick.get(&all).clone();
                match doc.pointer_mut(&pointer) {
                    Some(v) => *v = value,
                    None => unreachable!("{pointer} was listed"),
                }
                for v in Schema::pathway().violations(&doc) {
                    prop_assert!(v.message.chars().count() < 200, "{}", v.message);
                    if v.code == Code::UnknownField {
                        prop_assert!(v.help.is_some());
                    }
                }
            }
        }
    }
}
