//! Plain or coloured terminal text for the commands.

use std::io::IsTerminal;

/// Whether command output may carry ANSI styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Emit escape codes.
    pub color: bool,
}

impl Style {
    /// Colour only when stdout is a terminal and NO_COLOR is unset or empty.
    pub fn detect() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    /// Plain text, no escape codes.
    pub fn plain() -> Self {
        Self { color: false }
    }

    fn wrap(&self, code: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Bold text.
    pub fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }

    /// Dimmed text (secondary information).
    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }

    /// Underlined text (highlighted matches).
    pub fn underline(&self, s: &str) -> String {
        self.wrap("1;4", s)
    }
}
