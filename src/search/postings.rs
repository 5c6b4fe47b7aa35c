//! Postings: for every distinct word, the fields it occurs in, packed for a fast walk.

use super::index::{Index, SegMeta};

/// Bits of a posting that hold the segment id; the rest hold what the posting walk needs of
/// the segment (weight, name-like, single word), so the walk per keystroke reads one array
/// in order instead of looking every segment up. Data files are at most 16 MB, far below
/// 2^26 fields; building stops indexing fields beyond that.
const SEG_BITS: u32 = 26;
pub(super) const SEG_MASK: u32 = (1 << SEG_BITS) - 1;
/// Weights are multiples of this, so they fit in four bits of a posting.
const WEIGHT_UNIT: u16 = 5;

/// A posting: a segment and what scoring needs of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Posting {
    pub seg: u32,
    pub weight: u16,
    pub namey: bool,
    pub single: bool,
}

impl Posting {
    fn pack(seg: u32, m: &SegMeta) -> u32 {
        seg | u32::from(m.weight / WEIGHT_UNIT) << SEG_BITS
            | u32::from(m.namey) << (SEG_BITS + 4)
            | u32::from(m.single) << (SEG_BITS + 5)
    }

    /// Unpacks a posting as stored in `Index::postings`.
    #[inline]
    pub fn unpack(p: u32) -> Posting {
        Posting {
            seg: p & SEG_MASK,
            weight: ((p >> SEG_BITS) & 0xf) as u16 * WEIGHT_UNIT,
            namey: p >> (SEG_BITS + 4) & 1 == 1,
            single: p >> (SEG_BITS + 5) & 1 == 1,
        }
    }
}

impl Index {
    /// Lists, for every word, the segments it occurs in (each once, in segment order), packed
    /// as postings: a counting sort over `seg_words`, which holds every segment's words in
    /// segment order.
    pub(super) fn fill_postings(&mut self) {
        // `last[w]`: the last segment counted or written for word `w`, so a word that occurs
        // twice in one segment is listed once.
        let mut last = vec![u32::MAX; self.vocab.len()];
        let mut counts = vec![0u32; self.vocab.len()];
        for (s, seg) in self.segments.iter().enumerate() {
            for &w in &self.seg_words[seg.words.start as usize..seg.words.end as usize] {
                let w = w as usize;
                if last[w] != s as u32 {
                    last[w] = s as u32;
                    counts[w] += 1;
                }
            }
        }
        // `counts[w]` becomes where word `w`'s postings start.
        let mut total = 0u32;
        for (count, vw) in counts.iter_mut().zip(&mut self.vocab) {
            vw.postings = total..total + *count;
            total += *count;
            *count = vw.postings.start;
        }
        last.fill(u32::MAX);
        let mut out = vec![0u32; total as usize];
        for (s, (seg, meta)) in self.segments.iter().zip(&self.meta).enumerate() {
            let packed = Posting::pack(s as u32, meta);
            for &w in &self.seg_words[seg.words.start as usize..seg.words.end as usize] {
                let w = w as usize;
                if last[w] != s as u32 {
                    last[w] = s as u32;
                    out[counts[w] as usize] = packed;
                    counts[w] += 1;
                }
            }
        }
        self.postings = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_lists_exactly_the_fields_it_occurs_in() {
        let data = crate::r#gen::generate(40, 7);
        let index = Index::build(&data);
        for (w, vw) in index.vocab.iter().enumerate() {
            let want: Vec<u32> = (0..index.segments.len() as u32)
                .filter(|&s| {
                    index
                        .seg_word_ids(&index.segments[s as usize])
                        .contains(&(w as u32))
                })
                .collect();
            let got: Vec<u32> = index.postings
                [vw.postings.start as usize..vw.postings.end as usize]
                .iter()
                .map(|&p| Posting::unpack(p).seg)
                .collect();
            assert_eq!(got, want, "word {w}");
            for &p in &index.postings[vw.postings.start as usize..vw.postings.end as usize] {
                let p = Posting::unpack(p);
                let m = &index.meta[p.seg as usize];
                assert_eq!((p.weight, p.namey, p.single), (m.weight, m.namey, m.single));
            }
        }
    }

    #[test]
    fn packing_keeps_every_weight_and_flag() {
        for weight in (0..=75).step_by(WEIGHT_UNIT as usize) {
            for (namey, single) in [(false, false), (true, false), (false, true), (true, true)] {
                let m = SegMeta {
                    weight,
                    namey,
                    single,
                    mentions: false,
                };
                let p = Posting::unpack(Posting::pack(SEG_MASK, &m));
                assert_eq!(
                    (p.seg, p.weight, p.namey, p.single),
                    (SEG_MASK, weight, namey, single)
                );
            }
        }
    }
}
