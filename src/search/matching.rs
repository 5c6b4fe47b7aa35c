//! Matching one query token against one folded word, and scoring how well it matched.
//!
//! Everything here works on folded text (see [`crate::text::fold`]), so the fuzzy matcher's
//! ASCII-only case folding never matters and char indices line up with folded bytes.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::edit::osa_within;

/// The token is the whole word.
pub(super) const EXACT: u16 = 100;
/// The token is a whole part of a compound word ("holten" in "rijssen-holten").
pub(super) const PART: u16 = 90;
/// The token starts the word or a part of it.
pub(super) const PREFIX: u16 = 70;
/// A name-like word within one edit.
pub(super) const TYPO1: u16 = 45;
/// The token stands inside the word.
pub(super) const INFIX: u16 = 40;
/// A name-like word within two edits.
pub(super) const TYPO2: u16 = 35;
/// The token's letters occur in order, close together, inside one word; plus up to 9 from
/// the fuzzy matcher's own score.
pub(super) const FUZZY: u16 = 30;

/// A folded query token.
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub text: String,
    pub chars: usize,
    pub mask: u64,
}

impl Token {
    pub fn new(text: &str) -> Token {
        Token {
            text: text.to_string(),
            chars: text.chars().count(),
            mask: char_mask(text),
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

/// A compact fuzzy match inside the word, scored by SkimMatcherV2; tokens of three or more
/// characters only.
pub(super) fn fuzzy(m: &SkimMatcherV2, t: &Token, w: &str, wmask: u64) -> Option<u16> {
    if t.chars < 3 || t.mask & !wmask != 0 || !compact(&t.text, t.chars, w) {
        return None;
    }
    let s = m.fuzzy_match(w, &t.text)?;
    Some(FUZZY + (s / 16).clamp(0, 9) as u16)
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

/// Scores token `t` against word `w`: `(anywhere, in name-like fields)`, 0 for no match.
/// Typos only count in name-like fields.
pub(super) fn score_word(
    m: &SkimMatcherV2,
    t: &Token,
    w: &str,
    wchars: usize,
    wmask: u64,
    namey: bool,
) -> (u16, u16) {
    if t.mask & !wmask == 0 {
        if let Some((s, _)) = substring(&t.text, t.chars, w) {
            return (s, s);
        }
    }
    let f = fuzzy(m, t, w, wmask).unwrap_or(0);
    let n = if namey {
        typo(t, w, wchars, wmask).unwrap_or(0).max(f)
    } else {
        f
    };
    (f, n)
}

/// Where in `w` token `t` matched, as byte ranges `[start, end)` of `w`, and the score, following the same
/// rules as [`score_word`] (for a word in a name-like field when `namey`).
pub(super) fn locate(
    m: &SkimMatcherV2,
    t: &Token,
    w: &str,
    namey: bool,
) -> Option<(u16, Vec<(usize, usize)>)> {
    let wmask = char_mask(w);
    if let Some((s, start)) = substring(&t.text, t.chars, w) {
        return Some((s, vec![(start, start + t.text.len())]));
    }
    let f = fuzzy(m, t, w, wmask).unwrap_or(0);
    let ty = if namey {
        typo(t, w, w.chars().count(), wmask).unwrap_or(0)
    } else {
        0
    };
    if ty > f {
        // A misspelt word is highlighted whole: which letters "match" means little.
        return Some((ty, vec![(0, w.len())]));
    }
    if f == 0 {
        return None;
    }
    let (_, idx) = m.fuzzy_indices(w, &t.text)?;
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(idx.len());
    let mut wanted = idx.iter().peekable();
    for (ci, (bi, c)) in w.char_indices().enumerate() {
        if wanted.next_if(|&&i| i == ci).is_some() {
            match ranges.last_mut() {
                Some(r) if r.1 == bi => r.1 = bi + c.len_utf8(),
                _ => ranges.push((bi, bi + c.len_utf8())),
            }
        }
    }
    Some((f, ranges))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(s: &str) -> Token {
        Token::new(s)
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
    fn min_span_finds_the_tightest_window() {
        assert_eq!(min_span(b"enschde", b"enschede"), Some(8));
        assert_eq!(min_span(b"abc", b"axxbcabc"), Some(3));
        assert_eq!(min_span(b"abc", b"acb"), None);
    }

    #[test]
    fn fuzzy_only_when_compact() {
        let m = SkimMatcherV2::default().ignore_case();
        let w = "enschede";
        assert!(fuzzy(&m, &tok("enschde"), w, char_mask(w)).is_some());
        let long = "samenwerkingsverbanden";
        // s..m..w..v: a subsequence, but strewn over the word.
        assert!(fuzzy(&m, &tok("smwv"), long, char_mask(long)).is_none());
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
    fn locate_maps_fuzzy_char_indices_to_bytes() {
        let m = SkimMatcherV2::default().ignore_case();
        let (_, r) = locate(&m, &tok("enschde"), "enschede", false).expect("match");
        let covered: String = r.iter().map(|&(a, b)| &"enschede"[a..b]).collect();
        assert_eq!(covered, "enschde");
        let (s, r) = locate(&m, &tok("enshcede"), "enschede", true).expect("typo");
        assert_eq!((s, r), (TYPO1, vec![(0, 8)]));
        assert!(locate(&m, &tok("enshcede"), "enschede", false).is_none());
    }
}
