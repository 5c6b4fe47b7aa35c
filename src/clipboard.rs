//! Copying text to the user's clipboard through the terminal (OSC 52), which works over SSH in
//! most terminals (xterm, iTerm2, kitty, WezTerm, Windows Terminal, tmux with set-clipboard).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Terminals cap OSC 52 payloads; beyond this many bytes of text we refuse rather than send a
/// sequence the terminal would silently drop.
pub const MAX_BYTES: usize = 100_000;

/// The escape sequence that puts `text` on the clipboard, or `None` when it is too long.
/// Inside tmux the sequence is wrapped in a passthrough so it reaches the outer terminal.
pub fn osc52(text: &str, in_tmux: bool) -> Option<String> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let seq = format!("\x1b]52;c;{}\x07", STANDARD.encode(text));
    Some(if in_tmux {
        format!("\x1bPtmux;{}\x1b\\", seq.replace('\x1b', "\x1b\x1b"))
    } else {
        seq
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_utf8_as_base64() {
        let s = osc52("Löss", false).unwrap();
        assert_eq!(s, "\x1b]52;c;TMO2c3M=\x07");
    }

    #[test]
    fn wraps_for_tmux_and_refuses_huge_text() {
        let s = osc52("a", true).unwrap();
        assert!(s.starts_with("\x1bPtmux;\x1b\x1b]52;c;"));
        assert!(s.ends_with("\x1b\\"));
        assert!(osc52(&"x".repeat(MAX_BYTES + 1), false).is_none());
    }
}
