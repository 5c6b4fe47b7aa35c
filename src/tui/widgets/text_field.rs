//! The one line of typed text with a cursor: every input of the explorer (the search field,
//! the Bron view's search through the document) is a [`TextField`], and every edit reaches
//! it as one [`Edit`], so no field can miss what the key table or the run loop sends.

/// The most characters a field takes: the search reads only the first eight words of up to
/// 64 bytes each, and a longer field helps nobody.
pub const MAX_CHARS: usize = 512;

/// One edit of a text field, as the key table and the run loop send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Type a character at the cursor.
    Insert(char),
    /// Insert text at the cursor as one edit (a paste, or characters typed in one burst):
    /// line breaks and tabs become spaces, other control characters are dropped.
    Paste(String),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the cursor one character left.
    Left,
    /// Move the cursor one character right.
    Right,
    /// Move the cursor to the start.
    Home,
    /// Move the cursor to the end.
    End,
    /// Empty the field (it stays open).
    Clear,
}

/// What an edit did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Edited {
    /// The text changed (so whatever it feeds must be computed again).
    pub changed: bool,
    /// Text was cut because the field is full.
    pub cut: bool,
}

/// Typed text and the cursor in it (in characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
}

impl TextField {
    /// A field holding `text`, the cursor at its end (cut to [`MAX_CHARS`]).
    pub fn with_text(text: &str) -> Self {
        let mut field = Self::default();
        field.apply(Edit::Paste(text.to_owned()));
        field
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The byte offset of the cursor in the text.
    pub fn cursor_byte(&self) -> usize {
        self.text
            .char_indices()
            .nth(self.cursor)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Whether the text is empty or only spaces.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Applies one edit. Moving the cursor changes no text, so it never says `changed`.
    pub fn apply(&mut self, edit: Edit) -> Edited {
        let changed = |changed| Edited {
            changed,
            cut: false,
        };
        match edit {
            Edit::Insert(c) => {
                let mut buf = [0u8; 4];
                self.insert_text(c.encode_utf8(&mut buf))
            }
            Edit::Paste(text) => self.insert_text(&text),
            Edit::Backspace => changed(self.backspace()),
            Edit::Delete => changed(self.delete()),
            Edit::Left | Edit::Right => {
                let len = self.text.chars().count();
                let delta = if edit == Edit::Left { -1 } else { 1 };
                self.cursor = self.cursor.saturating_add_signed(delta).min(len);
                Edited::default()
            }
            Edit::Home | Edit::End => {
                self.cursor_to(edit == Edit::End);
                Edited::default()
            }
            Edit::Clear => {
                let was = !self.text.is_empty();
                self.text.clear();
                self.cursor = 0;
                changed(was)
            }
        }
    }

    fn insert_text(&mut self, text: &str) -> Edited {
        let room = MAX_CHARS.saturating_sub(self.text.chars().count());
        let mut chars = text
            .chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if c.is_control() || crate::text::is_bidi_control(c) => None,
                c => Some(c),
            })
            .peekable();
        let add: String = chars.by_ref().take(room).collect();
        let cut = chars.peek().is_some();
        let at = self.cursor_byte();
        self.text.insert_str(at, &add);
        let n = add.chars().count();
        self.cursor += n;
        Edited {
            changed: n > 0,
            cut,
        }
    }

    fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.cursor_byte();
        self.text.remove(at);
        true
    }

    fn delete(&mut self) -> bool {
        let at = self.cursor_byte();
        if at >= self.text.len() {
            return false;
        }
        self.text.remove(at);
        true
    }

    /// Moves the cursor to the start (`false`) or the end (`true`).
    pub fn cursor_to(&mut self, end: bool) {
        self.cursor = if end { self.text.chars().count() } else { 0 };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextField {
        let mut f = TextField::default();
        for c in text.chars() {
            f.apply(Edit::Insert(c));
        }
        f
    }

    #[test]
    fn editing_respects_the_cursor() {
        let mut f = typed("twnte");
        f.apply(Edit::Left);
        f.apply(Edit::Left);
        f.apply(Edit::Left);
        assert_eq!(f.cursor(), 2);
        f.apply(Edit::Insert('e'));
        assert_eq!(f.text(), "twente");
        assert!(f.apply(Edit::Backspace).changed);
        assert_eq!(f.text(), "twnte");
        f.apply(Edit::Home);
        assert!(!f.apply(Edit::Backspace).changed);
        assert!(f.apply(Edit::Delete).changed);
        assert_eq!(f.text(), "wnte");
        f.apply(Edit::End);
        assert_eq!(f.cursor(), 4);
        assert!(!f.apply(Edit::Delete).changed);
        assert!(!f.apply(Edit::Right).changed, "a move changes no text");
        assert!(f.apply(Edit::Clear).changed);
        assert_eq!((f.text(), f.cursor()), ("", 0));
        assert!(!f.apply(Edit::Clear).changed);
    }

    #[test]
    fn multibyte_text_is_safe() {
        let mut f = typed("öß");
        f.apply(Edit::Left);
        f.apply(Edit::Insert('é'));
        assert_eq!(f.text(), "öéß");
        assert_eq!(f.cursor_byte(), "öé".len());
        assert!(f.apply(Edit::Backspace).changed);
        assert_eq!(f.text(), "öß");
    }

    #[test]
    fn a_paste_is_one_edit_cleaned_and_cut_at_the_maximum() {
        let mut f = typed("ab");
        f.apply(Edit::Left);
        let e = f.apply(Edit::Paste("x\ny\tz\u{7}\u{202e}".into()));
        assert_eq!(
            e,
            Edited {
                changed: true,
                cut: false
            }
        );
        assert_eq!(f.text(), "ax y zb");
        assert_eq!(f.cursor(), 6);
        let e = f.apply(Edit::Paste("q".repeat(MAX_CHARS)));
        assert!(e.changed && e.cut);
        assert_eq!(f.text().chars().count(), MAX_CHARS);
        let e = f.apply(Edit::Insert('r'));
        let full = Edited {
            changed: false,
            cut: true,
        };
        assert_eq!(e, full, "a full field takes nothing, and says so");
        assert_eq!(TextField::with_text("abc").cursor(), 3);
    }
}
