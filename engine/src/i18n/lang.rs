//! The languages of the texts, and how a user chooses one: `--lang`, the environment,
//! or an HTTP request's `Accept-Language`.

use unic_langid::LanguageIdentifier;

/// A language ansvar writes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English
    En = 0,
    /// Norwegian bokmål
    Nb = 1,
    /// Norwegian nynorsk
    Nn = 2,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nb, Lang::Nn];

    /// The language's tag (`nb`), as `--lang` takes it and HTML's `lang` carries it.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Nn => "nn",
        }
    }

    pub(super) fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en"),
            Lang::Nb => unic_langid::langid!("nb"),
            Lang::Nn => unic_langid::langid!("nn"),
        }
    }

    /// The language of a tag or locale name: `nb*` and `no*` (Norwegian without a
    /// written standard) are bokmål, `nn*` nynorsk, `en*` English; `nb_NO.UTF-8` and
    /// `nn-NO` are read by their first part. Anything else is none of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for: the first set of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` (POSIX's order) decides; Norwegian is bokmål or nynorsk, anything else
    /// (`C`, `en_US.UTF-8`, `de_DE`) English.
    pub fn from_env() -> Lang {
        Lang::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the variables from `var`.
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_tag(&v))
            .unwrap_or(Lang::En)
    }

    /// The language an HTTP `Accept-Language` header prefers most among ours, by its
    /// quality values (`nn-NO, nb;q=0.8, en;q=0.5`); none when it names none of ours.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(|t| Lang::from_tag(t.trim())) else {
                continue;
            };
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            // Earlier items win a tie, as the header lists them in preference order.
            if q > 0.0 && best.is_none_or(|(bq, _, _)| q > bq) {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// Exactly `nb`, `nn` or `en` (what `--lang` takes).
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.id() == s)
            .ok_or_else(|| format!("`{s}` is not a language of ansvar: nb, nn or en"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_choose_the_language() {
        for (tag, lang) in [
            ("nb_NO.UTF-8", Some(Lang::Nb)),
            ("no_NO", Some(Lang::Nb)),
            ("nn_NO.UTF-8", Some(Lang::Nn)),
            ("nn-NO", Some(Lang::Nn)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("C", None),
            ("de_DE.UTF-8", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
    }

    #[test]
    fn the_environment_follows_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_locale_vars(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "nb_NO.UTF-8")])),
            Lang::Nb
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[
                ("LANG", "nb_NO.UTF-8"),
                ("LC_MESSAGES", "nn_NO.UTF-8")
            ])),
            Lang::Nn
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "nb_NO.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        // An empty variable counts as unset.
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "nn_NO"), ("LC_ALL", "")])),
            Lang::Nn
        );
    }

    #[test]
    fn accept_language_takes_the_best_of_ours() {
        assert_eq!(
            Lang::from_accept_language("nn-NO, nb;q=0.8, en;q=0.5"),
            Some(Lang::Nn)
        );
        assert_eq!(
            Lang::from_accept_language("de, en;q=0.3, nb;q=0.7"),
            Some(Lang::Nb)
        );
        assert_eq!(Lang::from_accept_language("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_accept_language("nb;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("fr, de"), None);
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(
            Lang::from_accept_language("nb;q=abc, en;q=0.1"),
            Some(Lang::En)
        );
    }

    #[test]
    fn lang_parses_exactly_its_ids() {
        assert_eq!("nn".parse::<Lang>(), Ok(Lang::Nn));
        assert!("NO".parse::<Lang>().is_err());
    }
}
