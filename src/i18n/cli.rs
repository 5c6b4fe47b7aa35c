//! The commands' own strings: what they answer when a name is not found or fits several
//! regions, what a bare word answers, and the counts they print. Reached through the `cli`
//! field of [`super::Texts`]. The help and the argument errors are in [`super::help`] and
//! [`super::usage`].
//!
//! `{name}`-style placeholders are filled in by [`super::fill`].

use super::plural::Counted;

/// The commands' strings, in one language.
#[derive(Debug)]
pub struct CliTexts {
    /// No region matches the given name (the name follows).
    pub region_not_found: &'static str,
    /// Several regions match (the name and the candidates follow).
    pub ambiguous: &'static str,
    /// `show`: no region and no part of the cover text matches (the name follows).
    pub show_not_found: &'static str,
    /// `show`: several parts of the cover text match (the name and the candidates follow).
    pub parts_ambiguous: &'static str,
    /// Before the ids of the parts of the cover text that `show` prints.
    pub parts: &'static str,
    /// What a group of items of the cover text is, by the kind of its items (the kinds of
    /// `SectionItemKind`, in order; paragraphs and questions make no group).
    pub group_names: [&'static str; 4],
    /// A group in the section it stands in: `{group}`, `{section}`.
    pub group_in: &'static str,
    /// Over a group or the areas without a profile: the section they stand in, `{section}`,
    /// and its heading's lines, `{lines}` (the tool's words, not the document's).
    pub part_from: &'static str,
    /// A name in `where` or `search` is not found (the name follows).
    pub name_not_found: &'static str,
    /// No word of the data is close to the words searched.
    pub no_close_words: &'static str,
    /// A name given to `where` is a region's: `{name}`, `{id}`.
    pub is_a_region: &'static str,
    /// How to see a region's whole profile: `{command}`.
    pub show_hint: &'static str,
    /// After a region a bare word names: the partners of that name too, `{list}`.
    pub also_partner: Counted,
    /// A bare word that names no municipality, partner or region: the search's results follow.
    pub search_instead: &'static str,
    /// A bare word that finds nothing and looks like a command: `{command}`.
    pub maybe_command: &'static str,
    /// Prefix of a data error.
    pub data_error: &'static str,
    /// "geldig", after the file `validate` checked.
    pub valid: &'static str,
    /// `validate` with neither a file nor `--data`.
    pub validate_needs_file: &'static str,
    /// `validate FILE` with `--data` too: `{file}`, `{data}`.
    pub validate_two_files: &'static str,
    /// "Geschreven naar", before the file an export was written to.
    pub written_to: &'static str,
    /// `--theme` names no theme: `{theme}`.
    pub unknown_theme: &'static str,
    /// `--theme` fits several themes: `{theme}`.
    pub ambiguous_theme: &'static str,
    /// Before the list of theme ids after an unknown theme.
    pub theme_ids: &'static str,
    /// `export` without a format.
    pub export_needs_format: &'static str,
    /// The same region given twice to `compare` (its id follows).
    pub compare_twice: &'static str,
    /// A count of regions.
    pub regions: Counted,
    /// A count of themes.
    pub themes: Counted,
    /// A count of partners.
    pub partners: Counted,
    /// A count of key points.
    pub key_points: Counted,
    /// A count of theme tags.
    pub theme_tags: Counted,
    /// A count of sections of the cover text.
    pub sections: Counted,
    /// A count of areas without a profile.
    pub areas: Counted,
}

impl CliTexts {
    /// What `validate` counts, in one line: regions, themes, partners, key points, theme tags,
    /// sections, areas without a profile.
    pub fn validate_counts(&self, counts: [usize; 7]) -> String {
        let nouns = [
            &self.regions,
            &self.themes,
            &self.partners,
            &self.key_points,
            &self.theme_tags,
            &self.sections,
            &self.areas,
        ];
        let parts: Vec<String> = nouns.iter().zip(counts).map(|(c, n)| c.of(n)).collect();
        parts.join(", ")
    }
}

/// Nederlands.
pub static CLI_NL: CliTexts = CliTexts {
    region_not_found: "Geen regio gevonden voor",
    ambiguous: "Meerdere regio's passen bij",
    show_not_found: "Geen regio en geen deel van de begeleidende tekst gevonden voor",
    parts_ambiguous: "Meerdere delen van de begeleidende tekst passen bij",
    parts: "Delen van de begeleidende tekst",
    group_names: [
        "",
        "de aandachtspunten",
        "de kansen en thema's voor programmatische samenwerking",
        "",
    ],
    group_in: "{group}, in “{section}”",
    part_from: "Uit de sectie “{section}”{lines}:",
    name_not_found: "Niet gevonden",
    no_close_words: "Geen woord in de gegevens lijkt erop.",
    is_a_region: "{name} is een regio [{id}]",
    show_hint: "het hele profiel: {command}",
    also_partner: Counted::nl(
        "Ook een partner heeft die naam: {list}",
        "Ook {n} partners hebben die naam: {list}",
    ),
    search_instead: "Geen gemeente, partner of regio met die naam; de zoekresultaten:",
    maybe_command: "Of bedoelde je het commando {command}?",
    data_error: "Fout in de gegevens",
    valid: "geldig",
    validate_needs_file: "validate heeft een bestand nodig: regioprofielen validate BESTAND, of \
                          regioprofielen --data BESTAND validate",
    validate_two_files: "validate kreeg twee bestanden, {file} en --data {data}: geef er één",
    written_to: "Geschreven naar",
    unknown_theme: "Onbekend thema \"{theme}\"",
    ambiguous_theme: "Meerdere thema's passen bij \"{theme}\"",
    theme_ids: "thema's",
    export_needs_format: "Kies een formaat: --format json|ron|md|csv (of --json)",
    compare_twice: "Deze regio staat er twee keer in:",
    regions: Counted::nl("1 regio", "{n} regio's"),
    themes: Counted::nl("1 thema", "{n} thema's"),
    partners: Counted::nl("1 partner", "{n} partners"),
    key_points: Counted::nl("1 kernpunt", "{n} kernpunten"),
    theme_tags: Counted::nl("1 thematag", "{n} thematags"),
    sections: Counted::nl("1 sectie", "{n} secties"),
    areas: Counted::nl("1 gebied zonder profiel", "{n} gebieden zonder profiel"),
};

/// English.
pub static CLI_EN: CliTexts = CliTexts {
    region_not_found: "No region found for",
    ambiguous: "Several regions match",
    show_not_found: "No region and no part of the cover text found for",
    parts_ambiguous: "Several parts of the cover text match",
    parts: "Parts of the cover text",
    group_names: [
        "",
        "the attention points",
        "the opportunities and themes for programmatic cooperation",
        "",
    ],
    group_in: "{group}, in “{section}”",
    part_from: "From the section “{section}”{lines}:",
    name_not_found: "Not found",
    no_close_words: "No word in the data is close to it.",
    is_a_region: "{name} is a region [{id}]",
    show_hint: "the whole profile: {command}",
    also_partner: Counted::en(
        "A partner has that name too: {list}",
        "{n} partners have that name too: {list}",
    ),
    search_instead: "No municipality, partner or region of that name; the search results:",
    maybe_command: "Or did you mean the command {command}?",
    data_error: "Error in the data",
    valid: "valid",
    validate_needs_file: "validate needs a file: regioprofielen validate FILE, or regioprofielen \
                          --data FILE validate",
    validate_two_files: "validate was given two files, {file} and --data {data}: give one",
    written_to: "Written to",
    unknown_theme: "Unknown theme \"{theme}\"",
    ambiguous_theme: "Several themes match \"{theme}\"",
    theme_ids: "themes",
    export_needs_format: "Choose a format: --format json|ron|md|csv (or --json)",
    compare_twice: "This region is given twice:",
    regions: Counted::en("1 region", "{n} regions"),
    themes: Counted::en("1 theme", "{n} themes"),
    partners: Counted::en("1 partner", "{n} partners"),
    key_points: Counted::en("1 key point", "{n} key points"),
    theme_tags: Counted::en("1 theme tag", "{n} theme tags"),
    sections: Counted::en("1 section", "{n} sections"),
    areas: Counted::en("1 area without a profile", "{n} areas without a profile"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_counts_take_the_singular_for_one() {
        assert_eq!(
            CLI_NL.validate_counts([1, 1, 1, 1, 1, 1, 1]),
            "1 regio, 1 thema, 1 partner, 1 kernpunt, 1 thematag, 1 sectie, 1 gebied zonder profiel"
        );
        assert_eq!(
            CLI_NL.validate_counts([15, 12, 2, 0, 95, 7, 3]),
            "15 regio's, 12 thema's, 2 partners, 0 kernpunten, 95 thematags, 7 secties, 3 gebieden zonder profiel"
        );
        assert_eq!(
            CLI_EN.validate_counts([1, 2, 1, 3, 1, 1, 0]),
            "1 region, 2 themes, 1 partner, 3 key points, 1 theme tag, 1 section, 0 areas without a profile"
        );
    }
}
