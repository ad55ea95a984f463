//! The pathway batch in its wire form (columns, plugins/wit/region.wit) and the host's
//! view of it: pathways and steps as records going in, step verdicts coming out.
//!
//! The columns exist because lowering a list of records costs wasmtime a bounds-checked
//! store per field of every record, which made the call several times the cost of the
//! rules themselves; a list of numbers is one copy.

use super::{
    AgeGroup, Level, PathwayAnswer, PathwayBatch, PathwayColumns, Phase, StepColumns, Verdict,
};

/// "None" in the batch's indices.
pub const NONE: u32 = u32::MAX;

/// A planned patient pathway in one kommune of the region, as the host read it; its
/// steps are the next `step_count` steps of the batch. Texts are indices into the
/// batch's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pathway {
    /// kommunenummer (4 digits), already resolved by the host
    pub kommune: Option<u32>,
    pub diagnosis: Option<u32>,
    pub age: Option<AgeGroup>,
    /// the patient has children under 18 (hpl. § 10 a)
    pub minor_children: bool,
    /// the patient needs long-term, coordinated services from both levels
    pub long_term_needs: bool,
    /// the patient's family is expecting a child (hol. § 7-2 a)
    pub expecting_child: bool,
    pub step_count: u32,
}

/// A handover to another level at the end of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handover {
    pub to: Level,
    /// whether information goes with the patient (the discharge letter, say)
    pub information: bool,
}

/// One planned step of a pathway; `id` and `task` are indices into the batch's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub id: u32,
    pub task: u32,
    pub planned: Option<Level>,
    pub phase: Option<Phase>,
    /// YYYYMMDD
    pub date: Option<u32>,
    pub handover: Option<Handover>,
}

/// The cases of the WIT `verdict` enum, in order: the answer carries a verdict as its
/// position here.
const VERDICTS: [Verdict; 6] = [
    Verdict::Ok,
    Verdict::Contributor,
    Verdict::WrongLevel,
    Verdict::UnknownTask,
    Verdict::NoOwner,
    Verdict::NotCovered,
];

/// The verdict on one step, and the index of its ruling in the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepVerdict {
    pub verdict: Verdict,
    /// `None` for an unknown task
    pub ruling: Option<u32>,
}

/// The cases of the small codes, in the WIT's order: a case is coded as its position
/// here plus one, none as 0.
const LEVELS: [Level; 2] = [Level::Hf, Level::Kommune];
const AGES: [AgeGroup; 3] = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Elderly];
const PHASES: [Phase; 3] = [Phase::Before, Phase::During, Phase::After];

fn encode<T: PartialEq>(v: Option<T>, cases: &[T]) -> u8 {
    v.and_then(|v| cases.iter().position(|c| *c == v))
        .map_or(0, |i| i as u8 + 1)
}

fn decode<T: Copy>(code: u8, cases: &[T]) -> Option<T> {
    cases.get(usize::from(code).checked_sub(1)?).copied()
}

fn index(i: Option<u32>) -> u32 {
    i.unwrap_or(NONE)
}

fn some(i: u32) -> Option<u32> {
    (i != NONE).then_some(i)
}

impl Default for PathwayBatch {
    fn default() -> Self {
        PathwayBatch {
            text: String::new(),
            text_ends: Vec::new(),
            pathways: PathwayColumns {
                kommune: Vec::new(),
                diagnosis: Vec::new(),
                age: Vec::new(),
                patient_flags: Vec::new(),
                step_count: Vec::new(),
            },
            steps: StepColumns {
                id: Vec::new(),
                task: Vec::new(),
                planned: Vec::new(),
                phase: Vec::new(),
                date: Vec::new(),
                handover: Vec::new(),
            },
            known_rulings: Vec::new(),
        }
    }
}

impl PathwayBatch {
    /// Adds a text and returns its index (the same text twice is two texts).
    pub fn push_text(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.text_ends.push(self.text.len() as u32);
        (self.text_ends.len() - 1) as u32
    }

    /// Text `i`; empty when out of range.
    pub fn text(&self, i: u32) -> &str {
        let i = i as usize;
        let start = match i {
            0 => 0,
            _ => self.text_ends.get(i - 1).map_or(0, |&e| e as usize),
        };
        let end = self.text_ends.get(i).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or("")
    }

    /// Adds a pathway; its `step_count` steps are the next ones pushed.
    pub fn push_pathway(&mut self, p: Pathway) {
        let c = &mut self.pathways;
        c.kommune.push(index(p.kommune));
        c.diagnosis.push(index(p.diagnosis));
        c.age.push(encode(p.age, &AGES));
        c.patient_flags.push(
            u8::from(p.minor_children)
                | u8::from(p.long_term_needs) << 1
                | u8::from(p.expecting_child) << 2,
        );
        c.step_count.push(p.step_count);
    }

    pub fn push_step(&mut self, s: Step) {
        let c = &mut self.steps;
        c.id.push(s.id);
        c.task.push(s.task);
        c.planned.push(encode(s.planned, &LEVELS));
        c.phase.push(encode(s.phase, &PHASES));
        c.date.push(s.date.unwrap_or(0));
        c.handover.push(s.handover.map_or(0, |h| {
            encode(Some(h.to), &LEVELS) | if h.information { 4 } else { 0 }
        }));
    }

    pub fn pathway_count(&self) -> usize {
        self.pathways.step_count.len()
    }

    pub fn step_count(&self) -> usize {
        self.steps.task.len()
    }

    /// Pathway `i` (in range).
    pub fn pathway(&self, i: usize) -> Pathway {
        let c = &self.pathways;
        let flags = c.patient_flags[i];
        Pathway {
            kommune: some(c.kommune[i]),
            diagnosis: some(c.diagnosis[i]),
            age: decode(c.age[i], &AGES),
            minor_children: flags & 1 != 0,
            long_term_needs: flags & 2 != 0,
            expecting_child: flags & 4 != 0,
            step_count: c.step_count[i],
        }
    }

    /// Step `j` of the batch (in range).
    pub fn step(&self, j: usize) -> Step {
        let c = &self.steps;
        Step {
            id: c.id[j],
            task: c.task[j],
            planned: decode(c.planned[j], &LEVELS),
            phase: decode(c.phase[j], &PHASES),
            date: Some(c.date[j]).filter(|&d| d != 0),
            handover: decode(c.handover[j] & 3, &LEVELS).map(|to| Handover {
                to,
                information: c.handover[j] & 4 != 0,
            }),
        }
    }
}

impl PathwayAnswer {
    /// The verdict on the answer's `i`th step, `Err` with what is wrong when the plugin
    /// sent a code the API does not have or a column is short.
    pub fn verdict(&self, i: usize) -> Result<StepVerdict, String> {
        let (Some(&code), Some(&ruling)) = (self.verdicts.get(i), self.verdict_rulings.get(i))
        else {
            return Err(crate::t!("host-contract-no-verdict", step = i));
        };
        let verdict = *VERDICTS
            .get(usize::from(code))
            .ok_or_else(|| crate::t!("host-contract-verdict-code", code = code))?;
        Ok(StepVerdict {
            verdict,
            ruling: some(ruling),
        })
    }

    /// Every step's verdict, in order. `Host::check_pathways` has already refused an
    /// answer with a verdict that does not decode, so none is skipped there.
    pub fn step_verdicts(&self) -> impl Iterator<Item = StepVerdict> + '_ {
        (0..self.verdicts.len()).filter_map(|i| self.verdict(i).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pathways_and_steps_come_back_as_pushed() {
        let mut b = PathwayBatch::default();
        let (a, k) = (b.push_text("første"), b.push_text("4601"));
        assert_eq!((b.text(a), b.text(k), b.text(9)), ("første", "4601", ""));
        let pathways = [
            Pathway {
                kommune: Some(k),
                diagnosis: None,
                age: Some(AgeGroup::Elderly),
                minor_children: true,
                long_term_needs: false,
                expecting_child: false,
                step_count: 2,
            },
            Pathway {
                kommune: None,
                diagnosis: Some(a),
                age: None,
                minor_children: false,
                long_term_needs: true,
                expecting_child: true,
                step_count: 0,
            },
        ];
        let steps = [
            Step {
                id: a,
                task: k,
                planned: None,
                phase: Some(Phase::After),
                date: Some(20261231),
                handover: Some(Handover {
                    to: Level::Kommune,
                    information: true,
                }),
            },
            Step {
                id: k,
                task: a,
                planned: Some(Level::Hf),
                phase: None,
                date: None,
                handover: Some(Handover {
                    to: Level::Hf,
                    information: false,
                }),
            },
        ];
        pathways.iter().for_each(|p| b.push_pathway(*p));
        steps.iter().for_each(|s| b.push_step(*s));
        assert_eq!(b.pathway_count(), 2);
        assert_eq!(b.step_count(), 2);
        for (i, p) in pathways.iter().enumerate() {
            assert_eq!(b.pathway(i), *p);
        }
        for (j, s) in steps.iter().enumerate() {
            assert_eq!(b.step(j), *s);
        }
    }

    #[test]
    fn verdict_codes_are_the_sdks() {
        // The SDK encodes, the host decodes: the same case for every code.
        for v in ansvar_sdk::model::Verdict::ALL {
            let host = VERDICTS[usize::from(v.code())];
            assert_eq!(crate::pathway::render::verdict_id(Some(host)), v.id());
        }
        assert_eq!(VERDICTS.len(), ansvar_sdk::model::Verdict::ALL.len());
    }

    #[test]
    fn small_codes_are_the_sdks() {
        use ansvar_sdk::model as sdk;
        // wasmtime's bindings print a case as `Level::Hf`.
        let name = |s: &str| s.rsplit("::").next().unwrap_or(s).to_lowercase();
        for l in [sdk::Level::Hf, sdk::Level::Kommune] {
            let host = decode(l.code(), &LEVELS).unwrap();
            assert_eq!(name(&format!("{host:?}")), l.id());
        }
        for a in sdk::AgeGroup::ALL {
            let host = decode(a.code(), &AGES).unwrap();
            assert_eq!(name(&format!("{host:?}")), a.id());
        }
        for p in sdk::Phase::ALL {
            let host = decode(p.code(), &PHASES).unwrap();
            assert_eq!(name(&format!("{host:?}")), p.id());
        }
    }

    #[test]
    fn a_bad_verdict_code_or_a_short_column_is_an_error() {
        let mut a = PathwayAnswer {
            ruling_keys: vec![],
            rulings: vec![],
            verdicts: vec![0, 3, 6],
            verdict_rulings: vec![0, NONE, 0],
            errors: vec![],
            findings: vec![],
        };
        assert_eq!(
            a.verdict(0),
            Ok(StepVerdict {
                verdict: Verdict::Ok,
                ruling: Some(0)
            })
        );
        assert_eq!(a.verdict(1).unwrap().ruling, None);
        assert!(a.verdict(2).unwrap_err().contains("code 6"));
        a.verdict_rulings.pop();
        assert!(a.verdict(2).is_err());
    }
}
