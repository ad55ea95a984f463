//! What each finding code means, in one line.
//!
//! A finding's own message says what is wrong at its spot; these lines say what the code
//! stands for wherever it comes up. SARIF carries them as its rules' descriptions, which
//! code-scanning tools show beside every alert. A plugin built on the SDK emits only
//! the codes listed here; one built otherwise may bring codes of its own, which go out
//! with their code as description.

/// Declares the finding codes: each with its id (stable, in every output format) and its
/// one-line meaning. A code cannot be used without its meaning, because only these exist.
macro_rules! codes {
    ($($(#[$meta:meta])* $variant:ident = $id:literal: $text:literal,)*) => {
        /// A finding code of the engine or of the SDK's rules.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($(#[$meta])* $variant,)*
        }

        impl Code {
            /// Every code, in id order.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as findings carry it (`statute-conflict`).
            pub fn id(self) -> &'static str {
                match self {
                    $(Code::$variant => $id,)*
                }
            }

            /// What the code means, in one line (SARIF's rule description).
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }

            /// The code with this id, if it is one of ours.
            pub fn from_id(id: &str) -> Option<Code> {
                match id {
                    $($id => Some(Code::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

codes! {
    AmbiguousKommune = "ambiguous-kommune":
        "The name names more than one kommune, and the region serves none or several of them.",
    BarnekoordinatorNotChild = "barnekoordinator-not-child":
        "A barnekoordinator is planned for an adult or elderly patient whose family is not expecting a child (hol. § 7-2 a).",
    Bom = "bom":
        "The file starts with a UTF-8 byte-order mark.",
    Change = "change":
        "The draft changes who owns a task under the rules in force.",
    ChildrenNotAddressed = "children-not-addressed":
        "The patient has minor children, and a level that plans steps does not address them (hpl. § 10 a).",
    DateOutOfOrder = "date-out-of-order":
        "A step is dated before a step planned ahead of it.",
    DatesOutOfOrder = "dates-out-of-order":
        "The agreement's effective_to date is before its effective_from date.",
    DischargeInformationMissing = "discharge-information-missing":
        "The patient leaves specialist care, and no step gives the information on municipal LM offers (hol. § 6-2 nr. 2 and 5).",
    DischargeInformationOutOfOrder = "discharge-information-out-of-order":
        "The discharge information on municipal LM offers does not come between admission and discharge.",
    Drift = "drift":
        "An adopted agreement and the region's rules in force disagree on who owns a task.",
    DuplicateKey = "duplicate-key":
        "A JSON object has the same key twice.",
    DuplicateStepId = "duplicate-step-id":
        "Two steps of a pathway have the same id.",
    DuplicateTask = "duplicate-task":
        "The agreement allocates the same task in more than one clause.",
    HandoverWithoutInformation = "handover-without-information":
        "A handover to the other level carries no information with it.",
    HomonymKommune = "homonym-kommune":
        "The name names more than one kommune; the one the region serves was taken.",
    IndividuellPlanMissing = "individuell-plan-missing":
        "Long-term needs served by both levels, and no individuell plan (hol. § 7-1).",
    IndividuellPlanNotInKommune = "individuell-plan-not-in-kommune":
        "The individuell plan is planned by a level other than the kommune, which is responsible for it (hol. § 7-1).",
    InvalidDate = "invalid-date":
        "A date that is not a calendar date.",
    InvalidPathway = "invalid-pathway":
        "The region's plugin refused the pathway as a query it cannot answer.",
    KommuneOutsideRegion = "kommune-outside-region":
        "The kommune is not in the area of the region's health trust.",
    KoordinatorMissing = "koordinator-missing":
        "Long-term needs served by both levels, and no koordinator (hol. § 7-2).",
    KoordinatorNotInKommune = "koordinator-not-in-kommune":
        "The koordinator is planned by a level other than the kommune, which is responsible for it (hol. § 7-2).",
    LeadMissing = "lead-missing":
        "A shared task is planned only by the level that contributes, in a phase where the other level leads; an error where the lead's part is a duty set by law.",
    LeadWithoutSharing = "lead-without-sharing":
        "A task that is not shared names a lead level.",
    LineTooLong = "line-too-long":
        "A line of a JSON Lines file is longer than the limit for one pathway.",
    NoOwner = "no-owner":
        "A pathway step names no level to carry it.",
    NoUserRepresentation = "no-user-representation":
        "The region requires user representation in LM agreements, and the agreement does not state it.",
    NotCovered = "not-covered":
        "None of the region's agreements covers the task; the national baseline answers.",
    NotSigned = "not-signed":
        "A party to the agreement has not signed it.",
    NotUtf8 = "not-utf8":
        "The text is not UTF-8.",
    OldKommune = "old-kommune":
        "A kommune given by a former number or a former name, which a merger or a new county has replaced.",
    OutsideParent = "outside-parent":
        "A særavtale clause refers to a tjenesteavtale other than the one it hangs off; the tjenesteavtale prevails.",
    PhaseOutOfOrder = "phase-out-of-order":
        "A step's phase (before, during, after specialist care) goes back behind the phase of a step ahead of it.",
    PluginFailed = "plugin-failed":
        "The region's plugin failed, so the document was not checked against the region's rules.",
    RenamedBody = "renamed-body":
        "A reference to a body that has been renamed (Fylkesmannen is Statsforvalteren from 2021).",
    ReviewOverdue = "review-overdue":
        "The agreement's review date has passed.",
    Schema = "schema":
        "The document does not follow its JSON Schema.",
    SharedMeasureUnsettled = "shared-measure-unsettled":
        "A shared measure without employer responsibility, organisation and funding settled (hol. § 6-2 last ledd).",
    SharedWithoutLead = "shared-without-lead":
        "A shared task names no lead level.",
    SignedBelowKommunestyre = "signed-below-kommunestyre":
        "A kommune signed below kommunestyre level.",
    StatuteConflict = "statute-conflict":
        "The agreement gives a task to a level the law does not allow.",
    Syntax = "syntax":
        "The text is not valid JSON.",
    TooLarge = "too-large":
        "The file is larger than the size limit (--max-file-bytes).",
    UnknownDiagnosis = "unknown-diagnosis":
        "The diagnosis group is not one the region knows.",
    UnknownField = "unknown-field":
        "A field the JSON Schema does not define (often a misspelling).",
    UnknownKommune = "unknown-kommune":
        "No kommune has this number or name.",
    UnknownRegion = "unknown-region":
        "The region is not one of the loaded region plugins.",
    UnknownTa = "unknown-ta":
        "A reference to a tjenesteavtale the region does not have.",
    UnknownTask = "unknown-task":
        "The task is not in the national LM task catalogue.",
    Unreadable = "unreadable":
        "The file or directory could not be read.",
    UnsettledKommune = "unsettled-kommune":
        "The sources do not settle whether the region serves the kommune; the region accepts it with a caveat.",
    WrongLevel = "wrong-level":
        "A pathway step is planned by a level that neither owns the task nor contributes to it.",
    WrongParagraph = "wrong-paragraph":
        "The task belongs under an item of hol. § 6-2 that the agreement does not cover.",
    WrongTa = "wrong-ta":
        "The clause is filed under a tjenesteavtale other than the one the task belongs under.",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The one-line meaning of `code`, if it is one of ours (a plugin not built on the SDK
/// may bring codes of its own).
pub fn describe(code: &str) -> Option<&'static str> {
    Code::from_id(code).map(Code::meaning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_each_id_names_its_code() {
        for pair in Code::ALL.windows(2) {
            assert!(
                pair[0].id() < pair[1].id(),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
        for code in Code::ALL {
            assert_eq!(Code::from_id(code.id()), Some(*code));
            assert_eq!(describe(code.id()), Some(code.meaning()));
        }
        assert_eq!(describe("no-such-code"), None);
    }

    #[test]
    fn descriptions_are_sentences() {
        for code in Code::ALL {
            let text = code.meaning();
            assert!(
                text.starts_with(char::is_uppercase) && text.ends_with('.'),
                "{code}: {text}"
            );
        }
    }

    /// The README's table of agreement codes and this list must not drift apart.
    #[test]
    fn every_code_in_the_readme_table_is_described() {
        let readme = include_str!("../../README.md");
        let table: Vec<&str> = readme
            .lines()
            .filter(|l| {
                [
                    "| reading |",
                    "| schema |",
                    "| engine |",
                    "| region plugin |",
                ]
                .iter()
                .any(|row| l.starts_with(row))
            })
            .collect();
        assert_eq!(table.len(), 4, "the README's code table moved");
        let mut seen = 0;
        for row in table {
            let cell = row.split('|').nth(2).unwrap();
            for code in cell.split('`').skip(1).step_by(2) {
                if code.starts_with("--") {
                    continue;
                }
                assert!(describe(code).is_some(), "`{code}` has no description");
                seen += 1;
            }
        }
        assert!(seen > 30, "only {seen} codes read from the README");
    }
}
