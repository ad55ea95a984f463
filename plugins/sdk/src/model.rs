//! The plain Rust types of the plugin API, mirrored one to one by the WIT types.

use std::fmt;

/// A level of the health service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// helseforetak: specialist health service
    Hf,
    /// kommune: municipal health and care service
    Kommune,
}

/// The codes of the pathway batch's columns (plugins/wit/region.wit): 0 is none, the
/// cases count from 1.
impl Level {
    pub fn code(self) -> u8 {
        match self {
            Level::Hf => 1,
            Level::Kommune => 2,
        }
    }

    pub fn from_code(code: u8) -> Option<Level> {
        match code {
            1 => Some(Level::Hf),
            2 => Some(Level::Kommune),
            _ => None,
        }
    }
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::Hf => "hf",
            Level::Kommune => "kommune",
        }
    }

    /// The Norwegian noun used in notes.
    pub fn name_nb(self) -> &'static str {
        match self {
            Level::Hf => "helseforetaket",
            Level::Kommune => "kommunen",
        }
    }

    pub fn other(self) -> Level {
        match self {
            Level::Hf => Level::Kommune,
            Level::Kommune => Level::Hf,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeGroup {
    Child,
    Adult,
    Elderly,
}

impl AgeGroup {
    pub fn code(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_code(code: u8) -> Option<AgeGroup> {
        Self::ALL.get(usize::from(code).checked_sub(1)?).copied()
    }
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 3] = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Elderly];
    pub fn id(self) -> &'static str {
        match self {
            AgeGroup::Child => "child",
            AgeGroup::Adult => "adult",
            AgeGroup::Elderly => "elderly",
        }
    }
}

/// Where the patient is relative to specialist care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Before,
    During,
    After,
}

impl Phase {
    pub fn code(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_code(code: u8) -> Option<Phase> {
        Self::ALL.get(usize::from(code).checked_sub(1)?).copied()
    }
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Before, Phase::During, Phase::After];
    pub fn id(self) -> &'static str {
        match self {
            Phase::Before => "before",
            Phase::During => "during",
            Phase::After => "after",
        }
    }
}

/// Whether a ruling comes from the region's own agreements or the national baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleSource {
    Region,
    Baseline,
}

/// A question: who owns `task` in this context?
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub task: String,
    /// kommunenummer (4 digits), resolved by the host
    pub kommune: Option<String>,
    pub diagnosis: Option<String>,
    pub age: Option<AgeGroup>,
    pub phase: Option<Phase>,
}

impl Query {
    pub fn task(task: impl Into<String>) -> Self {
        Query {
            task: task.into(),
            ..Query::default()
        }
    }
    pub fn kommune(mut self, number: impl Into<String>) -> Self {
        self.kommune = Some(number.into());
        self
    }
    pub fn diagnosis(mut self, id: impl Into<String>) -> Self {
        self.diagnosis = Some(id.into());
        self
    }
    pub fn age(mut self, age: AgeGroup) -> Self {
        self.age = Some(age);
        self
    }
    pub fn phase(mut self, phase: Phase) -> Self {
        self.phase = Some(phase);
        self
    }
}

/// The answer to a [`Query`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ruling {
    pub task: String,
    /// the level that owns the task; for a shared task the lead
    pub owner: Level,
    pub shared: bool,
    /// other levels that contribute (never the owner)
    pub contributors: Vec<Level>,
    pub partners: Vec<String>,
    pub paragraph_6_2: Vec<u8>,
    pub clause: String,
    /// the legal basis: statutes only ("rettsgrunnlag")
    pub basis: Vec<String>,
    /// agreements, guides and reports the ruling draws on ("kilder"), cited by title,
    /// publisher and year
    pub sources: Vec<String>,
    /// each level carries the duty in full for its own patients (hpl. § 10 a and the
    /// like): `owner` is then the level whose patient it is in the phase asked about
    /// (the kommune when no phase is given), and the task is not shared
    pub own_patients: bool,
    pub rule: String,
    pub source: RuleSource,
    pub note: String,
    pub caveats: Vec<String>,
    pub trace: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryError {
    UnknownTask(String),
    UnknownDiagnosis(String),
    KommuneNotInRegion(String),
    InvalidQuery(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::UnknownTask(t) => write!(f, "unknown task `{t}`"),
            QueryError::UnknownDiagnosis(d) => write!(f, "unknown diagnosis group `{d}`"),
            QueryError::KommuneNotInRegion(k) => write!(f, "kommune `{k}` is not in the region"),
            QueryError::InvalidQuery(m) => write!(f, "invalid query: {m}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskInfo {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementRef {
    pub id: String,
    pub title: String,
    pub version: String,
    pub adopted: Option<String>,
    pub effective_from: Option<String>,
    pub effective_to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub id: String,
    pub name: String,
    pub rhf: String,
    pub hf_parties: Vec<String>,
    pub agreements: Vec<AgreementRef>,
    pub kommuner: Vec<String>,
    pub tasks: Vec<TaskInfo>,
    pub diagnosis_groups: Vec<String>,
    pub catalogue_version: String,
    pub sdk_version: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementStatus {
    Draft,
    Adopted,
}

/// The settlement a jointly run measure needs (hol. § 6-2 last ledd).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedMeasure {
    pub employer: Option<String>,
    pub organisation: Option<String>,
    pub funding: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// position in the document's `clauses` array
    pub index: u32,
    pub task: String,
    pub owner: Level,
    pub shared: bool,
    pub contributors: Vec<Level>,
    pub ta_reference: Option<String>,
    pub shared_measure: Option<SharedMeasure>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub id: String,
    pub kind: String,
    pub status: AgreementStatus,
    pub region: String,
    pub paragraph_6_2: Vec<u8>,
    pub local_ta: Vec<String>,
    pub parents: Vec<String>,
    pub user_representation: Option<bool>,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    /// JSON pointer into the agreement document
    pub pointer: String,
    pub message: Text,
    pub rule: String,
    pub basis: Vec<String>,
    pub help: Option<Text>,
}

/// A text for a person: a message of the host's catalogue (`engine/i18n`), which the
/// host renders in the user's language, or free text, shown as written. Make a message
/// with [`msg!`](crate::msg).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Message(Message),
    Free(String),
}

/// A catalogue message: its id and named arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message argument: text (a task id, a level's id) or a number (for plural rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Text {
    /// The message's id, or none for free text.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Text::Message(m) => Some(m.id),
            Text::Free(_) => None,
        }
    }

    /// The text argument `name` of a message.
    pub fn arg(&self, name: &str) -> Option<&str> {
        match self {
            Text::Message(m) => m.args.iter().find_map(|(n, v)| match v {
                Arg::Text(t) if *n == name => Some(t.as_str()),
                _ => None,
            }),
            Text::Free(_) => None,
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Level> for Arg {
    fn from(l: Level) -> Arg {
        Arg::Text(l.id().to_string())
    }
}

impl From<Phase> for Arg {
    fn from(p: Phase) -> Arg {
        Arg::Text(p.id().to_string())
    }
}

impl From<AgeGroup> for Arg {
    fn from(a: AgeGroup) -> Arg {
        Arg::Text(a.id().to_string())
    }
}

impl From<bool> for Arg {
    /// `yes` or `no`, for the catalogue to select on.
    fn from(b: bool) -> Arg {
        Arg::Text(if b { "yes" } else { "no" }.to_string())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as i64)
            }
        }
    )*};
}

number_args!(u8, u32, usize);

/// A handover to another level at the end of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handover {
    pub to: Level,
    /// whether information goes with it (e.g. the discharge letter)
    pub information: bool,
}

/// One planned step of a pathway. Text borrows from the batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Step<'a> {
    /// the step's id in the document, for messages
    pub id: &'a str,
    pub task: &'a str,
    /// the level planned to carry the step; `None` when the plan names no owner
    pub planned: Option<Level>,
    pub phase: Option<Phase>,
    /// the date as YYYYMMDD (20260314)
    pub date: Option<u32>,
    pub handover: Option<Handover>,
}

/// A planned patient pathway (pasientforløp) in one kommune of the region.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pathway<'a> {
    /// kommunenummer, resolved by the host
    pub kommune: Option<&'a str>,
    pub diagnosis: Option<&'a str>,
    pub age: Option<AgeGroup>,
    /// the patient has children under 18 (hpl. § 10 a)
    pub minor_children: bool,
    /// long-term, coordinated services from both levels (hol. §§ 7-1, 7-2)
    pub long_term_needs: bool,
    /// the patient (or the patient's partner) is expecting a child: the barnekoordinator
    /// (hol. § 7-2 a) is also for families expecting a child with serious illness,
    /// injury or disability
    pub expecting_child: bool,
    pub steps: Vec<Step<'a>>,
}

/// A date as YYYY-MM-DD from its YYYYMMDD number.
pub fn date_text(date: u32) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date / 10_000,
        date / 100 % 100,
        date % 100
    )
}

/// How a planned step relates to the region's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// planned by the owner (the lead, for a shared task)
    Ok,
    /// planned by a level that contributes to a shared task
    Contributor,
    /// planned by a level that neither owns nor contributes
    WrongLevel,
    /// the task is not in the catalogue
    UnknownTask,
    /// the plan names no owner
    NoOwner,
    /// planned by the baseline's owner, but no agreement of the region covers the task
    NotCovered,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Ok,
        Verdict::Contributor,
        Verdict::WrongLevel,
        Verdict::UnknownTask,
        Verdict::NoOwner,
        Verdict::NotCovered,
    ];

    /// The case of the WIT `verdict` enum, counted from 0 (the answer's `verdicts`).
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Verdict> {
        Self::ALL.get(usize::from(code)).copied()
    }

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Contributor => "contributor",
            Verdict::WrongLevel => "wrong-level",
            Verdict::UnknownTask => "unknown-task",
            Verdict::NoOwner => "no-owner",
            Verdict::NotCovered => "not-covered",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepVerdict {
    pub verdict: Verdict,
    /// index into [`PathwayAnswer::ruling_keys`] (and `rulings`); `None` for an unknown
    /// task
    pub ruling: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PathwayReport {
    /// the pathway as a whole could not be evaluated
    pub error: Option<QueryError>,
    pub steps: Vec<StepVerdict>,
    /// pathway-level findings; pointers are into the pathway document
    pub findings: Vec<Finding>,
}

/// The answer to a batch of pathways: each distinct ruling once (no trace) with its key,
/// and one report per pathway, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PathwayAnswer {
    /// the key of each distinct ruling the reports refer to: the same key always stands
    /// for the same ruling, or is [`RULING_NOT_KEPT`]
    pub ruling_keys: Vec<u64>,
    /// per key: the ruling, or `None` when the caller listed the key as known
    pub rulings: Vec<Option<Ruling>>,
    pub reports: Vec<PathwayReport>,
}

/// The key of a ruling the host must not keep: it always comes in full.
pub const RULING_NOT_KEPT: u64 = u64::MAX;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_codes_round_trip_and_zero_is_none() {
        for l in [Level::Hf, Level::Kommune] {
            assert_eq!(Level::from_code(l.code()), Some(l));
            // A handover's code adds 4 for information; the level stays in the low bits.
            assert_eq!(Level::from_code((l.code() | 4) & 3), Some(l));
        }
        for a in AgeGroup::ALL {
            assert_eq!(AgeGroup::from_code(a.code()), Some(a));
        }
        for p in Phase::ALL {
            assert_eq!(Phase::from_code(p.code()), Some(p));
        }
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_code(v.code()), Some(v));
        }
        assert_eq!(Level::from_code(0), None);
        assert_eq!(Level::from_code(3), None);
        assert_eq!(AgeGroup::from_code(0), None);
        assert_eq!(AgeGroup::from_code(4), None);
        assert_eq!(Phase::from_code(0), None);
        assert_eq!(Phase::from_code(255), None);
        assert_eq!(Verdict::from_code(6), None);
        // The WIT enum's order, which the host decodes by.
        let ids: Vec<&str> = Verdict::ALL.iter().map(|v| v.id()).collect();
        assert_eq!(
            ids,
            [
                "ok",
                "contributor",
                "wrong-level",
                "unknown-task",
                "no-owner",
                "not-covered"
            ]
        );
    }
}
