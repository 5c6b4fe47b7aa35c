//! The strings that say what a cell of the matrix means (● own tag, ○ said of all profiles,
//! · neither) and what the cover text says of many profiles (≈), for the explorer, the
//! commands and the exports alike. Reached through the `marks` field of [`super::Texts`] and
//! [`super::TuiTexts`].

use super::plural::Counted;
use crate::matrix::{GENERAL, MOST, NEITHER, OWN};

/// Strings about the three kinds of cell and the statements about many profiles.
#[derive(Debug)]
pub struct MarkTexts {
    /// What ●, ○ and · mean, short enough for one line at 80 columns together.
    pub short: [&'static str; 3],
    /// What ●, ○ and · mean, in full.
    pub long: [&'static str; 3],
    /// What ● and ○ mean, in a few words (the comparison's border).
    pub compare: &'static str,
    /// What ≈ beside a theme means.
    pub most: &'static str,
    /// What ≈ means, in a few words (a narrow side panel).
    pub most_short: &'static str,
    /// Heading of a region's ○ themes.
    pub general_heading: &'static str,
    /// Heading of what the cover text says of many profiles.
    pub most_heading: &'static str,
    /// Heading of the themes a region neither names nor has as ○.
    pub neither_heading: &'static str,
    /// Where a ○ quote stands: the cover text, about all profiles.
    pub general_source: &'static str,
    /// The cell under the cursor is neither ● nor ○.
    pub neither_info: &'static str,
    /// Status bar and filter pane: the filter matches own tags only.
    pub filter_own: &'static str,
    /// Status bar and filter pane: the filter matches own tags and ○ cells.
    pub filter_general: &'static str,
    /// Help: the key that lets the filter count ○ cells.
    pub k_general: &'static str,
    /// Hint: the same key.
    pub h_general: &'static str,
    /// Label of the totals of own tags.
    pub total_own: &'static str,
    /// Label of the totals of ○ cells.
    pub total_general: &'static str,
    /// "15 algemene uitspraken", "1 algemene uitspraak": the count `validate` reports.
    pub statements: Counted,
}

impl MarkTexts {
    /// The meaning of the three kinds of cell as (sign, text), in full or short.
    pub fn caption(&self, long: bool) -> [(&'static str, &'static str); 3] {
        let texts = if long { self.long } else { self.short };
        [(OWN, texts[0]), (GENERAL, texts[1]), (NEITHER, texts[2])]
    }

    /// The caption as one line: "● … · ○ … · · …", the parts three spaces apart.
    pub fn caption_line(&self, long: bool) -> String {
        let parts: Vec<String> = self
            .caption(long)
            .iter()
            .map(|(sign, text)| format!("{sign} {text}"))
            .collect();
        parts.join("   ")
    }

    /// The line explaining ≈.
    pub fn most_line(&self) -> String {
        format!("{MOST} {}", self.most)
    }
}

/// Nederlands.
pub static MARKS_NL: MarkTexts = MarkTexts {
    short: [
        "genoemd voor de regio",
        "van alle profielen gezegd",
        "hier niet genoemd",
    ],
    long: [
        "voor deze regio genoemd in dit document",
        "in de begeleidende tekst gezegd van alle profielen",
        "niet voor deze regio genoemd in dit document (het volledige profiel kan meer zeggen)",
    ],
    compare: "● genoemd · ○ van alle profielen gezegd",
    most: "de begeleidende tekst zegt dit van veel of vrijwel alle profielen (nooit een cel)",
    most_short: "veel profielen",
    general_heading: "Van alle profielen gezegd",
    most_heading: "Van veel profielen gezegd",
    neither_heading: "Niet genoemd",
    general_source: "begeleidende tekst, over alle profielen",
    neither_info: "Niet voor deze regio genoemd in dit document; het volledige profiel kan meer zeggen.",
    filter_own: "alleen ●",
    filter_general: "● en ○",
    k_general: "themafilter: ook ○ meetellen (alle profielen), of alleen ●",
    h_general: "●/○",
    total_own: "Totaal ●",
    total_general: "Totaal ○",
    statements: Counted::nl("1 algemene uitspraak", "{n} algemene uitspraken"),
};

/// English.
pub static MARKS_EN: MarkTexts = MarkTexts {
    short: [
        "named for the region",
        "said of all profiles",
        "not named here",
    ],
    long: [
        "named for this region in this document",
        "said of all profiles in the cover text",
        "not named for this region in this document (the full profile may say more)",
    ],
    compare: "● named · ○ said of all profiles",
    most: "the cover text says this of many or almost all profiles (never a cell)",
    most_short: "many profiles",
    general_heading: "Said of all profiles",
    most_heading: "Said of many profiles",
    neither_heading: "Not named",
    general_source: "cover text, of all profiles",
    neither_info: "Not named for this region in this document; the full profile may say more.",
    filter_own: "● only",
    filter_general: "● and ○",
    k_general: "theme filter: let ○ count too (all profiles), or ● only",
    h_general: "●/○",
    total_own: "Total ●",
    total_general: "Total ○",
    statements: Counted::en("1 general statement", "{n} general statements"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(MARKS_NL.statements.of(1), "1 algemene uitspraak");
        assert_eq!(MARKS_NL.statements.of(15), "15 algemene uitspraken");
        assert_eq!(MARKS_EN.statements.of(1), "1 general statement");
        assert_eq!(MARKS_EN.statements.of(0), "0 general statements");
    }

    #[test]
    fn the_short_caption_fits_80_columns_in_both_languages() {
        for marks in [&MARKS_NL, &MARKS_EN] {
            let line = marks.caption_line(false);
            assert!(line.chars().count() <= 78, "{line}");
            assert!(line.starts_with("● ") && line.contains("   ○ ") && line.contains("   · "));
        }
    }
}
