//! Dutch word forms: two words match as forms of one word when their stems are equal.
//!
//! Stems come from the Snowball Dutch algorithm (Snowball 3, through the
//! `snowball_stemmers_rs` crate), which conflates singular and plural ("collectie",
//! "collecties"; "gemeente", "gemeenten"; "regio", "regio's") and common derivations
//! ("vernieuwen", "vernieuwing"). Two short lists handle what it cannot:
//!
//! - [`IRREGULAR`]: forms the algorithm leaves apart because they are not made with Dutch
//!   suffixes (Latin plurals such as "musea" for "museum", and the adjective "museale").
//! - [`STOP_WORDS`]: Snowball's own Dutch stop-word list. A stop word never matches as a
//!   form of another word: "over" and "overheid" share the stem "over", but nobody who types
//!   "overheid" means "over". Stop words still match as themselves.

use snowball_stemmers_rs::{Algorithm, Stemmer};

/// Forms the stemmer does not conflate, each with the stem of the word it is a form of.
/// Kept short on purpose: only words whose forms are not made with Dutch suffixes.
pub const IRREGULAR: &[(&str, &str)] = &[
    ("musea", "museum"),
    ("museale", "museum"),
    ("museaal", "museum"),
    ("podia", "podium"),
    ("centra", "centrum"),
    ("criteria", "criterium"),
    ("curricula", "curriculum"),
];

/// Snowball's Dutch stop words (snowballstem.org, `dutch/stop.txt`).
pub const STOP_WORDS: &[&str] = &[
    "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de",
    "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge",
    "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe",
    "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me",
    "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of",
    "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen",
    "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd", "wezen",
    "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder",
    "zou",
];

/// Words shorter than this (in characters) are not matched by form: a stem of two or three
/// letters says too little.
pub const MIN_CHARS: usize = 4;

/// The Dutch stemmer, with the two lists above.
#[derive(Clone, Copy)]
pub struct Stems {
    stemmer: &'static Stemmer,
}

static DUTCH: std::sync::LazyLock<Stemmer> =
    std::sync::LazyLock::new(|| Stemmer::create(Algorithm::Dutch));

impl Default for Stems {
    fn default() -> Self {
        Stems { stemmer: &DUTCH }
    }
}

impl std::fmt::Debug for Stems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stems(dutch)")
    }
}

impl Stems {
    /// The stem of a folded word, or `None` if the word does not take part in form matching
    /// (a stop word, or too short).
    pub fn stem(&self, word: &str) -> Option<String> {
        if word.chars().count() < MIN_CHARS || STOP_WORDS.binary_search(&word).is_ok() {
            return None;
        }
        if let Some(&(_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
            return Some(self.stemmer.stem(lemma).into_owned());
        }
        Some(self.stemmer.stem(word).into_owned())
    }
}

/// Whether `a` and `b` could share a stem: the same first three characters. Inflection in
/// Dutch changes the end of a word, so this spares the stemmer almost every word.
pub fn may_share_stem(a: &str, b: &str) -> bool {
    let mut x = a.chars();
    let mut y = b.chars();
    (0..3).all(|_| matches!((x.next(), y.next()), (Some(p), Some(q)) if p == q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn singular_and_plural_share_a_stem() {
        let s = Stems::default();
        for (a, b) in [
            ("collectie", "collecties"),
            ("gemeente", "gemeenten"),
            ("regio", "regio's"),
            ("provincie", "provincies"),
            ("thema", "thema's"),
            ("vernieuwen", "vernieuwing"),
            ("landschap", "landschappen"),
            ("museum", "musea"),
            ("museum", "museale"),
        ] {
            assert_eq!(s.stem(a), s.stem(b), "{a} / {b}");
            assert!(s.stem(a).is_some(), "{a}");
            assert!(may_share_stem(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn stop_words_and_short_words_have_no_stem() {
        let s = Stems::default();
        assert_eq!(s.stem("over"), None);
        assert_eq!(s.stem("den"), None);
        assert!(s.stem("overheid").is_some());
        assert_ne!(s.stem("talent"), s.stem("tale"));
    }
}
