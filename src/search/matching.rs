//! Matching one query token against one folded word, and scoring how well it matched.
//!
//! Everything here works on folded text (see [`crate::text::fold`]), so the fuzzy matcher's
//! ASCII-only case folding never matters and char indices line up with folded bytes.
//!
//! A word score says *how* the token matched, and the scores are ordered so that the match
//! kinds fall into the ranking's tiers (see [`Tier`]): every whole-word score is above every
//! prefix or part score, those above every word-form score, and so on down to fuzzy.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::Tier;
use super::edit::osa_within;
use super::stem::{Stems, may_share_stem};

/// The token is the whole word.
pub(super) const EXACT: u16 = 100;
/// The token is a whole part of a compound word ("holten" in "rijssen-holten").
pub(super) const PART: u16 = 90;
/// The token is two words of a name written together ("denhaag" for "Den Haag"), or a word
/// without its inner hyphen or apostrophe ("noordholland" for "Noord-Holland").
pub(super) const JOINED: u16 = 88;
/// The token starts the word or a part of it.
pub(super) const PREFIX: u16 = 80;
/// The token stands inside the word (three characters or more): a part of a compound
/// ("ontwikkeling" in "talentontwikkeling").
pub(super) const INFIX: u16 = 70;
/// The word is another form of the token: the same Dutch stem ("musea" for "museum").
pub(super) const STEM: u16 = 60;
/// A name-like word within one edit.
pub(super) const TYPO1: u16 = 50;
/// A name-like word within two edits.
pub(super) const TYPO2: u16 = 45;
/// The token's letters occur in order, close together, inside one part of one word; plus up
/// to 9 from the fuzzy matcher's own score.
pub(super) const FUZZY: u16 = 30;

/// The tier of a word score.
pub(super) fn tier_of(score: u16) -> Tier {
    match score {
        EXACT.. => Tier::Whole,
        INFIX.. => Tier::Part,
        STEM.. => Tier::Form,
        TYPO2.. => Tier::Typo,
        _ => Tier::Fuzzy,
    }
}

/// A folded query token.
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub text: String,
    pub chars: usize,
    pub mask: u64,
    /// Its Dutch stem, if it takes part in form matching.
    pub stem: Option<String>,
}

impl Token {
    pub fn new(text: &str, stems: &Stems) -> Token {
        Token {
            text: text.to_string(),
            chars: text.chars().count(),
            mask: char_mask(text),
            stem: stems.stem(text),
        }
    }
}

/// A vocabulary word as matching sees it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word<'a> {
    pub text: &'a str,
    pub chars: usize,
    pub mask: u64,
    /// It occurs in a name-like field, where typos are forgiven.
    pub namey: bool,
    /// It is two words written together, or a word without its inner punctuation: it only
    /// matches whole or as a beginning, never inside, by form or with a typo.
    pub joined: bool,
}

impl<'a> Word<'a> {
    /// A word of text (not joined), with its mask and length computed.
    pub fn plain(text: &'a str, namey: bool) -> Word<'a> {
        Word {
            text,
            chars: text.chars().count(),
            mask: char_mask(text),
            namey,
            joined: false,
        }
    }
}

/// A 64-bit set of the characters in `s`: one bit per ASCII letter and digit, the rest
/// hashed into the remaining bits. If a word lacks a bit the token has, the token cannot
/// occur in it, not even as a subsequence: a one-instruction prefilter.
pub(super) fn char_mask(s: &str) -> u64 {
    s.chars().fold(0u64, |m, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            c => 36 + c as u32 % 28,
        };
        m | 1 << bit
    })
}

/// The best occurrence of `t` in `w` as a substring: its class score and byte start.
/// Short tokens (under three characters) only count at the start of a word or part, since
/// "en" inside every other Dutch word says nothing.
pub(super) fn substring(t: &str, tchars: usize, w: &str) -> Option<(u16, usize)> {
    let mut best: Option<(u16, usize)> = None;
    for (start, _) in w.match_indices(t) {
        let end = start + t.len();
        let at_start = start == 0 || w[..start].ends_with(|c: char| !c.is_alphanumeric());
        let at_end = end == w.len() || w[end..].starts_with(|c: char| !c.is_alphanumeric());
        let score = match (at_start, at_end) {
            _ if start == 0 && end == w.len() => EXACT,
            (true, true) => PART,
            (true, false) => PREFIX,
            (false, _) if tchars >= 3 => INFIX,
            _ => continue,
        };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, start));
        }
        if score >= PART {
            break;
        }
    }
    best
}

/// The most characters a fuzzy match of `tchars` characters may span: a letter or two
/// left out, not a token spread over a long word.
fn max_span(tchars: usize) -> usize {
    tchars + (tchars / 3).max(1)
}

/// The shortest span (in elements) of `w` that holds `t` as a subsequence.
fn min_span<T: PartialEq>(t: &[T], w: &[T]) -> Option<usize> {
    let first = t.first()?;
    let mut best: Option<usize> = None;
    for i in (0..w.len()).filter(|&i| w[i] == *first) {
        let mut k = 1;
        let mut j = i + 1;
        while k < t.len() && j < w.len() {
            if w[j] == t[k] {
                k += 1;
            }
            j += 1;
        }
        if k < t.len() {
            // Later starts cannot complete either.
            break;
        }
        let span = j - i;
        if best.is_none_or(|b| span < b) {
            best = Some(span);
        }
    }
    best
}

/// Whether `t` occurs in `w` as a compact subsequence (see [`max_span`]).
fn compact(t: &str, tchars: usize, w: &str) -> bool {
    let span = if t.is_ascii() && w.is_ascii() {
        min_span(t.as_bytes(), w.as_bytes())
    } else {
        let tc: Vec<char> = t.chars().collect();
        let wc: Vec<char> = w.chars().collect();
        min_span(&tc, &wc)
    };
    span.is_some_and(|s| s <= max_span(tchars))
}

/// The parts of a word between inner punctuation ("rijssen" and "holten" in
/// "rijssen-holten"), each with its byte offset; a word without inner punctuation is its own
/// only part.
pub(super) fn parts(w: &str) -> impl Iterator<Item = (usize, &str)> {
    w.split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(move |p| (p.as_ptr() as usize - w.as_ptr() as usize, p))
}

/// A compact fuzzy match inside one part of the word (a fuzzy match never spans a hyphen or
/// an apostrophe), scored by SkimMatcherV2; tokens of three or more characters only.
/// Returns the score and the byte range of the part it matched in.
pub(super) fn fuzzy(
    m: &SkimMatcherV2,
    t: &Token,
    w: &str,
    wmask: u64,
) -> Option<(u16, usize, usize)> {
    if t.chars < 3 || t.mask & !wmask != 0 {
        return None;
    }
    let mut best: Option<(u16, usize, usize)> = None;
    for (at, part) in parts(w) {
        if part.len() < t.text.len() || !compact(&t.text, t.chars, part) {
            continue;
        }
        let Some(s) = m.fuzzy_match(part, &t.text) else {
            continue;
        };
        let score = FUZZY + (s / 16).clamp(0, 9) as u16;
        if best.is_none_or(|b| score > b.0) {
            best = Some((score, at, at + part.len()));
        }
    }
    best
}

/// Edits forgiven in a name: one for tokens of four or five characters, two from six.
pub(super) fn allowed_edits_for(tchars: usize) -> usize {
    match tchars {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    }
}

/// A typo match against a name-like word: the whole word, or its beginning (so "hengle"
/// finds "hengelo" while typing), within [`allowed_edits_for`], with the first letter right
/// (or the first two swapped).
pub(super) fn typo(t: &Token, w: &str, wchars: usize, wmask: u64) -> Option<u16> {
    let max = allowed_edits_for(t.chars);
    if max == 0 || (t.mask & !wmask).count_ones() as usize > max {
        return None;
    }
    // People rarely get the first letter of a name wrong (swapping the first two is the
    // exception), and requiring it spares the distance computation for almost every word.
    let mut tc = t.text.chars();
    let mut wc = w.chars();
    let (t0, t1, w0, w1) = (tc.next(), tc.next(), wc.next(), wc.next());
    if t0 != w0 && (t0 != w1 || t1 != w0) {
        return None;
    }
    // A prefix of the word counts too, for typing in progress.
    let whole = wchars.abs_diff(t.chars) <= max;
    let prefix = wchars > t.chars;
    if !whole && !prefix {
        return None;
    }
    let best = if t.text.is_ascii() && w.is_ascii() {
        typo_distance(t.text.as_bytes(), w.as_bytes(), whole, prefix, max)
    } else {
        let tc: Vec<char> = t.text.chars().collect();
        let wc: Vec<char> = w.chars().collect();
        typo_distance(&tc, &wc, whole, prefix, max)
    }?;
    match best {
        0 | 1 => Some(TYPO1),
        d if d <= max => Some(TYPO2),
        _ => None,
    }
}

/// The least distance from `t` to the whole of `w` (if `whole`) or to its first
/// `t.len()` or `t.len() + 1` elements (if `prefix`), when at most `max`.
fn typo_distance<T: PartialEq>(
    t: &[T],
    w: &[T],
    whole: bool,
    prefix: bool,
    max: usize,
) -> Option<usize> {
    let mut best = if whole { osa_within(t, w, max) } else { None };
    if prefix && best.is_none_or(|b| b > 1) {
        for n in [t.len(), t.len() + 1] {
            if let Some(d) = osa_within(t, &w[..n.min(w.len())], max) {
                best = Some(best.map_or(d, |b| b.min(d)));
            }
        }
    }
    best
}

/// How token `t` matched word `w`, and where: a word score and byte ranges of `w.text`.
/// Typos only count in name-like fields; a joined word matches only whole or as a
/// beginning.
pub(super) fn locate(
    m: &SkimMatcherV2,
    stems: &Stems,
    t: &Token,
    w: &Word,
) -> Option<(u16, Vec<(usize, usize)>)> {
    if t.mask & !w.mask == 0 {
        if let Some((s, start)) = substring(&t.text, t.chars, w.text) {
            let s = match (w.joined, s) {
                (false, s) => Some(s),
                (true, EXACT) => Some(JOINED),
                (true, PREFIX) => Some(PREFIX),
                (true, _) => None,
            };
            if let Some(s) = s {
                return Some((s, vec![(start, start + t.text.len())]));
            }
        }
    }
    let whole = || vec![(0, w.text.len())];
    if !w.joined && t.stem.is_some() && may_share_stem(&t.text, w.text) {
        // Another form of the word: the word is highlighted whole.
        if stems.stem(w.text) == t.stem {
            return Some((STEM, whole()));
        }
    }
    // No typos in joined words: a misspelt beginning of "wethenorth" would light "We The
    // North" for "welken".
    let ty = if w.namey && !w.joined {
        typo(t, w.text, w.chars, w.mask).unwrap_or(0)
    } else {
        0
    };
    let fz = if w.joined {
        None
    } else {
        fuzzy(m, t, w.text, w.mask)
    };
    let f = fz.map_or(0, |f| f.0);
    if ty > 0 && ty >= f {
        // A misspelt word is highlighted whole: which letters "match" means little.
        return Some((ty, whole()));
    }
    let (f, from, to) = fz?;
    let part = &w.text[from..to];
    let (_, idx) = m.fuzzy_indices(part, &t.text)?;
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(idx.len());
    let mut wanted = idx.iter().peekable();
    for (ci, (bi, c)) in part.char_indices().enumerate() {
        if wanted.next_if(|&&i| i == ci).is_some() {
            let bi = bi + from;
            match ranges.last_mut() {
                Some(r) if r.1 == bi => r.1 = bi + c.len_utf8(),
                _ => ranges.push((bi, bi + c.len_utf8())),
            }
        }
    }
    Some((f, ranges))
}

/// Scores token `t` against word `w`: `(anywhere, in name-like fields)`, 0 for no match.
pub(super) fn score_word(m: &SkimMatcherV2, stems: &Stems, t: &Token, w: &Word) -> (u16, u16) {
    // The cheap cases first, without building ranges; the rest through `locate`.
    if t.mask & !w.mask == 0 && !w.joined {
        if let Some((s, _)) = substring(&t.text, t.chars, w.text) {
            return (s, s);
        }
    }
    let Some((s, _)) = locate(m, stems, t, w) else {
        return (0, 0);
    };
    if (TYPO2..STEM).contains(&s) {
        // A typo counts only in name-like fields; elsewhere the word may still match fuzzily.
        let f = if w.joined {
            0
        } else {
            fuzzy(m, t, w.text, w.mask).map_or(0, |f| f.0)
        };
        return (f, s);
    }
    (s, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(s: &str) -> Token {
        Token::new(s, &Stems::default())
    }

    fn word(s: &str, namey: bool) -> Word<'_> {
        Word::plain(s, namey)
    }

    #[test]
    fn substring_classes() {
        assert_eq!(substring("loss", 4, "loss"), Some((EXACT, 0)));
        assert_eq!(substring("loss", 4, "losser"), Some((PREFIX, 0)));
        assert_eq!(substring("holten", 6, "rijssen-holten"), Some((PART, 8)));
        assert_eq!(substring("ssen", 4, "rijssen-holten"), Some((INFIX, 3)));
        // Short tokens only at a word or part start.
        assert_eq!(substring("en", 2, "rijssen"), None);
        assert_eq!(substring("ho", 2, "rijssen-holten"), Some((PREFIX, 8)));
    }

    #[test]
    fn scores_fall_in_their_tiers() {
        assert_eq!(tier_of(EXACT), Tier::Whole);
        for s in [PART, JOINED, PREFIX, INFIX] {
            assert_eq!(tier_of(s), Tier::Part, "{s}");
        }
        assert_eq!(tier_of(STEM), Tier::Form);
        assert_eq!((tier_of(TYPO1), tier_of(TYPO2)), (Tier::Typo, Tier::Typo));
        assert_eq!(
            (tier_of(FUZZY), tier_of(FUZZY + 9)),
            (Tier::Fuzzy, Tier::Fuzzy)
        );
    }

    #[test]
    fn min_span_finds_the_tightest_window() {
        assert_eq!(min_span(b"enschde", b"enschede"), Some(8));
        assert_eq!(min_span(b"abc", b"axxbcabc"), Some(3));
        assert_eq!(min_span(b"abc", b"acb"), None);
    }

    #[test]
    fn fuzzy_only_when_compact_and_inside_one_part() {
        let m = SkimMatcherV2::default().ignore_case();
        let w = "enschede";
        assert!(fuzzy(&m, &tok("enschde"), w, char_mask(w)).is_some());
        let long = "samenwerkingsverbanden";
        // s..m..w..v: a subsequence, but strewn over the word.
        assert!(fuzzy(&m, &tok("smwv"), long, char_mask(long)).is_none());
        // "nhlt" is compact across the hyphen of "rijssen-holten", but not inside a part.
        let w = "rijssen-holten";
        assert!(fuzzy(&m, &tok("enho"), w, char_mask(w)).is_none());
        let (_, a, b) = fuzzy(&m, &tok("hlten"), w, char_mask(w)).expect("in the second part");
        assert_eq!(&w[a..b], "holten");
    }

    #[test]
    fn typos_within_one_or_two_edits() {
        let t = |q: &str, w: &str| typo(&tok(q), w, w.chars().count(), char_mask(w));
        assert_eq!(t("enschde", "enschede"), Some(TYPO1));
        assert_eq!(t("hengle", "hengelo"), Some(TYPO1));
        assert_eq!(t("enshcede", "enschede"), Some(TYPO1));
        assert_eq!(t("almere", "almelo"), Some(TYPO2));
        assert_eq!(t("loss", "goes"), None);
        assert_eq!(t("abc", "abd"), None, "three letters are never a typo");
    }

    #[test]
    fn word_forms_match_whole_words_by_stem() {
        let m = SkimMatcherV2::default().ignore_case();
        let s = Stems::default();
        let (sc, r) = locate(&m, &s, &tok("museum"), &word("musea", false)).expect("form");
        assert_eq!((sc, r), (STEM, vec![(0, 5)]));
        assert_eq!(
            score_word(&m, &s, &tok("collecties"), &word("collectie", false)),
            (STEM, STEM)
        );
        // The singular is a beginning of the plural: better than a form.
        assert_eq!(
            score_word(&m, &s, &tok("collectie"), &word("collecties", false)).0,
            PREFIX
        );
        // A stop word is no form of anything.
        assert_eq!(
            score_word(&m, &s, &tok("overheid"), &word("over", false)),
            (0, 0)
        );
    }

    #[test]
    fn joined_words_match_whole_or_as_a_beginning() {
        let m = SkimMatcherV2::default().ignore_case();
        let s = Stems::default();
        let joined = Word {
            joined: true,
            ..Word::plain("denhaag", true)
        };
        assert_eq!(
            score_word(&m, &s, &tok("denhaag"), &joined),
            (JOINED, JOINED)
        );
        assert_eq!(score_word(&m, &s, &tok("denha"), &joined), (PREFIX, PREFIX));
        assert_eq!(score_word(&m, &s, &tok("haag"), &joined), (0, 0));
        assert_eq!(score_word(&m, &s, &tok("denhag"), &joined), (0, 0));
    }

    #[test]
    fn locate_maps_fuzzy_char_indices_to_bytes() {
        let m = SkimMatcherV2::default().ignore_case();
        let s = Stems::default();
        let (_, r) = locate(&m, &s, &tok("enschde"), &word("enschede", false)).expect("match");
        let covered: String = r.iter().map(|&(a, b)| &"enschede"[a..b]).collect();
        assert_eq!(covered, "enschde");
        let (sc, r) = locate(&m, &s, &tok("enshcede"), &word("enschede", true)).expect("typo");
        assert_eq!((sc, r), (TYPO1, vec![(0, 8)]));
        assert!(locate(&m, &s, &tok("enshcede"), &word("enschede", false)).is_none());
    }
}
