//! Highlights stay exact with every kind of match: for every hit of every word of the data
//! (as typed, folded, misspelt, inflected) and of random queries, each highlighted range lies
//! on character boundaries and holds what matched: a part of a query word, another form of
//! it (the same stem), or the word it is a typo of.

use std::collections::BTreeSet;

use proptest::prelude::*;
use regioprofielen::load;
use regioprofielen::model::Dataset;
use regioprofielen::search::{Hit, Index, word_stem};
use regioprofielen::text::fold;

fn data() -> Dataset {
    load::embedded().unwrap_or_else(|e| panic!("embedded data: {e}"))
}

/// Every text of the dataset that the search looks in.
fn texts(d: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    for r in &d.regions {
        out.push(r.name.clone());
        out.push(r.profile_title.clone());
        out.extend(r.partners.iter().map(|p| p.name.clone()));
        out.extend(r.partner_notes.iter().cloned());
        out.extend(r.key_points.iter().map(|k| k.text.clone()));
        out.extend(r.notes.iter().map(|n| n.text.clone()));
        out.extend(r.aliases.iter().map(|a| a.name.clone()));
        out.extend(r.themes.iter().map(|t| t.evidence.clone()));
    }
    for s in &d.national {
        out.push(s.heading.clone());
        for i in &s.items {
            out.extend(i.heading.iter().cloned());
            out.push(i.text.clone());
        }
    }
    for a in &d.without_profile {
        out.push(a.name.clone());
        out.push(a.text.clone());
    }
    out
}

/// The distinct words of the data as typed, without punctuation at their ends.
fn words(d: &Dataset) -> BTreeSet<String> {
    texts(d)
        .iter()
        .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// The query's words as the search takes them: folded, punctuation trimmed at the ends;
/// and, as the search does when those find nothing, the parts of words with inner
/// punctuation ("midden" and "limburg" of "midden-limburg").
fn query_words(q: &str) -> Vec<String> {
    let words: Vec<String> = q
        .split_whitespace()
        .map(|w| {
            fold(w)
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let parts = words
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()).map(str::to_string))
        .filter(|p| !p.is_empty());
    let mut all: Vec<String> = words.iter().cloned().chain(parts).collect();
    // Neighbouring ranges of two words merge: "Nijmegen" lit by "arnhemn" (its "N") and
    // "ijmegen".
    all.push(all.concat());
    all
}

/// Whether `piece` (folded) is what query word `t` can have matched.
fn explained(piece: &str, t: &str) -> bool {
    let chars: Vec<char> = piece.chars().collect();
    let tc: Vec<char> = t.chars().collect();
    // A part of the word typed: the word itself, a prefix, a part of a compound, the
    // letters of a fuzzy match, a word of a name written together.
    if t.contains(piece) {
        return true;
    }
    // Another form of it.
    if word_stem(piece).is_some() && word_stem(piece) == word_stem(t) {
        return true;
    }
    // The word it is a typo of: the whole word, or its beginning while typing.
    let near = |n: usize| {
        let head: String = chars[..n.min(chars.len())].iter().collect();
        strsim::osa_distance(t, &head) <= 2
    };
    near(chars.len()) || near(tc.len()) || near(tc.len() + 1)
}

/// Checks every range of every hit; the failures, described.
fn check(query: &str, hits: &[Hit]) -> Vec<String> {
    let tokens = query_words(query);
    let mut bad = Vec::new();
    for h in hits {
        let mut last = 0;
        for &(a, b) in &h.positions {
            let Some(text) = h.snippet.get(a..b).filter(|_| a < b && a >= last) else {
                bad.push(format!("{query:?}: range {a}..{b} in {:?}", h.snippet));
                continue;
            };
            last = b;
            let piece = fold(text);
            if !tokens.iter().any(|t| explained(&piece, t)) {
                bad.push(format!("{query:?}: {text:?} in {:?}", h.snippet));
            }
        }
    }
    bad
}

/// A misspelling: the two letters in the middle swapped.
fn swapped(w: &str) -> Option<String> {
    let mut c: Vec<char> = w.chars().collect();
    let n = c.len();
    (n >= 5).then(|| {
        c.swap(n / 2 - 1, n / 2);
        c.into_iter().collect()
    })
}

/// Another form: a plural made or taken off.
fn inflected(w: &str) -> String {
    let f = fold(w);
    if let Some(stem) = f.strip_suffix("en") {
        stem.to_string()
    } else if let Some(stem) = f.strip_suffix('s') {
        stem.to_string()
    } else if f.ends_with('e') {
        format!("{f}n")
    } else {
        format!("{f}en")
    }
}

#[test]
fn every_word_of_the_data_highlights_exactly_what_matched() {
    let d = data();
    let index = Index::build(&d);
    let words = words(&d);
    assert!(words.len() > 1000, "{} words", words.len());
    let mut bad = Vec::new();
    let mut searched = 0;
    let mut hits_seen = 0;
    for w in &words {
        let mut queries = vec![w.clone(), fold(w), inflected(w)];
        queries.extend(swapped(w));
        for q in queries.iter().collect::<BTreeSet<_>>() {
            let hits = index.search(q, 20);
            searched += 1;
            hits_seen += hits.len();
            bad.extend(check(q, &hits));
        }
    }
    assert!(
        searched > 3000 && hits_seen > searched,
        "{searched} queries, {hits_seen} hits"
    );
    assert!(
        bad.is_empty(),
        "{} bad ranges:\n{}",
        bad.len(),
        bad[..bad.len().min(30)].join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_queries_highlight_exactly_what_matched(
        q in "[a-zA-Zéëïöü' -]{1,14}( [a-z]{1,8}){0,2}"
    ) {
        let d = data();
        let index = Index::build(&d);
        let bad = check(&q, &index.search(&q, 20));
        prop_assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}

#[test]
fn the_check_catches_ranges_that_hold_something_else() {
    use regioprofielen::search::{Field, Tier};
    let hit = |positions: Vec<(usize, usize)>| Hit {
        region: Some(0),
        section: None,
        field: Field::Name,
        snippet: "Hengelo en Löss".into(),
        tier: Tier::Whole,
        score: 1,
        positions,
        other_fields: Vec::new(),
    };
    assert!(check("hengelo", &[hit(vec![(0, 7)])]).is_empty());
    assert!(check("löss", &[hit(vec![(11, 16)])]).is_empty());
    // Another word, a range off a character boundary, ranges out of order.
    assert_eq!(check("hengelo", &[hit(vec![(11, 16)])]).len(), 1);
    assert_eq!(check("loss", &[hit(vec![(11, 13)])]).len(), 1);
    assert_eq!(check("hengelo", &[hit(vec![(3, 7), (0, 2)])]).len(), 1);
}
