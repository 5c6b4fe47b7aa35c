//! Every user-facing string of the interface, in Dutch (default) and English.
//!
//! The data itself is Dutch and is never translated; theme labels come in both languages from
//! the dataset.

use crate::model::{KeyPointKind, PartnerKind, Theme};

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
    pub field_labels: [(&'static str, &'static str); 11],
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
    /// Label of the evidence sources: key points, cover text.
    pub source_label: [&'static str; 2],
    /// Marks theme tags as interpretation.
    pub themes_are_interpretation: &'static str,
    /// "Alias" marker (names the document does not print).
    pub alias: &'static str,
    /// Text before the other region of a municipality in two regions ("ook").
    pub also_in: &'static str,
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
    // --- CLI messages ---
    /// No region matches the given name.
    pub region_not_found: &'static str,
    /// Several regions match; the candidates follow.
    pub ambiguous: &'static str,
    /// A name in `where` is not found; closest names follow.
    pub name_not_found: &'static str,
    /// The name given to `where` is a region's own name; the command to show it follows.
    pub is_a_region: &'static str,
    /// "Bedoelt u".
    pub did_you_mean: &'static str,
    /// Shown when stdin/stdout is not a terminal.
    pub not_a_terminal: &'static str,
    /// Prefix of a data error.
    pub data_error: &'static str,
    /// "Geldig".
    pub valid: &'static str,
    /// "geschreven naar".
    pub written_to: &'static str,
    /// Unknown theme id in `--theme`.
    pub unknown_theme: &'static str,
    /// `export` without a format.
    pub export_needs_format: &'static str,
    /// The same region given twice to `compare`.
    pub compare_twice: &'static str,
    /// "Gedeelde thema's".
    pub shared_themes: &'static str,
    /// "Alleen" (themes only one region has).
    pub only_in: &'static str,
    /// The counts `validate` reports: regions, themes, partners, key points, theme tags,
    /// sections, areas without profile.
    pub validate_counts: fn(usize, usize, usize, usize, usize, usize, usize) -> String,
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
            crate::model::EvidenceSource::CoverText => self.source_label[1],
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
        ("partner", "partner"),
        ("partner_note", "partners"),
        ("key_point", "kernpunt"),
        ("note", "begeleidende tekst"),
        ("theme", "thema"),
        ("evidence", "citaat"),
        ("national", "context"),
        ("without_profile", "zonder profiel"),
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
    source_label: ["kernpunten", "begeleidende tekst"],
    themes_are_interpretation: "interpretatie, met citaat uit de bron",
    alias: "alias",
    also_in: "ook",
    no_profile_yet: "nog geen profiel",
    without_profile: "Gebieden zonder profiel",
    total: "Totaal",
    regions: "Regio's",
    evidence: "Citaat",
    source: "Bron",
    region_count: "Aantal regio's",
    yes: "ja",
    no: "nee",
    region_not_found: "Geen regio gevonden voor",
    ambiguous: "Meerdere regio's passen bij",
    name_not_found: "Niet gevonden",
    did_you_mean: "Bedoelt u",
    is_a_region: "Dit is de naam van een regio:",
    not_a_terminal: "De verkenner heeft een terminal nodig (invoer en uitvoer zijn omgeleid). Gebruik een subcommando, bijvoorbeeld: regioprofielen list, regioprofielen show twente, regioprofielen where Hengelo. Zie regioprofielen --help.",
    data_error: "Fout in de gegevens",
    valid: "Geldig",
    written_to: "Geschreven naar",
    unknown_theme: "Onbekend thema",
    export_needs_format: "Kies een formaat: --format json|ron|md|csv (of --json)",
    compare_twice: "Deze regio staat er twee keer in:",
    shared_themes: "Gedeelde thema's",
    only_in: "Alleen",
    validate_counts: |r, t, p, k, g, s, w| {
        format!(
            "{r} regio's, {t} thema's, {p} partners, {k} kernpunten, {g} thematags, {s} secties, {w} gebieden zonder profiel"
        )
    },
};

/// English.
pub static EN: Texts = Texts {
    lang: Lang::En,
    field_labels: [
        ("name", "name"),
        ("alias", "alias"),
        ("profile_title", "title"),
        ("partner", "partner"),
        ("partner_note", "partners"),
        ("key_point", "key point"),
        ("note", "cover text"),
        ("theme", "theme"),
        ("evidence", "quote"),
        ("national", "context"),
        ("without_profile", "without profile"),
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
    source_label: ["key points", "cover text"],
    themes_are_interpretation: "interpretation, with a quote from the source",
    alias: "alias",
    also_in: "also",
    no_profile_yet: "no profile yet",
    without_profile: "Areas without a profile",
    total: "Total",
    regions: "Regions",
    evidence: "Quote",
    source: "Source",
    region_count: "Regions",
    yes: "yes",
    no: "no",
    region_not_found: "No region found for",
    ambiguous: "Several regions match",
    name_not_found: "Not found",
    did_you_mean: "Did you mean",
    is_a_region: "This is the name of a region:",
    not_a_terminal: "The explorer needs a terminal (input or output is redirected). Use a subcommand, for example: regioprofielen list, regioprofielen show twente, regioprofielen where Hengelo. See regioprofielen --help.",
    data_error: "Error in the data",
    valid: "Valid",
    written_to: "Written to",
    unknown_theme: "Unknown theme",
    export_needs_format: "Choose a format: --format json|ron|md|csv (or --json)",
    compare_twice: "This region is given twice:",
    shared_themes: "Shared themes",
    only_in: "Only",
    validate_counts: |r, t, p, k, g, s, w| {
        format!(
            "{r} regions, {t} themes, {p} partners, {k} key points, {g} theme tags, {s} sections, {w} areas without a profile"
        )
    },
};
