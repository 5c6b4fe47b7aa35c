//! The Dutch words for English words a user may search for: the data is Dutch, so an
//! English query often finds nothing. A short list kept by hand, of place and country names
//! and a few words about them (a translation, not words of the document; every Dutch word
//! in it stands in the document, a test checks that), and the English labels of the
//! themes, which the data carries beside the Dutch ones.

use crate::model::Dataset;
use crate::text::fold;

/// English words and phrases (folded) and the Dutch word of the document for each.
pub static ENGLISH_DUTCH: &[(&str, &str)] = &[
    ("germany", "Duitsland"),
    ("german", "Duits"),
    ("flanders", "Vlaanderen"),
    ("netherlands", "Nederland"),
    ("abroad", "buitenland"),
    ("foreign", "buitenland"),
    ("border", "grens"),
    ("the hague", "Den Haag"),
    ("hague", "Den Haag"),
    ("north holland", "Noord-Holland"),
    ("north brabant", "Noord-Brabant"),
    ("guelders", "Gelderland"),
    ("frisia", "Friesland"),
    ("zealand", "Zeeland"),
];

/// What the data's Dutch has for the English words of `query`: (what was typed, the Dutch
/// word), from the list above and from the themes' English labels (the Dutch label's first
/// part: "heritage" gives "Erfgoed"), each Dutch word once.
pub fn dutch_for(query: &str, data: &Dataset) -> Vec<(String, String)> {
    let q = fold(query);
    let words: Vec<&str> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |typed: &str, dutch: &str| {
        if !out.iter().any(|(_, d)| d == dutch) {
            out.push((typed.to_string(), dutch.to_string()));
        }
    };
    for &(english, dutch) in ENGLISH_DUTCH {
        let hit = if english.contains(' ') {
            format!(" {joined} ").contains(&format!(" {english} "))
        } else {
            words.contains(&english)
        };
        if hit {
            add(english, dutch);
        }
    }
    for theme in &data.themes {
        let label = fold(&theme.label_en);
        let label_words: Vec<&str> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .collect();
        for w in &words {
            if label_words.contains(w) {
                add(w, crate::text::short_label(&theme.label));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_give_the_documents_dutch() {
        let data = crate::load::embedded().expect("the embedded data");
        let got = dutch_for("Germany", &data);
        assert_eq!(got, [("germany".to_string(), "Duitsland".to_string())]);
        let got = dutch_for("culture in the hague", &data);
        assert_eq!(got[0].1, "Den Haag");
        assert_eq!(got.len(), 1, "hague and the hague give one word");
        let got = dutch_for("heritage", &data);
        assert_eq!(got, [("heritage".to_string(), "Erfgoed".to_string())]);
        assert!(dutch_for("qqzz", &data).is_empty());
    }

    #[test]
    fn every_dutch_word_of_the_list_stands_in_the_document() {
        let source = crate::text::fold(include_str!("../../assets/source.txt"));
        for &(english, dutch) in ENGLISH_DUTCH {
            assert!(source.contains(&fold(dutch)), "{english} → {dutch}");
        }
    }
}
