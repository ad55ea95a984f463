//! What each finding code means: in one line, in full, and how to fix it.
//!
//! A finding's own message says what is wrong at its spot; these texts say what the code
//! stands for wherever it comes up. SARIF carries them as its rules' texts, which
//! code-scanning tools show beside every alert. The texts live in the message catalogue
//! (`engine/i18n/<lang>/codes.ftl`: `code-<id>`, `code-<id>-full`, `code-<id>-help`) and
//! come out in the current language. A plugin built on the SDK emits only the codes
//! listed here; one built otherwise may bring codes of its own, which go out with their
//! code as description.

/// Declares the finding codes, each with its id (stable, in every output format). A code
/// cannot be used without its texts: the catalogue tests check that every code has them.
macro_rules! codes {
    ($($(#[$meta:meta])* $variant:ident = $id:literal,)*) => {
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
    AmbiguousKommune = "ambiguous-kommune",
    BarnekoordinatorNotChild = "barnekoordinator-not-child",
    Bom = "bom",
    Change = "change",
    ChildrenNotAddressed = "children-not-addressed",
    DateOutOfOrder = "date-out-of-order",
    DatesOutOfOrder = "dates-out-of-order",
    DischargeInformationMissing = "discharge-information-missing",
    DischargeInformationOutOfOrder = "discharge-information-out-of-order",
    Drift = "drift",
    DuplicateKey = "duplicate-key",
    DuplicateStepId = "duplicate-step-id",
    DuplicateTask = "duplicate-task",
    HandoverWithoutInformation = "handover-without-information",
    HomonymKommune = "homonym-kommune",
    IndividuellPlanMissing = "individuell-plan-missing",
    IndividuellPlanNotInKommune = "individuell-plan-not-in-kommune",
    InvalidDate = "invalid-date",
    InvalidPathway = "invalid-pathway",
    KommuneOutsideRegion = "kommune-outside-region",
    KoordinatorMissing = "koordinator-missing",
    KoordinatorNotInKommune = "koordinator-not-in-kommune",
    LeadMissing = "lead-missing",
    LeadWithoutSharing = "lead-without-sharing",
    LineTooLong = "line-too-long",
    NoOwner = "no-owner",
    NoUserRepresentation = "no-user-representation",
    NotCovered = "not-covered",
    NotSigned = "not-signed",
    NotUtf8 = "not-utf8",
    OldKommune = "old-kommune",
    OutsideParent = "outside-parent",
    PhaseOutOfOrder = "phase-out-of-order",
    PluginFailed = "plugin-failed",
    RenamedBody = "renamed-body",
    ReviewOverdue = "review-overdue",
    Schema = "schema",
    SharedMeasureUnsettled = "shared-measure-unsettled",
    SharedWithoutLead = "shared-without-lead",
    SignedBelowKommunestyre = "signed-below-kommunestyre",
    StatuteConflict = "statute-conflict",
    Syntax = "syntax",
    TooLarge = "too-large",
    UnknownDiagnosis = "unknown-diagnosis",
    UnknownField = "unknown-field",
    UnknownKommune = "unknown-kommune",
    UnknownRegion = "unknown-region",
    UnknownTa = "unknown-ta",
    UnknownTask = "unknown-task",
    Unreadable = "unreadable",
    UnsettledKommune = "unsettled-kommune",
    WrongLevel = "wrong-level",
    WrongParagraph = "wrong-paragraph",
    WrongTa = "wrong-ta",
}

impl Code {
    /// What the code means, in one line (SARIF's short description).
    pub fn meaning(self) -> String {
        self.text("")
    }

    /// What the code means in full: why it matters and the law or agreement it rests
    /// on (SARIF's full description).
    pub fn description(self) -> String {
        self.text("-full")
    }

    /// How to fix what the code finds, in general (a finding's own help is specific).
    pub fn help(self) -> String {
        self.text("-help")
    }

    /// Catalogue message `code-<id><suffix>` in the current language.
    fn text(self, suffix: &str) -> String {
        crate::i18n::render(
            crate::i18n::current(),
            &format!("code-{}{suffix}", self.id()),
            &[],
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
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
        }
        assert_eq!(Code::from_id("no-such-code"), None);
    }

    /// Every text of every code, in every language, is a sentence from the catalogue (a
    /// missing message would come out as its id, which is not).
    #[test]
    fn descriptions_are_sentences() {
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::scoped(lang, || {
                for code in Code::ALL {
                    for text in [code.meaning(), code.description(), code.help()] {
                        assert!(
                            text.starts_with(char::is_uppercase) && text.ends_with('.'),
                            "{} {code}: {text}",
                            lang.id()
                        );
                    }
                }
            });
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
                assert!(Code::from_id(code).is_some(), "`{code}` is not a code");
                seen += 1;
            }
        }
        assert!(seen > 30, "only {seen} codes read from the README");
    }
}
