//! "Did you mean …" suggestions for mistyped ids and names.

/// The candidates closest to `input`, best first, at most `max`, only those close enough
/// to be a plausible typo (or that contain the input as a part).
pub fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    max: usize,
) -> Vec<&'a str> {
    let input = input.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let lower = c.to_lowercase();
            let mut score = strsim::jaro_winkler(&input, &lower);
            if input.len() >= 3 && lower.contains(&input) {
                score = score.max(0.9);
            }
            (score >= 0.8).then_some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(max).map(|(_, c)| c).collect()
}

/// `did you mean `a`, `b`?`, or `None` when there is nothing close.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    offer(&closest(input, candidates, 3))
}

/// `did you mean `a`, `b`?` for suggestions already found, or `None` for none: the one
/// wording of a suggestion, wherever it is made.
pub fn offer(suggestions: &[impl AsRef<str>]) -> Option<String> {
    if suggestions.is_empty() {
        return None;
    }
    let list = suggestions
        .iter()
        .map(|c| format!("`{}`", c.as_ref()))
        .collect::<Vec<_>>()
        .join(", ");
    Some(crate::t!("cli-did-you-mean", list = list))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_is_suggested() {
        let ids = ["lm-nettverk", "lm-oversikt", "hospitering"];
        assert_eq!(closest("lm-netverk", ids, 3)[0], "lm-nettverk");
        assert_eq!(did_you_mean("zzzz", ids), None);
    }

    #[test]
    fn part_of_a_name_is_suggested() {
        assert_eq!(
            closest("kols", ["kols-opplaering", "koordinator"], 1),
            ["kols-opplaering"]
        );
    }
}
