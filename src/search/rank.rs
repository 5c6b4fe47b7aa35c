//! Running a query: match tokens against the vocabulary, spread the scores over segments and
//! owners through the postings, and rank the owners that matched every token.
//!
//! Ranking is a sequence of rules, each only breaking the ties of the one before: first the
//! tier ([`Tier`]: phrase, whole words, parts, forms, typos, fuzzy), then the score of the
//! best field within that tier (word scores weighted by field), then document order.

use super::index::{Index, Mention, OwnerKind, Segment};
use super::matching::{
    EXACT, JOINED, PREFIX, STEM, Token, Word, allowed_edits_for, parts, score_word, tier_of,
};
use super::postings::Posting;
use super::stem::may_share_stem;
use super::words::each_word;
use super::{Field, Hit, Tier};

/// At most this many query words are used; a lookup box query is a few words.
const MAX_TOKENS: usize = 8;
/// Tokens longer than this (in bytes, folded) are cut: nobody types such a word, and it
/// bounds the work per word.
const MAX_TOKEN_BYTES: usize = 64;
/// A token matches a whole field of one word exactly ("Ede"), or the query is the whole
/// field ("Den Haag").
const WHOLE_FIELD: i64 = 30;
/// The query's words stand side by side, in order, in one field.
const PHRASE: i64 = 60;
/// A cover-text note that names several regions counts most for the region it names
/// nearest to the match: this much more for that region (less than the weight of a key
/// point over a note, so a region's own key points still come first) ...
const NEAREST_MENTION: i64 = 10;
/// ... and this much less (plus the distance in words, up to as much again) for the others.
const FARTHER_MENTION: i64 = 20;
/// Hits whose best fields score the same are ordered by how many other fields matched, up
/// to this many.
const EXTRA_FIELDS: i64 = 8;
/// A tier's share of the score: more than any score within a tier can reach, so the tier
/// decides the order.
const TIER_STEP: i64 = 1_000_000;

/// The per-query state: what every token matched.
pub(super) struct QueryState {
    pub tokens: Vec<Token>,
    /// Per token, per vocabulary word: the word score anywhere (low byte) and in name-like
    /// fields (high byte); 0 for no match.
    word_scores: Vec<Vec<u16>>,
    /// `K * segments`: the best word score of token `k` in each segment, at `k * segments + s`.
    pub seg_best: Vec<u16>,
}

/// The best word score of every token in any field of one owner.
type OwnerBest = [u16; MAX_TOKENS];

/// One owner that matched every token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ranked {
    pub owner: u32,
    pub tier: Tier,
    pub score: i64,
    pub best_seg: u32,
}

/// How one field of an owner scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct FieldScore {
    /// The query stands in it as a phrase.
    phrase: bool,
    /// Its score within the tier.
    score: i64,
}

/// Folds the query and cuts it into tokens the way fields are cut into words.
pub(super) fn tokenize(index: &Index, query: &str) -> Vec<Token> {
    let mut out = Vec::new();
    each_word(query, |_, _, w| {
        let mut end = w.len().min(MAX_TOKEN_BYTES);
        while !w.is_char_boundary(end) {
            end -= 1;
        }
        out.push(Token::new(&w[..end], &index.stems));
        out.len() < MAX_TOKENS
    });
    out
}

/// The tokens with every word that has inner punctuation cut into its parts, if any has:
/// what to search for when the words as typed find nothing.
fn split_compounds(index: &Index, tokens: &[Token]) -> Option<Vec<Token>> {
    if tokens.iter().all(|t| parts(&t.text).nth(1).is_none()) {
        return None;
    }
    let split = tokens
        .iter()
        .flat_map(|t| parts(&t.text).map(|(_, p)| Token::new(p, &index.stems)))
        .take(MAX_TOKENS)
        .collect();
    Some(split)
}

impl QueryState {
    /// The score of token `k` for word `w` in a field that is name-like or not.
    pub fn word_score(&self, k: usize, w: u32, namey: bool) -> u16 {
        let v = self.word_scores[k][w as usize];
        if namey { v >> 8 } else { v & 0xff }
    }
}

impl Index {
    /// Searches every field for `query` and returns at most `limit` hits, best first: one
    /// per region, per cover-text heading or item, and per area without a profile, all in
    /// one ranking (see [`Tier`]). Every word of the query must match somewhere in a region,
    /// or in one cover-text item. An empty query (or one of punctuation only) returns
    /// nothing: the caller shows everything instead. Only the first eight words count, each
    /// up to 64 bytes.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let tokens = tokenize(self, query);
        if tokens.is_empty() || limit == 0 {
            return Vec::new();
        }
        let split = split_compounds(self, &tokens);
        let mut state = self.match_tokens(tokens);
        let mut ranked = self.rank(&state);
        if let (true, Some(split)) = (ranked.is_empty(), split) {
            // "midden-limburg" is no word of the data, but "Midden" and "Limburg" are.
            state = self.match_tokens(split);
            ranked = self.rank(&state);
        }
        let key = |r: &Ranked| (std::cmp::Reverse(r.score), r.owner);
        if ranked.len() > limit {
            ranked.select_nth_unstable_by_key(limit - 1, key);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by_key(key);
        ranked.iter().map(|r| self.hit(&state, r)).collect()
    }

    /// Matches every token against the vocabulary and spreads the scores over segments.
    pub(super) fn match_tokens(&self, tokens: Vec<Token>) -> QueryState {
        let k_count = tokens.len();
        let nseg = self.segments.len();
        let mut state = QueryState {
            word_scores: Vec::with_capacity(k_count),
            seg_best: vec![0; k_count * nseg],
            tokens,
        };
        let mut matched: Vec<u32> = Vec::new();
        for k in 0..k_count {
            let t = &state.tokens[k];
            let edits = allowed_edits_for(t.chars);
            let mut scores = vec![0u16; self.vocab.len()];
            matched.clear();
            let mut best = 0u16;
            for (id, vw) in self.vocab.iter().enumerate() {
                let text = &self.vocab_text[vw.text.start as usize..vw.text.end as usize];
                // Cheap rejections first: a word missing one of the token's characters can
                // only be a typo of it (typos only count in names) or another form of it.
                let missing = (t.mask & !vw.mask).count_ones() as usize;
                let short = (vw.chars as usize) + edits < t.chars;
                if (missing > 0 && (!vw.namey || missing > edits) || short)
                    && (t.stem.is_none() || vw.joined || !may_share_stem(&t.text, text))
                {
                    continue;
                }
                let word = Word {
                    text,
                    chars: vw.chars as usize,
                    mask: vw.mask,
                    namey: vw.namey,
                    joined: vw.joined,
                };
                let (g, n) = score_word(&self.matcher, &self.stems, t, &word);
                if g == 0 && n == 0 {
                    continue;
                }
                scores[id] = g | n << 8;
                best = best.max(g).max(n);
                matched.push(id as u32);
            }
            // Typos and fuzzy matches only where nothing better exists: a word that is in
            // the data, whole, as a beginning, a part or another form, is what was meant.
            let typos_allowed = best < STEM;
            let seg_best = &mut state.seg_best[k * nseg..(k + 1) * nseg];
            for &id in &matched {
                let v = scores[id as usize];
                let (mut g, mut n) = (v & 0xff, v >> 8);
                if !typos_allowed {
                    g = if g >= STEM { g } else { 0 };
                    n = if n >= STEM { n } else { 0 };
                    scores[id as usize] = g | n << 8;
                }
                let vw = &self.vocab[id as usize];
                for &p in &self.postings[vw.postings.start as usize..vw.postings.end as usize] {
                    let p = Posting::unpack(p);
                    let sc = if p.namey { n } else { g };
                    let slot = &mut seg_best[p.seg as usize];
                    *slot = (*slot).max(sc);
                }
            }
            state.word_scores.push(scores);
        }
        state
    }

    /// The best word score of every token over the fields of owner `o`; `None` if some
    /// token matched none of them.
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
    pub(super) fn rank(&self, state: &QueryState) -> Vec<Ranked> {
        let k_count = state.tokens.len();
        let mut out = Vec::new();
        for o in 0..self.owners.len() {
            let Some(ob) = self.owner_best(state, o) else {
                continue;
            };
            let weakest = ob[..k_count].iter().map(|&s| tier_of(s)).min();
            let mut best: Option<(FieldScore, u32)> = None;
            let mut matched = 0i64;
            for s in self.owners[o].segs.clone() {
                let Some(fs) = self.field_score(state, &ob, o, s, best.map(|b| b.0)) else {
                    continue;
                };
                matched += 1;
                if best.is_none_or(|(b, _)| fs > b) {
                    best = Some((fs, s));
                }
            }
            let (Some((fs, s)), Some(weakest)) = (best, weakest) else {
                continue;
            };
            let tier = if fs.phrase { Tier::Phrase } else { weakest };
            // The number of other fields that matched only breaks ties of the best field.
            let extra = (matched - 1).min(EXTRA_FIELDS - 1);
            out.push(Ranked {
                owner: o as u32,
                tier,
                score: tier as i64 * TIER_STEP + fs.score * EXTRA_FIELDS + extra,
                best_seg: s,
            });
        }
        out
    }

    /// How segment `s` of owner `o` scores; `None` if no token matched in it. A token that
    /// matched only in another field of the owner counts half. When the segment cannot
    /// beat `beat`, its score may be given as an upper bound, to spare the work.
    fn field_score(
        &self,
        state: &QueryState,
        ob: &OwnerBest,
        o: usize,
        s: u32,
        beat: Option<FieldScore>,
    ) -> Option<FieldScore> {
        let nseg = self.segments.len();
        let meta = &self.meta[s as usize];
        let k_count = state.tokens.len();
        let mut score = 0i64;
        let mut here = 0;
        let mut phrase_possible = k_count > 1;
        for (k, &other) in ob.iter().enumerate().take(k_count) {
            let sc = state.seg_best[k * nseg + s as usize];
            let need = if k + 1 < k_count { EXACT } else { PREFIX };
            phrase_possible &= sc >= need;
            if sc > 0 {
                here += 1;
                score += i64::from(sc) + i64::from(meta.weight);
                if (sc == EXACT || sc == JOINED) && meta.single {
                    score += WHOLE_FIELD;
                }
            } else {
                score += i64::from(other) / 2;
            }
        }
        if here == 0 {
            return None;
        }
        let seg = &self.segments[s as usize];
        let mut phrase = false;
        if phrase_possible {
            if let Some(at) = self.phrase_at(state, seg) {
                phrase = true;
                score += PHRASE;
                if at == 0 && seg.words.len() == k_count {
                    score += WHOLE_FIELD;
                }
            }
        }
        if meta.mentions {
            if let OwnerKind::Region(r) = self.owners[o].kind {
                let most = FieldScore {
                    phrase,
                    score: score + NEAREST_MENTION,
                };
                if beat.is_some_and(|b| most <= b) {
                    return Some(most);
                }
                score += self.mention_adjustment(state, s, r as u32);
            }
        }
        Some(FieldScore { phrase, score })
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

    /// Where token `k` matched best in `seg`: a word ordinal, or a joined word when that
    /// matched strictly better than any single word (the first of equals).
    pub(super) fn best_spot(&self, state: &QueryState, seg: &Segment, k: usize) -> Option<Spot> {
        let mut best: Option<(u16, Spot)> = None;
        for (ord, &w) in self.seg_word_ids(seg).iter().enumerate() {
            let sc = state.word_score(k, w, seg.namey);
            if sc > 0 && best.is_none_or(|(b, _)| sc > b) {
                best = Some((sc, Spot::Word(ord)));
            }
        }
        for (j, join) in self.seg_joins(seg).iter().enumerate() {
            let sc = state.word_score(k, join.word, seg.namey);
            if sc > 0 && best.is_none_or(|(b, _)| sc > b) {
                best = Some((sc, Spot::Join(seg.joins.start as usize + j)));
            }
        }
        best.map(|(_, spot)| spot)
    }

    /// For a note that names several regions: more for region `r` if it is named nearest to
    /// where the query matched best, less the farther it is named from there.
    fn mention_adjustment(&self, state: &QueryState, s: u32, r: u32) -> i64 {
        let nseg = self.segments.len();
        let seg = &self.segments[s as usize];
        let s = s as usize;
        // The anchor: the token that matched best here (the first of equals).
        let k = (0..state.tokens.len())
            .max_by_key(|&k| (state.seg_best[k * nseg + s], std::cmp::Reverse(k)))
            .unwrap_or(0);
        let Some(at) = self.best_spot(state, seg, k).map(|spot| match spot {
            Spot::Word(ord) => ord as u32,
            Spot::Join(j) => self.joins[j].ord,
        }) else {
            return 0;
        };
        let mentions = &self.mentions[seg.mentions.start as usize..seg.mentions.end as usize];
        // Nearness: the same clause first, then the fewest words between.
        let clause = self
            .clause_of
            .get(seg.clauses.start as usize + at as usize)
            .copied()
            .unwrap_or(0);
        let near = |m: &Mention| (m.clause != clause, m.ord.abs_diff(at));
        let nearest = mentions.iter().map(near).min();
        let own = mentions.iter().filter(|m| m.region == r).map(near).min();
        match (own, nearest) {
            (Some(d), Some(n)) if d == n => NEAREST_MENTION,
            (Some(d), Some(n)) => {
                let farther = i64::from(d.1.abs_diff(n.1)) + if d.0 { FARTHER_MENTION } else { 0 };
                -FARTHER_MENTION - farther.min(FARTHER_MENTION)
            }
            _ => -2 * FARTHER_MENTION,
        }
    }

    /// The fields of owner `o` that matched, best first.
    pub(super) fn matched_fields(&self, state: &QueryState, o: usize) -> Vec<(u32, Field)> {
        let Some(ob) = self.owner_best(state, o) else {
            return Vec::new();
        };
        let mut v: Vec<(FieldScore, u32)> = self.owners[o]
            .segs
            .clone()
            .filter_map(|s| Some((self.field_score(state, &ob, o, s, None)?, s)))
            .collect();
        v.sort_by_key(|&(fs, s)| (std::cmp::Reverse(fs), s));
        let fields: Vec<(u32, Field)> = v
            .into_iter()
            .map(|(_, s)| (s, self.segments[s as usize].field))
            .collect();
        // A partner found by its name is found once: not again with its kind before it.
        let named = |i: usize| fields.iter().any(|&(_, f)| f == Field::Partner(i));
        fields
            .iter()
            .copied()
            .filter(|&(_, f)| !matches!(f, Field::PartnerKind(i) if named(i)))
            .collect()
    }
}

/// Where in a segment a token matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spot {
    /// The word at this ordinal.
    Word(usize),
    /// The joined word at this index of `Index::joins`.
    Join(usize),
}
