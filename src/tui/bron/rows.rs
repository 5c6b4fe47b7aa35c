//! The Bron view's geometry, pure arithmetic both `update` and the renderer use: how the
//! width is shared between line numbers, the margin mark, the text and the margin's words;
//! how a line wraps; and how far the view can scroll.

use std::ops::Range;

use super::sheet::{Sheet, shown};
use crate::source::Source;

/// The fewest columns worth giving the margin's words.
const MIN_MARGIN: u16 = 14;

/// How a row of the view is divided, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    /// The line number, right-aligned, and a space.
    pub gutter: u16,
    /// The mark of a line the data uses, and a space.
    pub mark: u16,
    /// The text.
    pub text: u16,
    /// The margin's words (after a space); 0 when there is no room for them.
    pub margin: u16,
}

/// The columns of a view `width` wide over `lines` lines whose widest is `longest`: the text
/// gets its full width first; what is left goes to the margin's words when it is enough for
/// them. When even the text does not fit, the gutter and the mark keep only what they need.
pub fn columns(width: u16, lines: usize, longest: u16) -> Columns {
    let digits = u16::try_from(lines.max(1).to_string().len()).unwrap_or(u16::MAX);
    let (mut gutter, mut mark) = (digits + 1, 2);
    if width < gutter + mark + MIN_MARGIN {
        // Very narrow: the spaces go before the text does.
        gutter = digits.min(width);
        mark = u16::from(width > gutter);
    }
    let rest = width.saturating_sub(gutter + mark);
    let text = rest.min(longest.max(1));
    let spare = rest - text;
    let margin = if spare > MIN_MARGIN { spare - 1 } else { 0 };
    Columns {
        gutter,
        mark,
        // A text narrower than the pane still wraps at the pane's width, not earlier.
        text: if margin == 0 { rest } else { text },
        margin,
    }
}

/// The rows of `line` (its bytes `start..` in the text) at `width` columns: byte ranges of
/// the text, broken after a space where a row is full, inside a word only when it is longer
/// than a row.
pub fn wrap(line: &str, start: usize, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row_start = 0;
    let mut used = 0;
    // The end of the last space seen in this row: where it may break.
    let mut space: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let w = shown(c).1;
        if used + w > width && i > row_start {
            let cut = space.filter(|&s| s > row_start).unwrap_or(i);
            rows.push(start + row_start..start + cut);
            row_start = cut;
            used = super::sheet::width(&line[cut..i]);
            space = None;
        }
        used += w;
        if c == ' ' {
            space = Some(i + 1);
        }
    }
    rows.push(start + row_start..start + line.len());
    rows
}

/// The number of rows line `l` takes at `width` columns.
pub fn height(sheet: &Sheet, source: &Source, l: usize, width: usize) -> usize {
    match sheet.widths.get(l) {
        Some(&w) if usize::from(w) <= width => 1,
        Some(_) => wrap(source.line(l).trim_end(), 0, width).len(),
        None => 0,
    }
}

/// The last useful first line: the one from which the rest of the text just fills `page`
/// rows.
pub fn max_top(sheet: &Sheet, source: &Source, width: usize, page: usize) -> usize {
    let n = sheet.widths.len();
    if usize::from(sheet.longest) <= width {
        return n.saturating_sub(page);
    }
    let mut rows = 0;
    for l in (0..n).rev() {
        rows += height(sheet, source, l, width);
        if rows > page {
            return l + 1;
        }
    }
    0
}

/// The first line shown after moving `delta` rows from `top` (a page is a number of rows: at
/// least one line moves).
pub fn scrolled(sheet: &Sheet, source: &Source, top: usize, delta: isize, width: usize) -> usize {
    if usize::from(sheet.longest) <= width || delta.unsigned_abs() <= 1 {
        return top.saturating_add_signed(delta);
    }
    let mut left = delta.unsigned_abs();
    let mut at = top;
    while left > 0 {
        let next = if delta > 0 {
            (at + 1 < sheet.widths.len()).then_some(at)
        } else {
            at.checked_sub(1)
        };
        let Some(l) = next else { break };
        let h = height(sheet, source, l, width);
        if h > left && at != top {
            break;
        }
        left = left.saturating_sub(h);
        at = if delta > 0 { at + 1 } else { at - 1 };
    }
    at
}

/// The lines shown from `top` in `page` rows: the first and one past the last (wholly or
/// partly shown).
pub fn shown_lines(
    sheet: &Sheet,
    source: &Source,
    top: usize,
    width: usize,
    page: usize,
) -> Range<usize> {
    let n = sheet.widths.len();
    let mut rows = 0;
    let mut l = top.min(n);
    while l < n && rows < page {
        rows += height(sheet, source, l, width);
        l += 1;
    }
    top.min(n)..l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_gets_its_width_before_the_margin() {
        // 960 lines, the widest 91: at 80 columns (78 inside) the text takes all that is left.
        let c = columns(78, 960, 91);
        assert_eq!((c.gutter, c.mark, c.text, c.margin), (4, 2, 72, 0));
        // At 120 columns the text is whole and the rest is margin.
        let c = columns(118, 960, 91);
        assert_eq!((c.gutter, c.mark, c.text, c.margin), (4, 2, 91, 20));
        // A little room over is no margin: the text takes it.
        let c = columns(100, 960, 91);
        assert_eq!((c.text, c.margin), (94, 0));
        // Very narrow: the spaces go first.
        let c = columns(10, 960, 91);
        assert_eq!((c.gutter, c.mark, c.text), (3, 1, 6));
        assert_eq!(columns(0, 960, 91).text, 0);
    }

    #[test]
    fn lines_wrap_after_a_space_and_inside_a_word_only_when_it_is_too_long() {
        let line = "een twee drie";
        let rows: Vec<&str> = wrap(line, 0, 8).into_iter().map(|r| &line[r]).collect();
        assert_eq!(rows, ["een ", "twee ", "drie"]);
        let rows: Vec<&str> = wrap("abcdefghij", 0, 4)
            .into_iter()
            .map(|r| &"abcdefghij"[r])
            .collect();
        assert_eq!(rows, ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5, 10), vec![5..5]);
        assert_eq!(wrap("kort", 100, 10), vec![100..104]);
    }
}
