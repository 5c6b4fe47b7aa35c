//! Every user-facing string of the interface, in Dutch (default) and English.
//!
//! The data itself is Dutch and is never translated; theme labels come in both languages from
//! the dataset.

use crate::model::{KeyPointKind, PartnerKind, Theme};

mod bron;
mod cite;
mod cli;
mod errors;
mod help;
mod locale;
mod map;
mod marks;
mod plural;
mod session;
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
    pub field_labels: [(&'static str, &'static str); 15],
    // --- data labels ---
    /// "Partners".
    pub partners: &'static str,
    /// Plural heading per partner kind: municipalities, provinces, organisations.
    pub kind_plural: [&'static str; 3],
    /// Singular per partner kind.
    pub kind_singular: [&'static str; 3],
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
        ("partner_note", "partners"),
        ("key_point", "kernpunt"),
        ("note", "begeleidende tekst"),
        ("theme", "thema"),
        ("evidence", "citaat"),
        ("national", "context"),
        ("without_profile", "zonder profiel"),
        ("heading", "kop"),
        ("text", "tekst"),
        ("area", "gebied"),
    ],
    partners: "Partners",
    kind_plural: ["Gemeenten", "Provincies", "Organisaties"],
    kind_singular: ["gemeente", "provincie", "organisatie"],
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
    total: "Totaal",
    regions: "Regio's",
    evidence: "Citaat",
    source: "Bron",
    region_count: "Aantal regio's",
    yes: "ja",
    no: "nee",
    did_you_mean: "Bedoelde je",
    no_result_holds_all: "Elk woord komt voor, maar geen resultaat bevat ze allemaal: probeer minder woorden.",
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
        ("partner_note", "partners"),
        ("key_point", "key point"),
        ("note", "cover text"),
        ("theme", "theme"),
        ("evidence", "quote"),
        ("national", "context"),
        ("without_profile", "without profile"),
        ("heading", "heading"),
        ("text", "text"),
        ("area", "area"),
    ],
    partners: "Partners",
    kind_plural: ["Municipalities", "Provinces", "Organisations"],
    kind_singular: ["municipality", "province", "organisation"],
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
    total: "Total",
    regions: "Regions",
    evidence: "Quote",
    source: "Source",
    region_count: "Regions",
    yes: "yes",
    no: "no",
    did_you_mean: "Did you mean",
    no_result_holds_all: "Every word occurs, but no result holds them all: try fewer words.",
    not_a_terminal: "The explorer needs a terminal (input or output is redirected). Use a subcommand, for example: regioprofielen list, regioprofielen show twente, regioprofielen where Hengelo. See regioprofielen --help.",
    shared_themes: "Shared themes",
    only_in: "Only",
    marks: &MARKS_EN,
    map: &MAP_EN,
    cite: &CITE_EN,
    cli: &CLI_EN,
};

impl Lang {
    /// The strings of the terminal interface in this language.
    pub fn tui(self) -> &'static TuiTexts {
        match self {
            Lang::Nl => &TUI_NL,
            Lang::En => &TUI_EN,
        }
    }
}

/// The strings of the terminal interface (`regioprofielen` without a subcommand).
///
/// Fields starting with `k_` describe a key in the help; `h_` are the short status-bar hints.
#[derive(Debug)]
pub struct TuiTexts {
    /// The program's name in the tab bar.
    pub app_name: &'static str,
    /// Tab titles, in tab order: profiles, matrix, compare, context, source.
    pub views: [&'static str; 5],
    /// Title of the region list.
    pub pane_regions: &'static str,
    /// Title of the theme filter.
    pub pane_filter: &'static str,
    /// Title of the profile pane.
    pub pane_profile: &'static str,
    /// Title of the section list.
    pub pane_sections: &'static str,
    /// Title of the section text.
    pub pane_section_text: &'static str,
    /// "van" in "3 van 15".
    pub of: &'static str,
    /// Legend under the region list (after the ROUTE OOST mark).
    pub legend_regions: &'static str,
    /// No region passes the filter and search (profile pane).
    pub no_match: &'static str,
    /// How to get regions back; `{clear}` and `{back}` become keys.
    pub no_match_hint: &'static str,
    /// No region passes (short, in lists).
    pub no_match_short: &'static str,
    /// The search found nothing at all ("{query}" is replaced).
    pub search_nothing: &'static str,
    /// The same, short, for the region list.
    pub search_nothing_short: &'static str,
    /// The theme filter alone leaves no region.
    pub no_match_filter: &'static str,
    /// How to clear the theme filter ("{clear}" is replaced by the key).
    pub no_match_filter_hint: &'static str,
    /// How to leave a search ("{back}" is replaced by the key).
    pub search_back_hint: &'static str,
    /// While typing a search that the theme filter empties: the filter's key types a letter
    /// there, so first leave the field ("{back}", "{clear}").
    pub no_match_hint_editing: &'static str,
    /// "gekozen" in the filter title.
    pub chosen: &'static str,
    /// "Modus".
    pub mode: &'static str,
    /// Filter mode: a region needs all chosen themes.
    pub mode_all: &'static str,
    /// Filter mode: a region needs one of the chosen themes.
    pub mode_any: &'static str,
    /// The filter has no theme chosen.
    pub none_chosen: &'static str,
    /// How to open the collapsed filter; `{pane}` becomes a key.
    pub filter_tab_hint: &'static str,
    /// A region without theme tags.
    pub no_themes: &'static str,
    /// Heading of a region's aliases.
    pub aliases_heading: &'static str,
    /// Explains that aliases are not the document's words.
    pub aliases_note: &'static str,
    /// The dataset has no cover-text sections.
    pub no_sections: &'static str,
    /// Labels over numbered groups, by `SectionItemKind` (the first, paragraphs, is unused).
    pub item_groups: [&'static str; 4],
    /// Help group headings: general, moving, filter, matrix, search, help.
    pub help_groups: [&'static str; 6],
    /// Title of the help overlay.
    pub help_title: &'static str,
    /// Bottom line of the help overlay.
    pub help_footer: &'static str,
    /// Heading of the mouse paragraph in the help.
    pub help_mouse_heading: &'static str,
    /// What the mouse does.
    pub help_mouse: &'static str,
    /// Name of the space bar.
    pub key_space: &'static str,
    /// Name for "any character".
    pub key_text: &'static str,
    /// Status bar: the filter.
    pub status_filter: &'static str,
    /// Prompt of the search field.
    pub search_prompt: &'static str,
    /// Shown in the empty search field.
    pub search_empty: &'static str,
    /// "sortering".
    pub sort_label: &'static str,
    /// Sort order: the document's.
    pub sort_document: &'static str,
    /// Sort order: most themes first.
    pub sort_total: &'static str,
    /// Sort order: a theme first ("thema 7").
    pub sort_theme: &'static str,
    /// Marks a theme tag as interpretation.
    pub interpretation: &'static str,
    /// The terminal is too small.
    pub too_small: &'static str,
    /// The sizes needed and present: `{w}`, `{h}`, `{cw}`, `{ch}` are filled in.
    pub too_small_need: &'static str,
    /// How to leave when too small; `{quit}` becomes a key.
    pub too_small_quit: &'static str,
    /// Help: Ctrl-C.
    pub k_quit: &'static str,
    /// Help: q.
    pub k_quit_q: &'static str,
    /// Help: the view keys 1-5.
    pub k_view: [&'static str; 5],
    /// Help: Tab.
    pub k_next_pane: &'static str,
    /// Help: Shift-Tab.
    pub k_prev_pane: &'static str,
    /// Help: Enter.
    pub k_open: &'static str,
    /// Help: /.
    pub k_search: &'static str,
    /// Help: a.
    pub k_mode: &'static str,
    /// Help: x.
    pub k_clear: &'static str,
    /// Help: Esc.
    pub k_back: &'static str,
    /// Help: ?.
    pub k_help: &'static str,
    /// Help: up.
    pub k_up: &'static str,
    /// Help: down.
    pub k_down: &'static str,
    /// Help: to the start.
    pub k_top: &'static str,
    /// Help: to the end.
    pub k_bottom: &'static str,
    /// Help: page up.
    pub k_page_up: &'static str,
    /// Help: page down.
    pub k_page_down: &'static str,
    /// Help: left.
    pub k_left: &'static str,
    /// Help: right.
    pub k_right: &'static str,
    /// Help: space in the filter.
    pub k_toggle: &'static str,
    /// Help: space in the matrix.
    pub k_toggle_col: &'static str,
    /// Help: s.
    pub k_sort: &'static str,
    /// Help: Enter in the search field.
    pub k_s_accept: &'static str,
    /// Help: Esc in the search field.
    pub k_s_cancel: &'static str,
    /// Help: up in the search field.
    pub k_s_up: &'static str,
    /// Help: down in the search field.
    pub k_s_down: &'static str,
    /// Help: Backspace.
    pub k_s_backspace: &'static str,
    /// Help: Del.
    pub k_s_delete: &'static str,
    /// Help: left in the search field.
    pub k_s_left: &'static str,
    /// Help: right in the search field.
    pub k_s_right: &'static str,
    /// Help: Home in the search field.
    pub k_s_home: &'static str,
    /// Help: End in the search field.
    pub k_s_end: &'static str,
    /// Help: Ctrl-U.
    pub k_s_clear: &'static str,
    /// Help: typing.
    pub k_s_type: &'static str,
    /// Help: closing the help.
    pub k_help_close: &'static str,
    /// Hint: quit.
    pub h_quit: &'static str,
    /// Hint: next pane.
    pub h_pane: &'static str,
    /// Hint: open.
    pub h_open: &'static str,
    /// Hint: search.
    pub h_search: &'static str,
    /// Hint: filter mode.
    pub h_mode: &'static str,
    /// Hint: clear the filter.
    pub h_clear: &'static str,
    /// Hint: back.
    pub h_back: &'static str,
    /// Hint: help.
    pub h_help: &'static str,
    /// Hint: toggle a theme.
    pub h_toggle: &'static str,
    /// Hint: filter on the column.
    pub h_toggle_col: &'static str,
    /// Hint: sort.
    pub h_sort: &'static str,
    /// Hint: cancel the search.
    pub h_cancel: &'static str,
    /// Hint: next result.
    pub h_next: &'static str,
    /// Hint: close the help.
    pub h_close: &'static str,
    /// Marks, comparison, matrix grouping and chart, status and exports.
    pub work: &'static WorkTexts,
    /// What the kinds of cell mean.
    pub marks: &'static MarkTexts,
    /// Strings for suspending and the search field's limits.
    pub session: &'static SessionTexts,
    /// The map view.
    pub map: &'static MapTexts,
    /// The source document: the Bron view and `b`.
    pub bron: &'static BronTexts,
}

/// Nederlands.
pub static TUI_NL: TuiTexts = TuiTexts {
    app_name: "Regioprofielen",
    views: ["Profielen", "Matrix", "Vergelijk", "Context", "Bron"],
    pane_regions: "Regio's",
    pane_filter: "Themafilter",
    pane_profile: "Profiel",
    pane_sections: "Secties",
    pane_section_text: "Tekst",
    of: "van",
    legend_regions: "ROUTE OOST · getal: thema's ●",
    no_match: "Geen regio past bij het themafilter en de zoekterm.",
    no_match_hint: "{clear} wist het themafilter, {back} de zoekterm.",
    no_match_short: "geen regio past",
    search_nothing: "Niets gevonden voor “{query}”.",
    search_nothing_short: "niets gevonden",
    no_match_filter: "Geen regio past bij het themafilter.",
    no_match_filter_hint: "{clear} wist het themafilter.",
    search_back_hint: "{back} wist de zoekterm.",
    no_match_hint_editing: "{back} wist de zoekterm; buiten het zoekveld wist {clear} het themafilter.",
    chosen: "gekozen",
    mode: "Modus",
    mode_all: "alle",
    mode_any: "een van",
    none_chosen: "Geen thema gekozen: alle regio's.",
    filter_tab_hint: "{pane}: thema's kiezen",
    no_themes: "Geen thema's gelabeld.",
    aliases_heading: "Ook gezocht als",
    aliases_note: "(aliassen: namen die het document zelf niet gebruikt)",
    no_sections: "Deze gegevens bevatten geen begeleidende tekst.",
    item_groups: [
        "",
        "Aandachtspunten 2021-2024",
        "Thema's voor programmatische samenwerking",
        "Vragen aan de Raad voor Cultuur",
    ],
    help_groups: [
        "Overal",
        "Bewegen en scrollen",
        "Themafilter",
        "Matrix",
        "Zoekveld",
        "Dit hulpvenster",
    ],
    help_title: "Toetsen",
    help_footer: "Esc of ? sluit · ↑↓ PgUp PgDn scrollen",
    help_mouse_heading: "Muis",
    help_mouse: "Klik kiest een tab, een regio, een thema, een matrixcel, een sectie of een citaat in een tekst; klik op de modusregel van het filter wisselt alle / een van. Het wiel scrollt het paneel onder de muis.",
    key_space: "Spatie",
    key_text: "tekens",
    status_filter: "filter",
    search_prompt: "Zoek",
    search_empty: "typ een naam, plaats of woord",
    sort_label: "sortering",
    sort_document: "volgorde document",
    sort_total: "meeste thema's",
    sort_theme: "eerst thema",
    interpretation: "interpretatie",
    too_small: "Terminal te klein",
    too_small_need: "Minimaal {w}×{h} nodig, nu {cw}×{ch}.",
    too_small_quit: "Vergroot het venster, of stop met {quit}.",
    k_quit: "stoppen",
    k_quit_q: "stoppen (in het zoekveld typt q gewoon een q)",
    k_view: [
        "Profielen: regio's, themafilter en profiel",
        "Matrix: regio's × thema's",
        "Vergelijk: gemarkeerde regio's naast elkaar",
        "Context: de begeleidende tekst",
        "Bron: het document zelf, met regelnummers",
    ],
    k_next_pane: "volgend paneel",
    k_prev_pane: "vorig paneel",
    k_open: "profiel van de gekozen regio openen",
    k_search: "zoeken in alles: namen, partners, kernpunten, teksten",
    k_mode: "filter: alle gekozen thema's / een van de gekozen thema's",
    k_clear: "themafilter wissen",
    k_back: "terug: van tekst naar lijst, anders zoekterm wissen",
    k_help: "deze hulp",
    k_up: "omhoog; in profiel en tekst: vorig citaat",
    k_down: "omlaag; in profiel en tekst: volgend citaat",
    k_top: "naar het begin",
    k_bottom: "naar het eind",
    k_page_up: "pagina omhoog",
    k_page_down: "pagina omlaag",
    k_left: "matrix: kolom naar links; vergelijken: kolommen terug; elders het paneel links",
    k_right: "matrix: kolom naar rechts; vergelijken: kolommen verder; elders het paneel rechts",
    k_toggle: "thema onder de cursor aan/uit",
    k_toggle_col: "thema van deze kolom in het filter aan/uit",
    k_sort: "sorteren: document → meeste thema's → thema onder de cursor",
    k_s_accept: "zoekterm houden en de regio openen",
    k_s_cancel: "zoeken stoppen; de vorige keuze komt terug",
    k_s_up: "vorige regio",
    k_s_down: "volgende regio",
    k_s_backspace: "teken voor de cursor wissen",
    k_s_delete: "teken onder de cursor wissen",
    k_s_left: "cursor naar links",
    k_s_right: "cursor naar rechts",
    k_s_home: "cursor naar het begin",
    k_s_end: "cursor naar het eind",
    k_s_clear: "zoekveld leegmaken",
    k_s_type: "zoeken (hoofdletters en accenten tellen niet)",
    k_help_close: "hulp sluiten",
    h_quit: "stop",
    h_pane: "paneel",
    h_open: "open",
    h_search: "zoek",
    h_mode: "alle/een van",
    h_clear: "wis",
    h_back: "terug",
    h_help: "hulp",
    h_toggle: "aan/uit",
    h_toggle_col: "filter",
    h_sort: "sorteer",
    h_cancel: "annuleer",
    h_next: "volgende",
    h_close: "sluit",
    work: &WORK_NL,
    marks: &MARKS_NL,
    session: &SESSION_NL,
    map: &MAP_NL,
    bron: &BRON_NL,
};

/// English.
pub static TUI_EN: TuiTexts = TuiTexts {
    app_name: "Regioprofielen",
    views: ["Profiles", "Matrix", "Compare", "Context", "Source"],
    pane_regions: "Regions",
    pane_filter: "Theme filter",
    pane_profile: "Profile",
    pane_sections: "Sections",
    pane_section_text: "Text",
    of: "of",
    legend_regions: "ROUTE OOST · number: themes ●",
    no_match: "No region matches the theme filter and the search.",
    no_match_hint: "{clear} clears the theme filter, {back} the search.",
    no_match_short: "no region matches",
    search_nothing: "Nothing found for “{query}”.",
    search_nothing_short: "nothing found",
    no_match_filter: "No region matches the theme filter.",
    no_match_filter_hint: "{clear} clears the theme filter.",
    search_back_hint: "{back} clears the search.",
    no_match_hint_editing: "{back} clears the search; outside the search field {clear} clears the theme filter.",
    chosen: "chosen",
    mode: "Mode",
    mode_all: "all",
    mode_any: "any",
    none_chosen: "No theme chosen: all regions.",
    filter_tab_hint: "{pane}: choose themes",
    no_themes: "No themes tagged.",
    aliases_heading: "Also searched as",
    aliases_note: "(aliases: names the document itself does not use)",
    no_sections: "This data has no cover text.",
    item_groups: [
        "",
        "Attention points 2021-2024",
        "Themes for programmatic cooperation",
        "Questions to the Raad voor Cultuur",
    ],
    help_groups: [
        "Everywhere",
        "Moving and scrolling",
        "Theme filter",
        "Matrix",
        "Search field",
        "This help",
    ],
    help_title: "Keys",
    help_footer: "Esc or ? closes · ↑↓ PgUp PgDn scroll",
    help_mouse_heading: "Mouse",
    help_mouse: "A click selects a tab, a region, a theme, a matrix cell, a section or a quote in a text; a click on the filter's mode line switches all / any. The wheel scrolls the pane under the pointer.",
    key_space: "Space",
    key_text: "characters",
    status_filter: "filter",
    search_prompt: "Search",
    search_empty: "type a name, place or word",
    sort_label: "order",
    sort_document: "document",
    sort_total: "most themes",
    sort_theme: "theme first",
    interpretation: "interpretation",
    too_small: "Terminal too small",
    too_small_need: "Needs at least {w}×{h}, now {cw}×{ch}.",
    too_small_quit: "Enlarge the window, or quit with {quit}.",
    k_quit: "quit",
    k_quit_q: "quit (in the search field q types a q)",
    k_view: [
        "Profiles: regions, theme filter and profile",
        "Matrix: regions × themes",
        "Compare: marked regions side by side",
        "Context: the cover text",
        "Source: the document itself, with line numbers",
    ],
    k_next_pane: "next pane",
    k_prev_pane: "previous pane",
    k_open: "open the selected region's profile",
    k_search: "search everything: names, partners, key points, texts",
    k_mode: "filter: all chosen themes / any chosen theme",
    k_clear: "clear the theme filter",
    k_back: "back: from text to list, else clear the search",
    k_help: "this help",
    k_up: "up; in the profile and a text: previous quote",
    k_down: "down; in the profile and a text: next quote",
    k_top: "to the start",
    k_bottom: "to the end",
    k_page_up: "page up",
    k_page_down: "page down",
    k_left: "matrix: column to the left; comparing: columns back; elsewhere the pane to the left",
    k_right: "matrix: column to the right; comparing: columns on; elsewhere the pane to the right",
    k_toggle: "theme under the cursor on/off",
    k_toggle_col: "this column's theme in the filter on/off",
    k_sort: "order: document → most themes → theme under the cursor",
    k_s_accept: "keep the search and open the region",
    k_s_cancel: "stop searching; the previous selection comes back",
    k_s_up: "previous region",
    k_s_down: "next region",
    k_s_backspace: "delete the character before the cursor",
    k_s_delete: "delete the character under the cursor",
    k_s_left: "cursor left",
    k_s_right: "cursor right",
    k_s_home: "cursor to the start",
    k_s_end: "cursor to the end",
    k_s_clear: "empty the search field",
    k_s_type: "search (case and accents do not matter)",
    k_help_close: "close the help",
    h_quit: "quit",
    h_pane: "pane",
    h_open: "open",
    h_search: "search",
    h_mode: "all/any",
    h_clear: "clear",
    h_back: "back",
    h_help: "help",
    h_toggle: "on/off",
    h_toggle_col: "filter",
    h_sort: "sort",
    h_cancel: "cancel",
    h_next: "next",
    h_close: "close",
    work: &WORK_EN,
    marks: &MARKS_EN,
    session: &SESSION_EN,
    map: &MAP_EN,
    bron: &BRON_EN,
};
