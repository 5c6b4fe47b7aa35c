//! The explorer's strings for the session itself rather than the data: suspending to the
//! shell and the limits of the search field. Reached through [`super::Lang::session`].

use super::Lang;

/// Strings for suspending and for the search field's limits.
#[derive(Debug)]
pub struct SessionTexts {
    /// Help: Ctrl-Z suspends the explorer.
    pub k_suspend: &'static str,
    /// A paste longer than the search field takes was cut: `{max}` characters.
    pub search_cut: &'static str,
}

impl Lang {
    /// The session strings in this language.
    pub fn session(self) -> &'static SessionTexts {
        match self {
            Lang::Nl => &SESSION_NL,
            Lang::En => &SESSION_EN,
        }
    }
}

/// Nederlands.
pub static SESSION_NL: SessionTexts = SessionTexts {
    k_suspend: "pauzeren en terug naar de shell (verder met fg)",
    search_cut: "Zoekvraag ingekort tot {max} tekens",
};

/// English.
pub static SESSION_EN: SessionTexts = SessionTexts {
    k_suspend: "pause and go back to the shell (continue with fg)",
    search_cut: "Query cut to {max} characters",
};
