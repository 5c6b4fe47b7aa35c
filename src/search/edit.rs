//! A bounded edit distance (optimal string alignment: insertions, deletions, substitutions
//! and swaps of neighbours) for the typo check.
//!
//! The typo check runs against every name-like word of the vocabulary that passes the
//! character-mask filter, per keystroke: thousands of calls on large datasets. A general
//! distance (strsim) allocates three rows and fills the whole table; here only the band of
//! cells within `max` of the diagonal is computed, on the stack, and the walk stops as soon
//! as a row exceeds `max`.

/// Longest input handled, plus one (query tokens are capped well below this).
const N: usize = 72;

/// The OSA distance between `a` and `b` if it is at most `max`; `None` otherwise (and for
/// inputs of `N` elements or more).
pub(super) fn osa_within<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max || a.len() >= N || b.len() >= N || max >= 200 {
        return None;
    }
    let big = max as u8 + 1;
    // Three rows, used in turn: two rows back (for swaps), the previous row, this row.
    let (mut ra, mut rb, mut rc) = ([big; N], [big; N], [big; N]);
    let (mut prev2, mut prev, mut cur) = (&mut ra, &mut rb, &mut rc);
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j.min(big as usize) as u8;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(b.len());
        cur[0] = i.min(big as usize) as u8;
        // Cells just outside the band read as "too far".
        cur[lo - 1] = if lo == 1 { cur[0] } else { big };
        if hi + 1 < N {
            cur[hi + 1] = big;
        }
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d.min(big);
            row_min = row_min.min(cur[j]);
        }
        // Every later cell costs at least the minimum of this row (a swap reaching back two
        // rows passes through a cell of this row no dearer), so nothing can come back under.
        if row_min > max as u8 {
            return None;
        }
        (prev2, prev, cur) = (prev, cur, prev2);
    }
    let d = prev[b.len()] as usize;
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        osa_within(a.as_bytes(), b.as_bytes(), max)
    }

    #[test]
    fn agrees_with_strsim_within_the_bound() {
        let words = [
            "enschede", "enschde", "enshcede", "hengelo", "hengle", "hengel", "almere", "almelo",
            "", "a", "ab", "ba", "losser", "loss", "goes", "zwolle", "zowlle", "kampen",
        ];
        for a in words {
            for b in words {
                for max in 0..4 {
                    let full = strsim::osa_distance(a, b);
                    let want = (full <= max).then_some(full);
                    assert_eq!(d(a, b, max), want, "{a:?} {b:?} max {max}");
                }
            }
        }
    }

    #[test]
    fn too_long_is_no_match() {
        let long = "a".repeat(N);
        assert_eq!(d(&long, &long, 2), None);
    }
}
