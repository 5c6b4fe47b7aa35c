//! Postings: for every distinct word, the fields it occurs in, packed for a fast walk.

use super::index::{Index, SegMeta};

/// Bits of a posting that hold the segment id; the next bit says whether the segment is
/// name-like, which decides which of a word's two scores counts there, so the walk per
/// keystroke reads one array in order instead of looking every segment up. Data files are at
/// most 16 MB, far below 2^26 fields; building stops indexing fields beyond that.
const SEG_BITS: u32 = 26;
pub(super) const SEG_MASK: u32 = (1 << SEG_BITS) - 1;

/// A posting: a segment and what the posting walk needs of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Posting {
    pub seg: u32,
    pub namey: bool,
}

impl Posting {
    fn pack(seg: u32, m: &SegMeta) -> u32 {
        seg | u32::from(m.namey) << SEG_BITS
    }

    /// Unpacks a posting as stored in `Index::postings`.
    #[inline]
    pub fn unpack(p: u32) -> Posting {
        Posting {
            seg: p & SEG_MASK,
            namey: p >> SEG_BITS & 1 == 1,
        }
    }
}

impl Index {
    /// The vocabulary ids of a segment's words and of its joined words.
    fn all_words(&self, seg: &super::index::Segment) -> impl Iterator<Item = u32> + '_ {
        self.seg_word_ids(seg)
            .iter()
            .copied()
            .chain(self.seg_joins(seg).iter().map(|j| j.word))
    }

    /// Lists, for every word, the segments it occurs in (each once, in segment order), packed
    /// as postings: a counting sort over `seg_words`, which holds every segment's words in
    /// segment order.
    pub(super) fn fill_postings(&mut self) {
        // `last[w]`: the last segment counted or written for word `w`, so a word that occurs
        // twice in one segment is listed once.
        let mut last = vec![u32::MAX; self.vocab.len()];
        let mut counts = vec![0u32; self.vocab.len()];
        for (s, seg) in self.segments.iter().enumerate() {
            for w in self.all_words(seg) {
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
            for w in self.all_words(seg) {
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
                        .all_words(&index.segments[s as usize])
                        .any(|x| x == w as u32)
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
                assert_eq!(p.namey, index.meta[p.seg as usize].namey);
            }
        }
    }

    #[test]
    fn packing_keeps_the_segment_and_the_flag() {
        for namey in [false, true] {
            let m = SegMeta {
                weight: 75,
                namey,
                single: true,
                mentions: false,
            };
            for seg in [0, 1, SEG_MASK] {
                let p = Posting::unpack(Posting::pack(seg, &m));
                assert_eq!((p.seg, p.namey), (seg, namey));
            }
        }
    }
}
