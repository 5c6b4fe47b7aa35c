//! The strings of citing the source document: line ranges after quotes, the line that names
//! the document at the top of an export, the `cite` command and what `validate` says of a
//! source text. Reached through [`super::Texts`]'s `cite` field.

/// Strings for line ranges and citations.
#[derive(Debug)]
pub struct CiteTexts {
    /// The abbreviation before a line range: "r." (regel) in "(r. 586–587)".
    pub line: &'static str,
    /// The top line of an export with line ranges; `{title}` is the document's title.
    pub header: &'static str,
    /// `cite`: an own tag (●): where its quote stands follows.
    pub own: &'static str,
    /// `cite`: what the cover text says of all profiles (○): its section follows.
    pub general: &'static str,
    /// `cite`: a theme tag is interpretation, its quote is not.
    pub interpretation: &'static str,
    /// `cite`: the theme is not named for the region (·).
    pub not_named: &'static str,
    /// `cite`: before the themes not named for the region.
    pub not_named_list: &'static str,
    /// `cite` without a source text: the quotes come without line numbers.
    pub no_source: &'static str,
    /// An unknown theme for `cite`: the ids follow.
    pub unknown_theme: &'static str,
    /// `validate`: how many quotes stand in which text.
    pub located: fn(usize, &str) -> String,
}

/// Nederlands.
pub static CITE_NL: CiteTexts = CiteTexts {
    line: "r.",
    header: "Bron: *{title}*; regelnummers (r.) volgens de brontekst.",
    own: "voor de regio genoemd, in de",
    general: "van alle profielen gezegd, in de begeleidende tekst",
    interpretation: "Het thema is interpretatie; het citaat staat letterlijk in het document.",
    not_named: "niet voor deze regio genoemd in dit document",
    not_named_list: "Niet genoemd voor deze regio",
    no_source: "Zonder brontekst: de citaten staan hier zonder regelnummers (geef er een mee met --source).",
    unknown_theme: "onbekend thema",
    located: |n, text| match n {
        1 => format!("1 citaat staat letterlijk in {text}"),
        n => format!("alle {n} citaten staan letterlijk in {text}"),
    },
};

/// English.
pub static CITE_EN: CiteTexts = CiteTexts {
    line: "l.",
    header: "Source: *{title}*; line numbers (l.) as in the source text.",
    own: "named for the region, in the",
    general: "said of all profiles, in the cover text",
    interpretation: "The theme is interpretation; the quote stands verbatim in the document.",
    not_named: "not named for this region in this document",
    not_named_list: "Not named for this region",
    no_source: "No source text: the quotes stand here without line numbers (give one with --source).",
    unknown_theme: "unknown theme",
    located: |n, text| match n {
        1 => format!("1 quote stands verbatim in {text}"),
        n => format!("all {n} quotes stand verbatim in {text}"),
    },
};

impl CiteTexts {
    /// "(r. 586–587)", or nothing without lines.
    pub fn at(&self, lines: Option<[u32; 2]>) -> String {
        match lines {
            Some(l) => format!(" ({} {})", self.line, crate::source::range_text(l)),
            None => String::new(),
        }
    }

    /// "; r. 586–587" to close a parenthesis that says more, or nothing without lines.
    pub fn after(&self, lines: Option<[u32; 2]>) -> String {
        lines.map_or_else(String::new, |l| format!("; {}", self.range(l)))
    }

    /// "r. 586–587".
    pub fn range(&self, lines: [u32; 2]) -> String {
        format!("{} {}", self.line, crate::source::range_text(lines))
    }
}
