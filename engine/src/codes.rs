//! What each finding code means, in one line.
//!
//! A finding's own message says what is wrong at its spot; these lines say what the code
//! stands for wherever it comes up. SARIF carries them as its rules' descriptions, which
//! code-scanning tools show beside every alert. A plugin built on the SDK emits only
//! the codes listed here; one built otherwise may bring codes of its own, which go out
//! with their code as description.

/// Every code the engine and the SDK's rules give, sorted by code.
const CODES: &[(&str, &str)] = &[
    (
        "ambiguous-kommune",
        "The name names more than one kommune, and the region serves none or several of them.",
    ),
    (
        "barnekoordinator-not-child",
        "A barnekoordinator is planned for an adult or elderly patient (hol. § 7-2 a).",
    ),
    ("bom", "The file starts with a UTF-8 byte-order mark."),
    (
        "change",
        "The draft changes who owns a task under the rules in force.",
    ),
    (
        "children-not-addressed",
        "The patient has minor children, and a level that plans steps does not address them (hpl. § 10 a).",
    ),
    (
        "date-out-of-order",
        "A step is dated before a step planned ahead of it.",
    ),
    (
        "dates-out-of-order",
        "The agreement's effective_to date is before its effective_from date.",
    ),
    (
        "discharge-information-missing",
        "The patient leaves specialist care, and no step gives the information on municipal LM offers (hol. § 6-2 nr. 2 and 5).",
    ),
    (
        "discharge-information-out-of-order",
        "The discharge information on municipal LM offers does not come between admission and discharge.",
    ),
    (
        "drift",
        "An adopted agreement and the region's rules in force disagree on who owns a task.",
    ),
    ("duplicate-key", "A JSON object has the same key twice."),
    (
        "duplicate-step-id",
        "Two steps of a pathway have the same id.",
    ),
    (
        "duplicate-task",
        "The agreement allocates the same task in more than one clause.",
    ),
    (
        "handover-without-information",
        "A handover to the other level carries no information with it.",
    ),
    (
        "homonym-kommune",
        "The name names more than one kommune; the one the region serves was taken.",
    ),
    (
        "individuell-plan-missing",
        "Long-term needs served by both levels, and no individuell plan (hol. § 7-1).",
    ),
    (
        "individuell-plan-not-in-kommune",
        "The individuell plan is planned by a level other than the kommune, which is responsible for it (hol. § 7-1).",
    ),
    ("invalid-date", "A date that is not a calendar date."),
    (
        "kommune-outside-region",
        "The kommune is not in the area of the region's health trust.",
    ),
    (
        "koordinator-missing",
        "Long-term needs served by both levels, and no koordinator (hol. § 7-2).",
    ),
    (
        "koordinator-not-in-kommune",
        "The koordinator is planned by a level other than the kommune, which is responsible for it (hol. § 7-2).",
    ),
    (
        "lead-without-sharing",
        "A task that is not shared names a lead level.",
    ),
    (
        "line-too-long",
        "A line of a JSON Lines file is longer than the limit for one pathway.",
    ),
    ("no-owner", "A pathway step names no level to carry it."),
    (
        "no-user-representation",
        "The region requires user representation in LM agreements, and the agreement does not state it.",
    ),
    (
        "not-covered",
        "None of the region's agreements covers the task; the national baseline answers.",
    ),
    ("not-signed", "A party to the agreement has not signed it."),
    ("not-utf8", "The text is not UTF-8."),
    (
        "old-kommune",
        "The pathway gives its kommune by a former number or a former name.",
    ),
    (
        "old-kommunenummer",
        "The agreement gives a kommune by a kommunenummer that a merger or a new county has replaced.",
    ),
    (
        "outside-parent",
        "A særavtale clause refers to a tjenesteavtale other than the one it hangs off; the tjenesteavtale prevails.",
    ),
    (
        "phase-out-of-order",
        "A step's phase (before, during, after specialist care) goes back behind the phase of a step ahead of it.",
    ),
    (
        "plugin-failed",
        "The region's plugin failed, so the document was not checked against the region's rules.",
    ),
    (
        "renamed-body",
        "A reference to a body that has been renamed (Fylkesmannen is Statsforvalteren from 2021).",
    ),
    ("review-overdue", "The agreement's review date has passed."),
    ("schema", "The document does not follow its JSON Schema."),
    (
        "shared-measure-unsettled",
        "A shared measure without employer responsibility, organisation and funding settled (hol. § 6-2 last ledd).",
    ),
    ("shared-without-lead", "A shared task names no lead level."),
    (
        "signed-below-kommunestyre",
        "A kommune signed below kommunestyre level.",
    ),
    (
        "statute-conflict",
        "The agreement gives a task to a level the law does not allow.",
    ),
    ("syntax", "The text is not valid JSON."),
    (
        "too-large",
        "The file is larger than the size limit (--max-file-bytes).",
    ),
    (
        "unknown-diagnosis",
        "The diagnosis group is not one the region knows.",
    ),
    (
        "unknown-field",
        "A field the JSON Schema does not define (often a misspelling).",
    ),
    ("unknown-kommune", "No kommune has this number or name."),
    (
        "unknown-region",
        "The region is not one of the loaded region plugins.",
    ),
    (
        "unknown-ta",
        "A reference to a tjenesteavtale the region does not have.",
    ),
    (
        "unknown-task",
        "The task is not in the national LM task catalogue.",
    ),
    ("unreadable", "The file or directory could not be read."),
    (
        "unsettled-kommune",
        "The sources do not settle whether the region serves the kommune; the region accepts it with a caveat.",
    ),
    (
        "wrong-level",
        "A pathway step is planned by a level that neither owns the task nor contributes to it.",
    ),
    (
        "wrong-paragraph",
        "The task belongs under an item of hol. § 6-2 that the agreement does not cover.",
    ),
    (
        "wrong-ta",
        "The clause is filed under a tjenesteavtale other than the one the task belongs under.",
    ),
];

/// The one-line meaning of `code`, if it is one of ours.
pub fn describe(code: &str) -> Option<&'static str> {
    CODES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| CODES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique_so_the_search_finds_each() {
        for pair in CODES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, text) in CODES {
            assert_eq!(describe(code), Some(*text));
        }
        assert_eq!(describe("no-such-code"), None);
    }

    #[test]
    fn descriptions_are_sentences() {
        for (code, text) in CODES {
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
