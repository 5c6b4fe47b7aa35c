//! When a query finds nothing: the words of the data closest to the query words that
//! matched nothing, for a "did you mean" line.

use super::Index;
use super::edit::osa_within;
use super::rank::tokenize;
use super::words::each_word;

/// How many close words are offered per query word.
const MAX_CLOSEST: usize = 3;

/// A query word that matched nothing, with the closest words of the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The query word, folded.
    pub word: String,
    /// The closest words of the data, as the data spells them, closest first (possibly none).
    pub closest: Vec<String>,
}

impl Index {
    /// For every word of `query` that matches nothing at all (on its own), the words of the
    /// data closest to it in spelling. Empty when every word matches something (the query
    /// then finds nothing only because no result holds all its words).
    pub fn suggest(&self, query: &str) -> Vec<Suggestion> {
        let tokens = tokenize(self, query);
        let state = self.match_tokens(tokens);
        let nseg = self.segments.len();
        let mut out = Vec::new();
        for (k, t) in state.tokens.iter().enumerate() {
            if state.seg_best[k * nseg..(k + 1) * nseg]
                .iter()
                .any(|&s| s > 0)
            {
                continue;
            }
            out.push(Suggestion {
                word: t.text.clone(),
                closest: self.closest_words(&t.text),
            });
        }
        out
    }

    /// The words of the vocabulary within a few edits of `word` (about one in three
    /// characters, at least two), nearest first, then the most used.
    fn closest_words(&self, word: &str) -> Vec<String> {
        let t: Vec<char> = word.chars().collect();
        let max = (t.len() / 3).max(2);
        let mut found: Vec<(usize, std::cmp::Reverse<u32>, u32)> = Vec::new();
        let mut wc: Vec<char> = Vec::new();
        for (id, vw) in self.vocab.iter().enumerate() {
            if vw.joined || (vw.chars as usize) < 2 || (vw.chars as usize).abs_diff(t.len()) > max {
                continue;
            }
            wc.clear();
            wc.extend(self.word_text(id as u32).chars());
            if let Some(d) = osa_within(&t, &wc, max) {
                let uses = vw.postings.end - vw.postings.start;
                found.push((d, std::cmp::Reverse(uses), id as u32));
            }
        }
        found.sort_unstable();
        let mut out: Vec<String> = Vec::new();
        for (_, _, id) in found {
            let shown = self.spelling(id);
            if !out.contains(&shown) {
                out.push(shown);
            }
            if out.len() == MAX_CLOSEST {
                break;
            }
        }
        out
    }

    /// How the data spells vocabulary word `id` where it first occurs: the piece of text,
    /// without punctuation at its ends ("Hengelo" for "hengelo").
    fn spelling(&self, id: u32) -> String {
        for seg in &self.segments {
            let Some(ord) = self.seg_word_ids(seg).iter().position(|&w| w == id) else {
                continue;
            };
            let mut found = None;
            let mut n = 0;
            each_word(self.seg_text(seg), |_, chunk, _| {
                if n == ord {
                    found = Some(
                        chunk
                            .trim_matches(|c: char| !c.is_alphanumeric())
                            .to_string(),
                    );
                }
                n += 1;
                n <= ord
            });
            if let Some(s) = found.filter(|s| !s.is_empty()) {
                return s;
            }
        }
        self.word_text(id).to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::search::Index;

    #[test]
    fn unmatched_words_get_the_closest_words_as_the_data_spells_them() {
        let data = crate::load::embedded().expect("embedded data");
        let index = Index::build(&data);
        assert!(index.search("hengelo xqzwv", 5).is_empty());
        let s = index.suggest("hengelo hengeloo xqzwv");
        // "hengeloo" is a typo of a name and so matches; only the word of nothing is listed.
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].word, "xqzwv");
        assert!(s[0].closest.is_empty());
        let s = index.suggest("haaglnden");
        assert_eq!(s.len(), 0, "a typo of a name matches");
        let s = index.suggest("wereldmagazjin");
        assert_eq!(
            s[0].closest.first().map(String::as_str),
            Some("wereldmagazijn")
        );
        // Every word matches something, but nothing holds both: no suggestions.
        assert!(index.search("wereldmagazijn hengelo", 5).is_empty());
        assert!(index.suggest("wereldmagazijn hengelo").is_empty());
    }
}
