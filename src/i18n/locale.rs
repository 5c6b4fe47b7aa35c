//! Which language the environment asks for, when `--lang` does not say.

use super::Lang;

/// The locale variables that name the language of messages, in the order POSIX gives them
/// weight: the first that is set and not empty decides.
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Lang {
    /// The language the locale asks for (`get` reads an environment variable): English when
    /// the first of [`LOCALE_VARS`] that is set begins with "en" (`en_GB.UTF-8`, `en`),
    /// Dutch otherwise: for `nl_NL.UTF-8`, for `C` or `POSIX`, for a language the interface
    /// does not speak and when none is set.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        let set = LOCALE_VARS
            .iter()
            .filter_map(|name| get(name))
            .find(|value| !value.is_empty());
        match set {
            Some(v) if v.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en")) => Lang::En,
            _ => Lang::Nl,
        }
    }

    /// The language `--lang` names ("nl" or "en", as the option takes them), if it is one.
    pub fn from_id(id: &str) -> Option<Lang> {
        match id {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> Lang {
        Lang::from_locale(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn english_only_when_the_locale_says_so() {
        assert_eq!(with(&[]), Lang::Nl);
        assert_eq!(with(&[("LANG", "en_US.UTF-8")]), Lang::En);
        assert_eq!(with(&[("LANG", "nl_NL.UTF-8")]), Lang::Nl);
        assert_eq!(with(&[("LANG", "C.UTF-8")]), Lang::Nl);
        assert_eq!(with(&[("LANG", "de_DE.UTF-8")]), Lang::Nl);
        assert_eq!(with(&[("LANG", "EN")]), Lang::En);
        // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
        assert_eq!(with(&[("LC_ALL", "nl_BE"), ("LANG", "en_GB")]), Lang::Nl);
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "en_GB")]), Lang::En);
        assert_eq!(
            with(&[("LC_MESSAGES", "en_IE"), ("LANG", "nl_NL")]),
            Lang::En
        );
        assert_eq!(
            with(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "nl_NL")]),
            Lang::En
        );
    }
}
