//! Every user-facing string of the interface, in Dutch (default) and English.
//!
//! The data itself is Dutch and is never translated; theme labels come in both languages from
//! the dataset.

use crate::model::{KeyPointKind, PartnerKind, Theme};

mod bron;
mod cite;
mod cli;
pub mod dutch_words;
mod errors;
mod help;
mod locale;
mod map;
mod marks;
mod plural;
mod session;
mod tui;
mod usage;
mod work;

pub use bron::{BRON_EN, BRON_NL, BronTexts};
pub use cite::{CITE_EN, CITE_NL, CiteTexts};
pub use cli::{CLI_EN, CLI_NL, CliTexts};
pub use errors::{ERRORS_EN, ERRORS_NL, ErrorTexts, NodeKind, fill};
pub use help::{HELP_EN, HELP_NL, HelpTexts};
pub use locale::LOCALE_VARS;
pub use map::{MAP_EN, MAP_NL, MapTexts};
pub use marks::{MARKS_EN, MARKS_NL, MarkTexts};
pub use plural::{Counted, Form};
pub use session::{SESSION_EN, SESSION_NL, SessionTexts};
pub use tui::{TUI_EN, TUI_NL, TuiTexts};
pub use usage::{USAGE_EN, USAGE_NL, UsageTexts};
pub use work::{WORK_EN, WORK_NL, WorkTexts};

/// What stands between theme labels in a list: a label can hold commas ("Erfgoed,
/// identiteit en verhalen"), so a comma would make two themes read as four. (The list of
/// themes a region neither names nor has as ○ follows the sign "·" of that kind of cell, so
/// it parts them with "; " instead, in the explorer, the commands and the exports alike.)
pub const THEME_SEPARATOR: &str = " · ";

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The strings of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// All interface strings of one language.
#[derive(Debug)]
pub struct Texts {
    /// This language.
    pub lang: Lang,
    /// Labels of the searchable fields, by their JSON names.
    pub field_labels: [(&'static str, &'static str); 14],
    // --- data labels ---
    /// "Partners".
    pub partners: &'static str,
    /// Plural heading per partner kind: municipalities, provinces, organisations.
    pub kind_plural: [&'static str; 3],
    /// Singular per partner kind.
    pub kind_singular: [&'static str; 3],
    /// Heading per partner kind for exactly one partner of it ("Provincie: Zeeland").
    pub kind_heading_one: [&'static str; 3],
    /// "Kernpunten".
    pub key_points: &'static str,
    /// "Thema's".
    pub themes: &'static str,
    /// "Thema".
    pub theme: &'static str,
    /// Heading of the cover-text notes of a region.
    pub notes: &'static str,
    /// "Profiel".
    pub profile: &'static str,
    /// "Regio".
    pub region: &'static str,
    /// "Onderdeel van ROUTE OOST".
    pub route_oost: &'static str,
    /// Label of the evidence sources: key points, partner column, cover text.
    pub source_label: [&'static str; 3],
    /// Marks theme tags as interpretation.
    pub themes_are_interpretation: &'static str,
    /// "Alias" marker (names the document does not print).
    pub alias: &'static str,
    /// Text before the other region of a municipality in two regions ("ook").
    pub also_in: &'static str,
    /// After the other regions named: how many more there are, `{n}`.
    pub also_more: &'static str,
    /// "nog geen profiel".
    pub no_profile_yet: &'static str,
    /// "Gebieden zonder profiel".
    pub without_profile: &'static str,
    /// Under a heading the program adds (the document has none there).
    pub programs_heading: &'static str,
    /// "Totaal".
    pub total: &'static str,
    /// "Regio's".
    pub regions: &'static str,
    /// "Citaat".
    pub evidence: &'static str,
    /// "Bron".
    pub source: &'static str,
    /// "Aantal regio's".
    pub region_count: &'static str,
    /// "ja".
    pub yes: &'static str,
    /// "nee".
    pub no: &'static str,
    // --- messages the commands and the explorer share ---
    /// "Bedoelde je".
    pub did_you_mean: &'static str,
    /// A search found nothing though every word matched somewhere.
    pub no_result_holds_all: &'static str,
    /// A search found nothing and its words have Dutch words in the data: `{words}`
    /// ("Duitsland (germany)").
    pub data_is_dutch_try: &'static str,
    /// A search in English found nothing and no Dutch word is known for it.
    pub data_is_dutch: &'static str,
    /// Shown when stdin/stdout is not a terminal.
    pub not_a_terminal: &'static str,
    /// "Gedeelde thema's".
    pub shared_themes: &'static str,
    /// "Alleen" (themes only one region has).
    pub only_in: &'static str,
    /// What the kinds of cell mean.
    pub marks: &'static MarkTexts,
    /// The map: view, command and SVG.
    pub map: &'static MapTexts,
    /// Line ranges and citations of the source document.
    pub cite: &'static CiteTexts,
    /// The commands' own strings.
    pub cli: &'static CliTexts,
}

impl Texts {
    /// What to say when a search for `query` found nothing, about the data's language: the
    /// Dutch words the data has for its English words ("Duitsland (germany)"), or, in
    /// English, that the data is Dutch; nothing in Dutch when no word is known.
    pub fn dutch_hint(&self, query: &str, data: &crate::model::Dataset) -> Option<String> {
        let offers = dutch_words::dutch_for(query, data);
        if offers.is_empty() {
            return (self.lang == Lang::En).then(|| self.data_is_dutch.to_string());
        }
        let words: Vec<String> = offers
            .iter()
            .map(|(typed, dutch)| format!("“{dutch}” ({typed})"))
            .collect();
        Some(self.data_is_dutch_try.replace("{words}", &words.join(", ")))
    }

    /// The label of a search field, by its JSON name (e.g. "key_point"); unknown names are
    /// shown as they are.
    pub fn field_label(&self, name: &'static str) -> &'static str {
        self.field_labels
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(name, |(_, l)| l)
    }

    /// The heading for partners of a kind (plural).
    pub fn kind_heading(&self, kind: PartnerKind) -> &'static str {
        self.kind_plural[kind as usize]
    }

    /// The heading for `n` partners of a kind: singular for one, plural for any other number.
    pub fn kind_heading_for(&self, kind: PartnerKind, n: usize) -> &'static str {
        match self.lang.form(n) {
            Form::One => self.kind_heading_one[kind as usize],
            Form::Other => self.kind_plural[kind as usize],
        }
    }

    /// The name of a partner kind (singular).
    pub fn kind_name(&self, kind: PartnerKind) -> &'static str {
        self.kind_singular[kind as usize]
    }

    /// A theme's label in this language.
    pub fn theme_label<'a>(&self, theme: &'a Theme) -> &'a str {
        match self.lang {
            Lang::Nl => &theme.label,
            Lang::En => &theme.label_en,
        }
    }

    /// The label of an evidence source.
    pub fn source_name(&self, s: crate::model::EvidenceSource) -> &'static str {
        match s {
            crate::model::EvidenceSource::KeyPoints => self.source_label[0],
            crate::model::EvidenceSource::Partners => self.source_label[1],
            crate::model::EvidenceSource::CoverText => self.source_label[2],
        }
    }

    /// The sign that starts a key point of this kind in plain text.
    pub fn key_point_prefix(&self, kind: KeyPointKind) -> &'static str {
        match kind {
            KeyPointKind::Heading | KeyPointKind::Paragraph => "",
            KeyPointKind::Bullet => "• ",
            KeyPointKind::Item => "    ",
        }
    }
}

/// Nederlands.
pub static NL: Texts = Texts {
    lang: Lang::Nl,
    field_labels: [
        ("name", "naam"),
        ("alias", "alias"),
        ("profile_title", "titel"),
        ("route_oost", "ROUTE OOST"),
        ("partner", "partner"),
        ("partner_note", "partnerkolom"),
        ("key_point", "kernpunt"),
        ("note", "begeleidende tekst"),
        ("theme", "thema"),
        ("evidence", "citaat"),
        ("national", "passage"),
        ("without_profile", "zonder profiel"),
        ("heading", "kop"),
        ("area", "gebied"),
    ],
    partners: "Partners",
    kind_plural: ["Gemeenten", "Provincies", "Organisaties"],
    kind_singular: ["gemeente", "provincie", "organisatie"],
    kind_heading_one: ["Gemeente", "Provincie", "Organisatie"],
    key_points: "Kernpunten",
    themes: "Thema's",
    theme: "Thema",
    notes: "In de begeleidende tekst",
    profile: "Profiel",
    region: "Regio",
    route_oost: "Onderdeel van ROUTE OOST",
    source_label: ["kernpunten", "partnerkolom", "begeleidende tekst"],
    themes_are_interpretation: "interpretatie, met citaat uit de bron",
    alias: "alias",
    also_in: "ook",
    also_more: "en {n} andere",
    no_profile_yet: "nog geen profiel",
    without_profile: "Gebieden zonder profiel",
    programs_heading: "(een kop van dit programma, niet van het document)",
    total: "Totaal",
    regions: "Regio's",
    evidence: "Citaat",
    source: "Bron",
    region_count: "Aantal regio's",
    yes: "ja",
    no: "nee",
    did_you_mean: "Bedoelde je",
    no_result_holds_all: "Elk woord komt voor, maar geen resultaat bevat ze allemaal: probeer minder woorden.",
    data_is_dutch_try: "De gegevens zijn Nederlands: probeer {words}.",
    data_is_dutch: "De gegevens zijn Nederlands: zoek met Nederlandse woorden.",
    not_a_terminal: "De verkenner heeft een terminal nodig (invoer en uitvoer zijn omgeleid). Gebruik een subcommando, bijvoorbeeld: regioprofielen list, regioprofielen show twente, regioprofielen where Hengelo. Zie regioprofielen --help.",
    shared_themes: "Gedeelde thema's",
    only_in: "Alleen",
    marks: &MARKS_NL,
    map: &MAP_NL,
    cite: &CITE_NL,
    cli: &CLI_NL,
};

/// English.
pub static EN: Texts = Texts {
    lang: Lang::En,
    field_labels: [
        ("name", "name"),
        ("alias", "alias"),
        ("profile_title", "title"),
        ("route_oost", "ROUTE OOST"),
        ("partner", "partner"),
        ("partner_note", "partner column"),
        ("key_point", "key point"),
        ("note", "cover text"),
        ("theme", "theme"),
        ("evidence", "quote"),
        ("national", "passage"),
        ("without_profile", "without profile"),
        ("heading", "heading"),
        ("area", "area"),
    ],
    partners: "Partners",
    kind_plural: ["Municipalities", "Provinces", "Organisations"],
    kind_singular: ["municipality", "province", "organisation"],
    kind_heading_one: ["Municipality", "Province", "Organisation"],
    key_points: "Key points",
    themes: "Themes",
    theme: "Theme",
    notes: "In the cover text",
    profile: "Profile",
    region: "Region",
    route_oost: "Part of ROUTE OOST",
    source_label: ["key points", "partner column", "cover text"],
    themes_are_interpretation: "interpretation, with a quote from the source",
    alias: "alias",
    also_in: "also",
    also_more: "and {n} more",
    no_profile_yet: "no profile yet",
    without_profile: "Areas without a profile",
    programs_heading: "(a heading of this program, not of the document)",
    total: "Total",
    regions: "Regions",
    evidence: "Quote",
    source: "Source",
    region_count: "Regions",
    yes: "yes",
    no: "no",
    did_you_mean: "Did you mean",
    no_result_holds_all: "Every word occurs, but no result holds them all: try fewer words.",
    data_is_dutch_try: "The data is in Dutch: try {words}.",
    data_is_dutch: "The data is in Dutch: search with Dutch words.",
    not_a_terminal: "The explorer needs a terminal (input or output is redirected). Use a subcommand, for example: regioprofielen list, regioprofielen show twente, regioprofielen where Hengelo. See regioprofielen --help.",
    shared_themes: "Shared themes",
    only_in: "Only",
    marks: &MARKS_EN,
    map: &MAP_EN,
    cite: &CITE_EN,
    cli: &CLI_EN,
};
