//! A line of typed text with a cursor: the Bron view's search field.

/// Typed text and the cursor in it (in characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The text.
    pub text: String,
    /// The cursor, in characters from the start.
    pub cursor: usize,
}

impl Query {
    /// The byte offset of the cursor.
    pub fn cursor_byte(&self) -> usize {
        self.text
            .char_indices()
            .nth(self.cursor)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts a character at the cursor.
    pub fn insert(&mut self, c: char) {
        let at = self.cursor_byte();
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor; whether anything changed.
    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.cursor_byte();
        self.text.remove(at);
        true
    }

    /// Deletes the character under the cursor; whether anything changed.
    pub fn delete(&mut self) -> bool {
        let at = self.cursor_byte();
        if at >= self.text.len() {
            return false;
        }
        self.text.remove(at);
        true
    }

    /// Moves the cursor by `delta` characters, staying inside the text.
    pub fn move_cursor(&mut self, delta: isize) {
        let len = self.text.chars().count();
        self.cursor = self.cursor.saturating_add_signed(delta).min(len);
    }

    /// Moves the cursor to the start (`false`) or the end (`true`).
    pub fn cursor_to(&mut self, end: bool) {
        self.cursor = if end { self.text.chars().count() } else { 0 };
    }

    /// Empties the text.
    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::Query;

    #[test]
    fn editing_respects_the_cursor_and_multibyte_text() {
        let mut q = Query::default();
        for c in "löss".chars() {
            q.insert(c);
        }
        q.move_cursor(-2);
        q.insert('x');
        assert_eq!(q.text, "löxss");
        assert!(q.backspace());
        assert!(q.delete());
        assert_eq!(q.text, "lös");
        q.cursor_to(false);
        assert!(!q.backspace());
        q.move_cursor(99);
        assert_eq!(q.cursor, 3);
        assert!(!q.delete());
        q.clear();
        assert_eq!((q.text.as_str(), q.cursor), ("", 0));
    }
}
