//! Running a query: match tokens against the vocabulary, spread the scores over segments and
//! owners through the postings, and rank the owners that matched every token.

use super::index::{Index, OwnerKind, SegMeta, Segment};
use super::matching::{EXACT, PREFIX, Token, allowed_edits_for, score_word};
use super::postings::Posting;
use super::words::each_word;
use super::{Field, Hit};

/// At most this many query words are used; a lookup box query is a few words.
const MAX_TOKENS: usize = 8;
/// Tokens longer than this (in bytes, folded) are cut: nobody types such a word, and it
/// bounds the work per word.
const MAX_TOKEN_BYTES: usize = 64;
/// The query, as typed, matches a whole field ("Ede", "Den Haag").
const WHOLE_FIELD: u16 = 30;
/// The query's words stand side by side, in order, in one field.
const PHRASE: u16 = 60;
/// A cover-text note names this region nearer to the match than any other region.
const NEAREST_MENTION: u16 = 8;
/// Per other matching field, up to [`MAX_EXTRA_FIELDS`]: a small tie-breaker.
const EXTRA_FIELD: i64 = 3;
const MAX_EXTRA_FIELDS: i64 = 4;

/// The per-query state: what every token matched.
pub(super) struct QueryState {
    pub tokens: Vec<Token>,
    /// Per token, per vocabulary word: the word score anywhere (low byte) and in name-like
    /// fields (high byte); 0 for no match.
    word_scores: Vec<Vec<u16>>,
    /// `K * segments`: the best score of token `k` in each segment, at `k * segments + s`.
    seg_best: Vec<u16>,
}

/// The best score of every token in any field of one owner.
type OwnerBest = [u16; MAX_TOKENS];

/// One owner that matched every token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ranked {
    pub owner: u32,
    pub score: i64,
    pub best_seg: u32,
}

/// Folds the query and cuts it into tokens the way fields are cut into words.
pub(super) fn tokenize(query: &str) -> Vec<Token> {
    let mut out = Vec::new();
    each_word(query, |_, _, w| {
        let mut end = w.len().min(MAX_TOKEN_BYTES);
        while !w.is_char_boundary(end) {
            end -= 1;
        }
        out.push(Token::new(&w[..end]));
        out.len() < MAX_TOKENS
    });
    out
}

impl QueryState {
    /// The score of token `k` for word `w` in a field that is name-like or not.
    pub fn word_score(&self, k: usize, w: u32, namey: bool) -> u16 {
        let v = self.word_scores[k][w as usize];
        if namey { v >> 8 } else { v & 0xff }
    }
}

impl Index {
    /// Searches every field for `query` and returns at most `limit` hits: one per region
    /// (best first), then hits in the national context (best first). Every word of the query
    /// must match somewhere in a region, or in one national item. An empty query (or one
    /// of punctuation only) returns nothing: the caller shows everything instead. Only the
    /// first eight words count, each up to 64 bytes.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let tokens = tokenize(query);
        if tokens.is_empty() || limit == 0 {
            return Vec::new();
        }
        let state = self.match_tokens(tokens);
        let mut ranked = self.rank(&state);
        // Regions before the national context; then score; then document order.
        let key = |r: &Ranked| {
            let national = r.owner as usize >= self.region_count;
            (national, std::cmp::Reverse(r.score), r.owner)
        };
        if ranked.len() > limit {
            ranked.select_nth_unstable_by_key(limit - 1, key);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by_key(key);
        ranked.iter().map(|r| self.hit(&state, r)).collect()
    }

    /// Matches every token against the vocabulary and spreads the scores over segments.
    fn match_tokens(&self, tokens: Vec<Token>) -> QueryState {
        let k_count = tokens.len();
        let nseg = self.segments.len();
        let mut state = QueryState {
            word_scores: Vec::with_capacity(k_count),
            seg_best: vec![0; k_count * nseg],
            tokens,
        };
        for k in 0..k_count {
            let t = &state.tokens[k];
            let edits = allowed_edits_for(t.chars);
            let mut scores = vec![0u16; self.vocab.len()];
            let seg_best = &mut state.seg_best[k * nseg..(k + 1) * nseg];
            for (id, vw) in self.vocab.iter().enumerate() {
                // Cheap rejections first: a word missing one of the token's characters can
                // only be a typo of it, and typos only count in names.
                let missing = (t.mask & !vw.mask).count_ones() as usize;
                if missing > 0 && (!vw.namey || missing > edits) {
                    continue;
                }
                if (vw.chars as usize) + edits < t.chars {
                    continue;
                }
                let w = &self.vocab_text[vw.text.start as usize..vw.text.end as usize];
                let (g, n) = score_word(&self.matcher, t, w, vw.chars as usize, vw.mask, vw.namey);
                if g == 0 && n == 0 {
                    continue;
                }
                scores[id] = g | n << 8;
                for &p in &self.postings[vw.postings.start as usize..vw.postings.end as usize] {
                    let p = Posting::unpack(p);
                    let base = if p.namey { n } else { g };
                    if base == 0 {
                        continue;
                    }
                    let mut sc = base + p.weight;
                    if base == EXACT && p.single {
                        sc += WHOLE_FIELD;
                    }
                    let slot = &mut seg_best[p.seg as usize];
                    *slot = (*slot).max(sc);
                }
            }
            state.word_scores.push(scores);
        }
        state
    }

    /// The best score of every token over the fields of owner `o`; `None` if some token
    /// matched none of them.
    fn owner_best(&self, state: &QueryState, o: usize) -> Option<OwnerBest> {
        let nseg = self.segments.len();
        let segs = self.owners[o].segs.clone();
        let mut best = [0u16; MAX_TOKENS];
        for (k, b) in best.iter_mut().enumerate().take(state.tokens.len()) {
            let row = &state.seg_best[k * nseg..(k + 1) * nseg];
            *b = row[segs.start as usize..segs.end as usize]
                .iter()
                .copied()
                .max()
                .unwrap_or(0);
            if *b == 0 {
                return None;
            }
        }
        Some(best)
    }

    /// Scores every owner that matched every token.
    fn rank(&self, state: &QueryState) -> Vec<Ranked> {
        let k_count = state.tokens.len();
        let mut out = Vec::new();
        for o in 0..self.owners.len() {
            let Some(ob) = self.owner_best(state, o) else {
                continue;
            };
            let mut best: Option<(u32, u32)> = None;
            let mut matched = 0i64;
            for s in self.owners[o].segs.clone() {
                let Some((base, all_here)) = self.seg_base(state, &ob, s) else {
                    continue;
                };
                matched += 1;
                // The bonuses need a walk over the field's words: skip it when even the
                // largest bonus could not make this field the best.
                let most = max_bonus(&self.meta[s as usize], k_count, all_here);
                if best.is_some_and(|(b, _)| base + most <= b) {
                    continue;
                }
                let total = match most {
                    0 => base,
                    _ => base + self.seg_bonus(state, o, s, all_here),
                };
                if best.is_none_or(|(b, _)| total > b) {
                    best = Some((total, s));
                }
            }
            if let Some((total, s)) = best {
                let extra = (matched - 1).min(MAX_EXTRA_FIELDS) * EXTRA_FIELD;
                out.push(Ranked {
                    owner: o as u32,
                    score: total as i64 + extra,
                    best_seg: s,
                });
            }
        }
        out
    }

    /// The score of segment `s` before bonuses, and whether every token matched in it; `None`
    /// if none did. A token that matched only in another field of the owner counts half.
    fn seg_base(&self, state: &QueryState, ob: &OwnerBest, s: u32) -> Option<(u32, bool)> {
        let nseg = self.segments.len();
        let mut total = 0u32;
        let mut here = 0;
        for (k, &other) in ob.iter().enumerate().take(state.tokens.len()) {
            let sc = state.seg_best[k * nseg + s as usize];
            if sc > 0 {
                here += 1;
                total += u32::from(sc);
            } else {
                total += u32::from(other) / 2;
            }
        }
        (here > 0).then_some((total, here == state.tokens.len()))
    }

    /// The bonuses that need the field's words: the query as a phrase (and as the whole
    /// field), and a note naming this region nearest to the match.
    fn seg_bonus(&self, state: &QueryState, o: usize, s: u32, all_here: bool) -> u32 {
        let seg = &self.segments[s as usize];
        let k_count = state.tokens.len();
        let mut total = 0;
        if all_here && k_count > 1 {
            if let Some(at) = self.phrase_at(state, seg) {
                total += u32::from(PHRASE);
                if at == 0 && seg.words.len() == k_count {
                    total += u32::from(WHOLE_FIELD);
                }
            }
        }
        if let OwnerKind::Region(r) = self.owners[o].kind {
            if self.nearest_mention(state, seg) == Some(r as u32) {
                total += u32::from(NEAREST_MENTION);
            }
        }
        total
    }

    /// The word ordinal where the query's tokens stand side by side, in order: every token
    /// a whole word but the last, which may be a prefix (the user is still typing it).
    pub(super) fn phrase_at(&self, state: &QueryState, seg: &Segment) -> Option<usize> {
        let k_count = state.tokens.len();
        let ids = self.seg_word_ids(seg);
        if k_count < 2 || ids.len() < k_count {
            return None;
        }
        (0..=ids.len() - k_count).find(|&i| {
            (0..k_count).all(|k| {
                let sc = state.word_score(k, ids[i + k], seg.namey);
                if k + 1 < k_count {
                    sc == EXACT
                } else {
                    sc >= PREFIX
                }
            })
        })
    }

    /// The ordinal of the word where token `k` matched best in `seg` (the first of equals).
    pub(super) fn best_word(&self, state: &QueryState, seg: &Segment, k: usize) -> Option<usize> {
        let mut best: Option<(u16, usize)> = None;
        for (ord, &w) in self.seg_word_ids(seg).iter().enumerate() {
            let sc = state.word_score(k, w, seg.namey);
            if sc > 0 && best.is_none_or(|(b, _)| sc > b) {
                best = Some((sc, ord));
            }
        }
        best.map(|(_, ord)| ord)
    }

    /// For a note: the region named nearest to where the first token matched.
    fn nearest_mention(&self, state: &QueryState, seg: &Segment) -> Option<u32> {
        if seg.mentions.is_empty() {
            return None;
        }
        let at = self.best_word(state, seg, 0)? as u32;
        self.mentions[seg.mentions.start as usize..seg.mentions.end as usize]
            .iter()
            .min_by_key(|&&(ord, _)| ord.abs_diff(at))
            .map(|&(_, r)| r)
    }

    /// The fields of owner `o` that matched, best first.
    pub(super) fn matched_fields(&self, state: &QueryState, o: usize) -> Vec<(u32, Field)> {
        let Some(ob) = self.owner_best(state, o) else {
            return Vec::new();
        };
        let mut v: Vec<(u32, u32)> = self.owners[o]
            .segs
            .clone()
            .filter_map(|s| {
                let (base, all_here) = self.seg_base(state, &ob, s)?;
                Some((base + self.seg_bonus(state, o, s, all_here), s))
            })
            .collect();
        v.sort_by_key(|&(t, s)| (std::cmp::Reverse(t), s));
        v.into_iter()
            .map(|(_, s)| (s, self.segments[s as usize].field))
            .collect()
    }
}

/// The most [`Index::seg_bonus`] can add to a segment.
fn max_bonus(meta: &SegMeta, k_count: usize, all_here: bool) -> u32 {
    let mut b = 0;
    if all_here && k_count > 1 {
        b += u32::from(PHRASE + WHOLE_FIELD);
    }
    if meta.mentions {
        b += u32::from(NEAREST_MENTION);
    }
    b
}
