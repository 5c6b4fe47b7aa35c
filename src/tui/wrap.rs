//! Word wrapping of styled text into lines no wider than a pane.
//!
//! The text panes wrap their content here, once, so the number of lines a pane scrolls
//! through is exactly the number of lines it draws: `update` clamps scroll positions with
//! the same function the renderer uses.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A paragraph of styled text, with the indentation of its first and following lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Para {
    /// Put verbatim at the start of the first line (after the indent): a bullet, a number,
    /// a padded key name. Its spaces are kept; the text's spaces collapse.
    pub prefix: Vec<Span<'static>>,
    /// The text; an empty list (and no prefix) is a blank line.
    pub spans: Vec<Span<'static>>,
    /// Columns of space before the first line.
    pub indent: usize,
    /// Columns of space before every following line (a hanging indent).
    pub hang: usize,
}

impl Para {
    /// A blank line.
    pub fn blank() -> Self {
        Self::default()
    }

    /// A paragraph of one styled text.
    pub fn styled(text: impl Into<String>, style: Style) -> Self {
        Self::spans(vec![Span::styled(text.into(), style)])
    }

    /// A paragraph of several spans.
    pub fn spans(spans: Vec<Span<'static>>) -> Self {
        Self {
            spans,
            ..Self::default()
        }
    }

    /// The same paragraph with a verbatim prefix on its first line.
    pub fn prefixed(mut self, prefix: Vec<Span<'static>>) -> Self {
        self.prefix = prefix;
        self
    }

    /// The same paragraph indented: `indent` columns on the first line, `hang` on the rest.
    pub fn indented(mut self, indent: usize, hang: usize) -> Self {
        self.indent = indent;
        self.hang = hang;
        self
    }
}

/// One unbreakable piece of a word with its style.
type Piece = (String, Style);

/// Wraps every paragraph to `width` columns.
pub fn wrap_all(paras: &[Para], width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for p in paras {
        wrap(p, width, &mut out);
    }
    out
}

/// Wraps one paragraph to `width` columns and appends its lines to `out`.
///
/// Whitespace runs collapse to one space; a word longer than a line is cut at character
/// boundaries. Every produced line is at most `width` columns wide (for `width >= 1`).
pub fn wrap(p: &Para, width: usize, out: &mut Vec<Line<'static>>) {
    let width = width.max(1);
    // Indents never take more than half the line, so narrow panes still show text.
    let indent = p.indent.min(width / 2);
    let hang = p.hang.min(width / 2);
    let words = words(&p.spans);
    if words.is_empty() && p.prefix.is_empty() {
        out.push(Line::default());
        return;
    }
    let mut w = Wrapper {
        out,
        line: Vec::new(),
        used: 0,
        hang,
        spaced: false,
        content: false,
    };
    w.begin(indent);
    for span in &p.prefix {
        let text = truncate_plain(&span.content, width.saturating_sub(w.used));
        w.used += text.width();
        w.content |= !text.is_empty();
        w.line.push(Span::styled(text, span.style));
    }
    for (word, space_style) in words {
        let word_w: usize = word.iter().map(|(s, _)| s.width()).sum();
        if w.spaced && w.used + 1 + word_w > width {
            w.newline();
        }
        if w.spaced {
            w.line.push(Span::styled(" ", space_style));
            w.used += 1;
        }
        for (text, style) in word {
            let mut chunk = String::new();
            for c in text.chars() {
                let cw = c.width().unwrap_or(0);
                if w.used + cw > width && (w.content || !chunk.is_empty()) {
                    // The word does not fit on the line: cut it here.
                    if !chunk.is_empty() {
                        w.line.push(Span::styled(std::mem::take(&mut chunk), style));
                    }
                    w.newline();
                }
                if w.used + cw > width {
                    // Not even one character fits after the indent (a wide character on a
                    // very narrow pane): drop it rather than overflow.
                    continue;
                }
                chunk.push(c);
                w.used += cw;
            }
            if !chunk.is_empty() {
                w.line.push(Span::styled(chunk, style));
                w.content = true;
            }
        }
        w.spaced = w.content;
    }
    let line = std::mem::take(&mut w.line);
    w.out.push(Line::from(line));
}

/// The line being filled.
struct Wrapper<'o> {
    out: &'o mut Vec<Line<'static>>,
    line: Vec<Span<'static>>,
    used: usize,
    hang: usize,
    /// A word is on the line, so the next word needs a space before it.
    spaced: bool,
    /// Anything but indentation is on the line, so breaking it loses nothing.
    content: bool,
}

impl Wrapper<'_> {
    fn begin(&mut self, pad: usize) {
        self.line.clear();
        if pad > 0 {
            self.line.push(Span::raw(" ".repeat(pad)));
        }
        self.used = pad;
        self.spaced = false;
        self.content = false;
    }

    fn newline(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.out.push(Line::from(line));
        self.begin(self.hang);
    }
}

/// Splits spans into words (each a list of styled pieces) and the style of the space that
/// preceded each word.
fn words(spans: &[Span<'static>]) -> Vec<(Vec<Piece>, Style)> {
    let mut out: Vec<(Vec<Piece>, Style)> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    let mut space_style = Style::default();
    for span in spans {
        let mut piece = String::new();
        for c in span.content.chars() {
            if c.is_whitespace() {
                if !piece.is_empty() {
                    current.push((std::mem::take(&mut piece), span.style));
                }
                if !current.is_empty() {
                    out.push((std::mem::take(&mut current), space_style));
                }
                space_style = span.style;
            } else {
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            current.push((piece, span.style));
        }
    }
    if !current.is_empty() {
        out.push((current, space_style));
    }
    out
}

/// `s` cut to at most `width` columns, without a mark.
pub fn truncate_plain(s: &str, width: usize) -> String {
    let mut used = 0;
    s.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= width
        })
        .collect()
}

/// `s` cut to at most `width` columns at a word boundary ("Erfgoed, identiteit en verhalen"
/// gives "Erfgoed…"), or mid-word when that would leave less than 3/5 of the room used.
pub fn truncate_words(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split(' ') {
        let candidate = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        let trimmed = candidate.trim_end_matches([',', ';', ':']);
        if trimmed.width() + 1 > width {
            break;
        }
        out = candidate;
    }
    let out = out.trim_end_matches([',', ';', ':']);
    // A word boundary that throws away much of the room is worse than a cut mid-word.
    if out.is_empty() || (out.width() + 1) * 5 < width * 3 {
        truncate(s, width)
    } else {
        format!("{out}…")
    }
}

/// A region's name in at most `width` columns: the name if it fits, else its short display
/// label (the distinctive part: "Zwolle", "MRA"), cut only if even that does not fit.
pub fn region_label(region: &crate::model::Region, width: usize) -> String {
    if region.name.width() <= width {
        return region.name.clone();
    }
    truncate_name(region.short(), width)
}

/// A name cut to `width` columns keeping its last word, which tells similar names apart:
/// "Stedelijke Cultuurregio Zwolle" gives "Stedelijke Cu… Zwolle", not "Stedelijke Cultuurre…".
pub fn truncate_name(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    match s.rsplit_once(' ') {
        Some((head, last)) if last.width() + 2 <= width / 2 + 1 => {
            let head = truncate(head, width - last.width() - 1);
            format!("{head} {last}")
        }
        _ => truncate(s, width),
    }
}

/// `s` cut to at most `width` columns, ending in "…" when something was cut.
pub fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wraps_on_words_with_hanging_indent() {
        let p = Para::styled("• een twee drie vier vijf", Style::new()).indented(0, 2);
        let lines = wrap_all(&[p], 10);
        assert_eq!(text(&lines), ["• een twee", "  drie", "  vier", "  vijf"]);
        let p = Para::styled("een twee drie", Style::new())
            .prefixed(vec![Span::raw("  Esc   ")])
            .indented(0, 8);
        assert_eq!(
            text(&wrap_all(&[p], 16)),
            ["  Esc   een twee", "        drie"]
        );
    }

    #[test]
    fn cuts_long_words_and_never_overflows() {
        let p = Para::styled("abcdefghijklmnop kort", Style::new()).indented(2, 2);
        for width in 1..30 {
            let lines = wrap_all(std::slice::from_ref(&p), width);
            for l in &lines {
                assert!(l.width() <= width, "{l:?} wider than {width}");
            }
            let joined: String = text(&lines).concat().replace(' ', "");
            assert_eq!(joined, "abcdefghijklmnopkort", "at width {width}");
        }
    }

    #[test]
    fn keeps_styles_across_pieces_and_blank_lines() {
        let bold = Style::new().bold();
        let p = Para::spans(vec![
            Span::raw("“"),
            Span::styled("citaat", bold),
            Span::raw("”"),
        ]);
        let lines = wrap_all(&[p, Para::blank()], 20);
        assert_eq!(text(&lines), ["“citaat”", ""]);
        assert_eq!(lines[0].spans[1].style, bold);
    }

    #[test]
    fn truncates_names_and_labels_readably() {
        assert_eq!(
            truncate_name("Stedelijke Cultuurregio Zwolle", 21),
            "Stedelijke Cu… Zwolle"
        );
        assert_eq!(
            truncate_name("Metropoolregio Amsterdam (MRA)", 21),
            "Metropoolregio… (MRA)"
        );
        assert_eq!(truncate_name("Twente", 3), "Tw…");
        assert_eq!(
            truncate_words("Erfgoed, identiteit en verhalen", 13),
            "Erfgoed…"
        );
        assert_eq!(truncate_words("Ruimte voor makers", 13), "Ruimte voor…");
        assert_eq!(truncate_words("Internationalisering", 13), "Internationa…");
        assert_eq!(truncate_words("Arts education", 13), "Arts educati…");
        for w in 0..40 {
            for s in [
                "Stedelijke Cultuurregio Zwolle",
                "Ruimte voor makers",
                "a b",
            ] {
                assert!(truncate_name(s, w).width() <= w);
                assert!(truncate_words(s, w).width() <= w);
            }
        }
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("Stedendriehoek", 8), "Stedend…");
        assert_eq!(truncate("Twente", 6), "Twente");
        assert_eq!(truncate("Twente", 0), "");
    }
}
