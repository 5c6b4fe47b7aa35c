//! Pure arithmetic for cursors and scroll offsets; nothing here can go out of range.

/// `cur` moved by `delta` and kept inside `0..len` (0 when `len` is 0).
pub fn step(cur: usize, len: usize, delta: isize) -> usize {
    if len == 0 {
        return 0;
    }
    cur.saturating_add_signed(delta).min(len - 1)
}

/// The first visible row, changed as little as possible so that row `pos` is visible in a
/// window of `height` rows over `len` rows.
pub fn keep_visible(offset: usize, pos: usize, height: usize, len: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let mut offset = offset.min(len.saturating_sub(height));
    if pos < offset {
        offset = pos;
    } else if pos >= offset + height {
        offset = pos + 1 - height;
    }
    offset
}

/// The largest useful scroll position of `content` lines in a window of `height` lines.
pub fn max_scroll(content: usize, height: usize) -> usize {
    content.saturating_sub(height)
}

/// `scroll` moved by `delta` and kept between 0 and [`max_scroll`].
pub fn scroll_by(scroll: usize, delta: isize, content: usize, height: usize) -> usize {
    scroll
        .saturating_add_signed(delta)
        .min(max_scroll(content, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_stays_in_range() {
        assert_eq!(step(0, 0, 5), 0);
        assert_eq!(step(3, 5, isize::MAX), 4);
        assert_eq!(step(3, 5, isize::MIN), 0);
        assert_eq!(step(9, 5, 0), 4);
    }

    #[test]
    fn keep_visible_scrolls_minimally() {
        assert_eq!(keep_visible(0, 3, 5, 20), 0);
        assert_eq!(keep_visible(0, 7, 5, 20), 3);
        assert_eq!(keep_visible(6, 4, 5, 20), 4);
        assert_eq!(keep_visible(18, 19, 5, 20), 15);
        assert_eq!(keep_visible(3, 0, 0, 20), 0);
    }

    #[test]
    fn scroll_is_clamped() {
        assert_eq!(scroll_by(0, -3, 10, 4), 0);
        assert_eq!(scroll_by(0, 100, 10, 4), 6);
        assert_eq!(scroll_by(5, 1, 3, 4), 0);
    }
}
