//! Cutting the terminal's input bytes into whole pieces: one key (a character, a control
//! byte, an escape sequence), one mouse report, or one bracketed paste. Sequences follow
//! ECMA-48's shape (CSI parameters, intermediates and a final byte; SS3; strings ended by
//! ST or BEL), so the end of every sequence is known without knowing its meaning.
//!
//! What the terminal never finishes must not hold up what comes after: a sequence that has
//! not ended [`SEQUENCE_WAIT`] after its last byte is dropped (a lone Esc then counts as the
//! Esc key), and a control byte or Esc inside a sequence or a paste ends it at once and acts
//! as itself, so Ctrl-C and Esc always get through. Terminals strip control bytes from
//! what is pasted, so no real paste is cut short by this.

use std::time::{Duration, Instant};

/// How long an unfinished escape sequence may wait for its next byte. Terminals send a
/// sequence in one write; over a slow link its pieces arrive within milliseconds.
pub const SEQUENCE_WAIT: Duration = Duration::from_millis(50);
/// How long an unfinished paste may wait for its next byte: longer, as a large paste over
/// SSH comes in many pieces.
pub const PASTE_WAIT: Duration = Duration::from_millis(500);
/// The most bytes of a paste that are kept; the rest is read and dropped.
pub const MAX_PASTE: usize = 64 * 1024;
/// A CSI sequence longer than this is not one a terminal sends: dropped.
const MAX_SEQUENCE: usize = 64;

const ESC: u8 = 0x1b;
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// One whole piece of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The bytes of one key or mouse report, e.g. `b"q"`, `b"\x1b[A"`, `b"\x1b"`.
    Key(Vec<u8>),
    /// The text of a bracketed paste (at most [`MAX_PASTE`] bytes of it).
    Paste(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ground,
    /// After Esc.
    Escape,
    /// In `ESC [`.
    Csi,
    /// After `ESC O`: one more byte.
    Ss3,
    /// In an OSC, DCS, APC, PM or SOS string, up to BEL or `ESC \`.
    Text,
    /// In such a string, just after Esc.
    TextEscape,
    /// After `ESC [ M`: this many raw bytes of an X10 mouse report.
    X10(u8),
    /// In a character of this many more UTF-8 bytes.
    Utf8(u8),
    /// In a bracketed paste; the number is how much of [`PASTE_END`] has arrived.
    Paste(usize),
}

/// The cutter's state between reads.
#[derive(Debug)]
pub struct Framer {
    state: State,
    pending: Vec<u8>,
    paste: Vec<u8>,
    /// When the last byte of an unfinished piece arrived.
    last: Option<Instant>,
}

impl Default for Framer {
    fn default() -> Self {
        Self::new()
    }
}

impl Framer {
    /// A cutter at the start of input.
    pub fn new() -> Self {
        Self {
            state: State::Ground,
            pending: Vec::new(),
            paste: Vec::new(),
            last: None,
        }
    }

    /// Takes the bytes of one read, arriving at `now`; appends every piece they finish.
    pub fn feed(&mut self, bytes: &[u8], now: Instant, out: &mut Vec<Piece>) {
        for &b in bytes {
            self.byte(b, out);
        }
        self.last = (self.state != State::Ground).then_some(now);
    }

    /// When an unfinished piece runs out of time, if there is one.
    pub fn deadline(&self) -> Option<Instant> {
        let wait = match self.state {
            State::Ground => return None,
            State::Paste(_) => PASTE_WAIT,
            _ => SEQUENCE_WAIT,
        };
        self.last.map(|t| t + wait)
    }

    /// At `now`: an unfinished piece past its deadline is dropped, except that a lone Esc is
    /// the Esc key.
    pub fn expire(&mut self, now: Instant, out: &mut Vec<Piece>) {
        if self.deadline().is_none_or(|d| now < d) {
            return;
        }
        if self.state == State::Escape {
            out.push(Piece::Key(vec![ESC]));
        }
        self.reset();
    }

    fn reset(&mut self) {
        self.state = State::Ground;
        self.pending.clear();
        self.paste = Vec::new();
        self.last = None;
    }

    /// Drops the unfinished piece and reads `b` afresh.
    fn abandon(&mut self, b: u8, out: &mut Vec<Piece>) {
        if self.state == State::Escape {
            // A lone Esc before a control byte is still a press of Esc.
            out.push(Piece::Key(vec![ESC]));
        }
        self.reset();
        self.byte(b, out);
    }

    fn finish(&mut self, out: &mut Vec<Piece>) {
        out.push(Piece::Key(std::mem::take(&mut self.pending)));
        self.state = State::Ground;
    }

    fn byte(&mut self, b: u8, out: &mut Vec<Piece>) {
        let control = b < 0x20 || b == 0x7f;
        match self.state {
            State::Ground => self.ground(b, out),
            State::Paste(matched) => self.in_paste(b, matched, out),
            // Esc starts over; a control byte (Ctrl-C) is not part of any sequence here.
            State::Escape if b == ESC => {
                out.push(Piece::Key(vec![ESC]));
                self.pending = vec![ESC];
            }
            State::Escape if control && b != 0x7f => self.abandon(b, out),
            State::Escape => {
                self.pending.push(b);
                self.state = match b {
                    b'[' => State::Csi,
                    b'O' => State::Ss3,
                    b']' | b'P' | b'_' | b'^' | b'X' => State::Text,
                    0xc0..=0xdf => State::Utf8(1),
                    0xe0..=0xef => State::Utf8(2),
                    0xf0..=0xf7 => State::Utf8(3),
                    // Alt and a key, or Esc and a key typed together.
                    0x20..=0x7f => return self.finish(out),
                    _ => return self.reset(),
                };
            }
            State::Csi if control || b >= 0x80 => self.abandon(b, out),
            State::Csi => {
                self.pending.push(b);
                if (0x40..=0x7e).contains(&b) {
                    if self.pending == b"\x1b[M" {
                        self.state = State::X10(3);
                    } else if self.pending == PASTE_START {
                        self.pending.clear();
                        self.state = State::Paste(0);
                    } else {
                        self.finish(out);
                    }
                } else if self.pending.len() > MAX_SEQUENCE {
                    self.reset();
                }
            }
            State::Ss3 if control || b >= 0x80 => self.abandon(b, out),
            State::Ss3 => {
                self.pending.push(b);
                self.finish(out);
            }
            State::X10(_) if control => self.abandon(b, out),
            State::X10(left) => {
                self.pending.push(b);
                if left == 1 {
                    self.finish(out);
                } else {
                    self.state = State::X10(left - 1);
                }
            }
            State::Text if b == 0x07 => self.reset(),
            State::Text if b == ESC => self.state = State::TextEscape,
            State::Text if control => self.abandon(b, out),
            State::Text => {}
            State::TextEscape if b == b'\\' => self.reset(),
            State::TextEscape => {
                // Not the string's end: a new sequence began.
                self.reset();
                self.pending = vec![ESC];
                self.state = State::Escape;
                self.byte(b, out);
            }
            State::Utf8(_) if !(0x80..=0xbf).contains(&b) => self.abandon(b, out),
            State::Utf8(left) => {
                self.pending.push(b);
                if left == 1 {
                    self.finish(out);
                } else {
                    self.state = State::Utf8(left - 1);
                }
            }
        }
    }

    fn ground(&mut self, b: u8, out: &mut Vec<Piece>) {
        self.pending.clear();
        self.pending.push(b);
        self.state = match b {
            ESC => State::Escape,
            0xc0..=0xdf => State::Utf8(1),
            0xe0..=0xef => State::Utf8(2),
            0xf0..=0xf7 => State::Utf8(3),
            // A byte that starts nothing.
            0x80..=0xbf | 0xf8..=0xff => {
                self.pending.clear();
                return;
            }
            _ => return self.finish(out),
        };
    }

    fn in_paste(&mut self, b: u8, matched: usize, out: &mut Vec<Piece>) {
        if b == PASTE_END[matched] {
            if matched + 1 == PASTE_END.len() {
                let text = String::from_utf8_lossy(&self.paste).into_owned();
                out.push(Piece::Paste(text));
                self.reset();
            } else {
                self.state = State::Paste(matched + 1);
            }
            return;
        }
        if matched > 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) {
            // Not the paste's end after all, or a key pressed in a paste that never ends:
            // the paste is dropped, and what came is read as typed.
            let replay = PASTE_END[..matched].to_vec();
            self.reset();
            for r in replay {
                self.byte(r, out);
            }
            self.byte(b, out);
            return;
        }
        if self.paste.len() < MAX_PASTE {
            self.paste.push(b);
        }
    }
}

#[cfg(test)]
mod tests;
