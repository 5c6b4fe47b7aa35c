//! The dataset: serde types for `assets/profiles.ron` and every file of the same schema.
//!
//! Field names here are the names in the RON file and in the JSON export, so they are part of
//! the public format: rename nothing without a reason.

use serde::{Deserialize, Serialize};

/// The whole dataset: the source annex, structured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Title of the source document.
    pub title: String,
    /// The source document's text, as a path relative to this file: every quote is checked
    /// against it and located in it when the file is loaded. The built-in data has the
    /// built-in document.
    #[serde(default)]
    pub source: Option<String>,
    /// The policy-theme taxonomy (interpretation, shared by all regions).
    pub themes: Vec<Theme>,
    /// What the cover text says of all (or most) profiles about a theme: never copied into
    /// the regions, so a region's own tags stay what its own text names.
    #[serde(default)]
    pub general_statements: Vec<GeneralStatement>,
    /// The urban regions, in the order of the document.
    pub regions: Vec<Region>,
    /// The sections of the cover text, in order.
    pub national: Vec<Section>,
    /// Areas that the document names as having no profile yet.
    pub without_profile: Vec<AreaWithoutProfile>,
}

/// A policy theme ("thema") of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable id, e.g. `internationaal`.
    pub id: String,
    /// Dutch label, e.g. "Internationalisering".
    pub label: String,
    /// English label.
    pub label_en: String,
    /// One-line description (Dutch) of what the theme covers.
    pub description: String,
}

/// One urban region's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Stable id, e.g. `twente`.
    pub id: String,
    /// The cooperation's name as printed.
    pub name: String,
    /// A display label for narrow screens: the distinctive part of the name ("Zwolle" for
    /// "Stedelijke Cultuurregio Zwolle"). Interpretation, like aliases: never shown as the
    /// document's words. Empty: derived from the name (see [`Region::short`]).
    #[serde(default)]
    pub short_name: String,
    /// The profile's title as printed (lines rejoined).
    pub profile_title: String,
    /// Every government and organisation named as a partner.
    pub partners: Vec<Partner>,
    /// Verbatim text of the partner column that is not a partner name itself.
    #[serde(default)]
    pub partner_notes: Vec<String>,
    /// Marked "Onderdeel van ROUTE OOST".
    pub route_oost: bool,
    /// The key points ("kernpunten") verbatim and in order.
    pub key_points: Vec<KeyPoint>,
    /// Statements of the cover text about this region.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Names users type that the document does not print (never shown as if it did).
    #[serde(default)]
    pub aliases: Vec<Alias>,
    /// Themes the region addresses: interpretation, each with its evidence.
    #[serde(default)]
    pub themes: Vec<ThemeTag>,
}

/// A partner government or organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The name as printed, without "Gemeente"/"Provincie".
    pub name: String,
    /// What kind of partner this is.
    pub kind: PartnerKind,
}

/// The kind of a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartnerKind {
    /// A municipality ("gemeente").
    Municipality,
    /// A province ("provincie").
    Province,
    /// Any other organisation.
    Organisation,
}

impl PartnerKind {
    /// All kinds, in display order.
    pub const ALL: [PartnerKind; 3] = [Self::Municipality, Self::Province, Self::Organisation];

    /// The id used in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Self::Municipality => "municipality",
            Self::Province => "province",
            Self::Organisation => "organisation",
        }
    }

    /// The Dutch word for a partner of this kind, as the document puts it before a name
    /// ("gemeente Nijmegen", "Provincie Limburg"); the search finds partners by it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Municipality => "gemeente",
            Self::Province => "provincie",
            Self::Organisation => "organisatie",
        }
    }
}

/// How the document's table marks a region that is part of ROUTE OOST, in its words.
pub const ROUTE_OOST_TEXT: &str = "Onderdeel van ROUTE OOST";

/// One line of a region's key points, with its place in the structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyPoint {
    /// The structural role of this line.
    pub kind: KeyPointKind,
    /// The text verbatim, without the bullet sign; lettered or numbered lines keep their label.
    pub text: String,
}

/// The structural role of a key point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyPointKind {
    /// A heading over the lines that follow (e.g. "VOOR EN MET ONS PUBLIEK").
    Heading,
    /// A plain paragraph.
    Paragraph,
    /// A bulleted point ("•").
    Bullet,
    /// A lettered or numbered line under the preceding point (e.g. "A. Levend Erfgoed").
    Item,
}

/// A statement of the cover text about one region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The cover-text section it stands in (and subheading, if any), e.g. "Totstandkoming".
    pub section: String,
    /// The statement verbatim.
    pub text: String,
}

/// A name users type that the document does not print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The alias, e.g. "Den Bosch".
    pub name: String,
    /// The printed name it stands for: a partner's name or the region's name.
    pub refers_to: String,
}

/// A theme a region addresses, with the quote that supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeTag {
    /// The theme id.
    pub theme: String,
    /// A verbatim quote from the source supporting the tag.
    pub evidence: String,
    /// Where the quote stands.
    pub source: EvidenceSource,
}

/// Where an evidence quote stands in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceSource {
    /// In the region's key points.
    KeyPoints,
    /// In the region's partner column: the text there that is not a name (`partner_notes`).
    Partners,
    /// In the cover text, where it speaks of this region (one of the region's `notes`).
    CoverText,
}

impl EvidenceSource {
    /// Every kind, in the order a region's row of the document has them.
    pub const ALL: [EvidenceSource; 3] = [Self::KeyPoints, Self::Partners, Self::CoverText];

    /// The id used in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Self::KeyPoints => "key_points",
            Self::Partners => "partners",
            Self::CoverText => "cover_text",
        }
    }
}

/// A statement of the cover text about all (or most) profiles that names a theme, e.g.
/// "In ieder profiel wordt het belang benadrukt van cultuuronderwijs."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeneralStatement {
    /// The theme id (which theme the statement names is interpretation).
    pub theme: String,
    /// How many profiles the statement speaks of, as the text says it.
    pub scope: StatementScope,
    /// The cover-text section it stands in, and its subheading if any, as in `Note::section`.
    pub section: String,
    /// The statement verbatim.
    pub quote: String,
}

/// How many profiles a general statement speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementScope {
    /// Every profile: "alle", "ieder", "elk".
    All,
    /// Most or many, not all: "vrijwel alle", "veel", "meerdere".
    Most,
}

impl StatementScope {
    /// The id used in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Most => "most",
        }
    }
}

/// A section of the cover text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, e.g. `totstandkoming`.
    pub id: String,
    /// The heading as printed.
    pub heading: String,
    /// The section's items in order.
    pub items: Vec<SectionItem>,
}

/// One item of a cover-text section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionItem {
    /// What kind of item this is.
    pub kind: SectionItemKind,
    /// The item's own heading (the bullet line of an attention point or theme), if it has one.
    #[serde(default)]
    pub heading: Option<String>,
    /// The text verbatim.
    pub text: String,
}

/// The kind of a cover-text item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionItemKind {
    /// A plain paragraph.
    Paragraph,
    /// One of the attention points for 2021-2024.
    AttentionPoint,
    /// One of the themes for programmatic cooperation.
    ProgrammeTheme,
    /// One of the questions to the Raad voor Cultuur.
    Question,
}

/// An area the document names as having no profile yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaWithoutProfile {
    /// The area's name as printed.
    pub name: String,
    /// What the document says about it, verbatim.
    pub text: String,
}

impl Dataset {
    /// The region with this id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The index of the region with this id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The index of the theme with this id.
    pub fn theme_index(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// The general statements about theme `theme_id` of this scope, in document order.
    pub fn general_about<'a>(
        &'a self,
        theme_id: &'a str,
        scope: StatementScope,
    ) -> impl Iterator<Item = &'a GeneralStatement> + 'a {
        self.general_statements
            .iter()
            .filter(move |g| g.theme == theme_id && g.scope == scope)
    }
}

impl Region {
    /// The region's short display label: `short_name`, else the abbreviation in brackets
    /// if the name ends in one ("Metropoolregio Amsterdam (MRA)" gives "MRA"), else the name.
    pub fn short(&self) -> &str {
        let own = self.short_name.trim();
        if !own.is_empty() {
            return own;
        }
        let name = self.name.trim();
        match name.rfind('(') {
            Some(open) if name.ends_with(')') => {
                let inner = name[open + 1..name.len() - 1].trim();
                if inner.is_empty() { name } else { inner }
            }
            _ => name,
        }
    }

    /// Whether the region is tagged with this theme.
    pub fn has_theme(&self, theme_id: &str) -> bool {
        self.themes.iter().any(|t| t.theme == theme_id)
    }

    /// The region's theme ids in taxonomy order, each once.
    pub fn theme_ids<'a>(&'a self, taxonomy: &'a [Theme]) -> impl Iterator<Item = &'a str> + 'a {
        taxonomy
            .iter()
            .filter(|t| self.has_theme(&t.id))
            .map(|t| t.id.as_str())
    }

    /// The texts of the region's fields of this kind, where its evidence may stand: the
    /// key points, the partner column's notes, or the cover text's statements about it.
    pub fn texts_of(&self, source: EvidenceSource) -> Vec<&str> {
        match source {
            EvidenceSource::KeyPoints => self.key_points.iter().map(|k| k.text.as_str()).collect(),
            EvidenceSource::Partners => self.partner_notes.iter().map(String::as_str).collect(),
            EvidenceSource::CoverText => self.notes.iter().map(|n| n.text.as_str()).collect(),
        }
    }

    /// The partners of this kind, in printed order.
    pub fn partners_of(&self, kind: PartnerKind) -> impl Iterator<Item = &Partner> {
        self.partners.iter().filter(move |p| p.kind == kind)
    }
}
