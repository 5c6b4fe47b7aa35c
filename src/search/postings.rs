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
    /// Groups `(word, segment)` pairs by word (a counting sort), each segment once per word.
    pub(super) fn fill_postings(&mut self, pairs: Vec<(u32, u32)>) {
        let mut counts = vec![0u32; self.vocab.len() + 1];
        for &(w, _) in &pairs {
            counts[w as usize + 1] += 1;
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut flat = vec![0u32; pairs.len()];
        // Pairs come in segment order, so each word's list is sorted and duplicates adjoin.
        let mut last = vec![u32::MAX; self.vocab.len()];
        let mut kept = vec![0u32; self.vocab.len()];
        for &(w, s) in &pairs {
            let w = w as usize;
            if last[w] != s {
                last[w] = s;
                flat[next[w] as usize] = s;
                next[w] += 1;
                kept[w] += 1;
            }
        }
        let mut out = Vec::with_capacity(pairs.len());
        for (w, vw) in self.vocab.iter_mut().enumerate() {
            let from = counts[w] as usize;
            let start = out.len() as u32;
            let segs = &flat[from..from + kept[w] as usize];
            out.extend(
                segs.iter()
                    .map(|&s| Posting::pack(s, &self.meta[s as usize])),
            );
            vw.postings = start..out.len() as u32;
        }
        self.postings = out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
