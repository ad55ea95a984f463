//! `plugins/plugins.lock`: the sha256 each shipped region plugin must have. Compiled into
//! the binary, so a plugin file claiming a shipped region can be checked against it.

/// `(region id, sha256)` pairs of the lock file in the binary.
pub fn pins() -> Vec<(&'static str, &'static str)> {
    parse(include_str!("../../../plugins/plugins.lock"))
}

/// Parses `id = "digest"` lines; `#` starts a comment.
pub fn parse(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            let (id, digest) = l.split_once('=')?;
            Some((id.trim(), digest.trim().trim_matches('"')))
        })
        .collect()
}

/// What the lock says of a plugin of region `id` with digest `sha256`.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Pinned,
    Mismatch { expected: String },
    Unpinned,
}

pub fn verdict(id: &str, sha256: &str) -> Verdict {
    match pins().into_iter().find(|(i, _)| *i == id) {
        Some((_, d)) if d == sha256 => Verdict::Pinned,
        Some((_, d)) => Verdict::Mismatch {
            expected: d.to_string(),
        },
        None => Verdict::Unpinned,
    }
}

/// The region the lock pins `sha256` to, if any.
pub fn pinned_region(sha256: &str) -> Option<&'static str> {
    pins()
        .into_iter()
        .find(|(_, d)| *d == sha256)
        .map(|(id, _)| id)
}

/// The lock file for the embedded plugins, as `ansvar plugin lock` writes it.
pub fn render() -> String {
    let mut out = String::from(
        "# sha256 of each region plugin this repository ships, as built from plugins/ with the\n\
         # pinned toolchain. A plugin file given with --plugin for one of these regions must match;\n\
         # any other file needs --allow-unpinned. After changing a plugin (or the SDK, the\n\
         # catalogue or the kommune register), update this file with:\n\
         #   cargo run -p ansvar -- plugin lock --output plugins/plugins.lock\n",
    );
    for p in super::embedded::EMBEDDED {
        out.push_str(&format!("{} = \"{}\"\n", p.id, p.sha256));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails when a plugin changed and the lock was not updated.
    #[test]
    fn the_lock_pins_every_embedded_plugin() {
        let lock = include_str!("../../../plugins/plugins.lock");
        assert_eq!(
            lock,
            render(),
            "plugins/plugins.lock is out of date: run `cargo run -p ansvar -- plugin lock --output plugins/plugins.lock`"
        );
    }

    #[test]
    fn verdicts() {
        let (id, digest) = pins()[0];
        assert_eq!(verdict(id, digest), Verdict::Pinned);
        assert!(matches!(verdict(id, "00"), Verdict::Mismatch { .. }));
        assert_eq!(verdict("atlantis", digest), Verdict::Unpinned);
        assert_eq!(pinned_region(digest), Some(id));
        assert_eq!(pinned_region("00"), None);
    }

    #[test]
    fn parse_skips_comments() {
        assert_eq!(parse("# x\na = \"1\" # y\n\n"), vec![("a", "1")]);
    }
}
