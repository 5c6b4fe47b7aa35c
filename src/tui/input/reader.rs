//! The thread that reads the terminal: bytes from standard input, cut into pieces by
//! [`Framer`] with its time limits, decoded into crossterm events by terminput's parser (a
//! copy of crossterm's own, which crossterm keeps private) and sent to the event loop.

use std::io;
use std::sync::mpsc::Sender;
use std::time::Instant;

use ratatui::crossterm::event::Event;

use super::frame::{Framer, Piece};

/// What the event loop hears about.
#[derive(Debug)]
pub enum Input {
    /// A key, a mouse report or a paste.
    Event(Event),
    /// The window changed size.
    Resized,
    /// The process was suspended and has continued: the screen must be drawn anew.
    Resumed,
    /// Reading the terminal failed, or it closed.
    Failed(io::Error),
}

/// The event one piece of input stands for, if any (an unknown sequence is none).
pub fn decode(piece: Piece) -> Option<Event> {
    match piece {
        Piece::Paste(text) => Some(Event::Paste(text)),
        Piece::Key(bytes) => match terminput::Event::parse_from(&bytes) {
            Ok(Some(event)) => terminput_crossterm::to_crossterm(event).ok(),
            Ok(None) | Err(_) => None,
        },
    }
}

/// Starts reading standard input on a thread of its own; events go to `events` until the
/// loop stops listening.
#[cfg(unix)]
pub fn spawn(events: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            if let Err(e) = read_loop(&events) {
                let _ = events.send(Input::Failed(e));
            }
        })?;
    Ok(())
}

/// Where the terminal cannot be polled with a timeout, crossterm reads it (without the time
/// limits on unfinished sequences).
#[cfg(not(unix))]
pub fn spawn(events: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                let next = match ratatui::crossterm::event::read() {
                    Ok(Event::Resize(..)) => Input::Resized,
                    Ok(event) => Input::Event(event),
                    Err(e) => Input::Failed(e),
                };
                if events.send(next).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

#[cfg(unix)]
fn read_loop(events: &Sender<Input>) -> io::Result<()> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use rustix::io::Errno;

    let stdin = io::stdin();
    let mut framer = Framer::new();
    let mut buf = [0u8; 4096];
    let mut pieces = Vec::new();
    loop {
        let wait = framer.deadline().map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            Timespec::try_from(left).unwrap_or(Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            })
        });
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        match poll(&mut fds, wait.as_ref()) {
            Ok(0) => {}
            Ok(_) => match rustix::io::read(&stdin, &mut buf) {
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => framer.feed(&buf[..n], Instant::now(), &mut pieces),
                Err(Errno::INTR | Errno::AGAIN) => {}
                Err(e) => return Err(e.into()),
            },
            Err(Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        framer.expire(Instant::now(), &mut pieces);
        for event in pieces.drain(..).filter_map(decode) {
            if events.send(Input::Event(event)).is_err() {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEventKind};

    use super::*;

    fn key(bytes: &[u8]) -> Option<Event> {
        decode(Piece::Key(bytes.to_vec()))
    }

    #[test]
    fn pieces_decode_to_the_events_crossterm_would_give() {
        let Some(Event::Key(k)) = key(b"\x03") else {
            panic!("Ctrl-C is a key")
        };
        assert_eq!(
            (k.code, k.modifiers),
            (KeyCode::Char('c'), KeyModifiers::CONTROL)
        );
        let Some(Event::Key(k)) = key(b"\x1a") else {
            panic!("Ctrl-Z is a key")
        };
        assert_eq!(
            (k.code, k.modifiers),
            (KeyCode::Char('z'), KeyModifiers::CONTROL)
        );
        let Some(Event::Key(k)) = key(b"\x1b[A") else {
            panic!("an arrow is a key")
        };
        assert_eq!(k.code, KeyCode::Up);
        let Some(Event::Key(k)) = key(b"\x1bq") else {
            panic!("Esc q is Alt-q")
        };
        assert_eq!(
            (k.code, k.modifiers),
            (KeyCode::Char('q'), KeyModifiers::ALT)
        );
        let Some(Event::Key(k)) = key(b"\x1b") else {
            panic!("Esc is a key")
        };
        assert_eq!(k.code, KeyCode::Esc);
        let Some(Event::Mouse(m)) = key(b"\x1b[<0;10;5M") else {
            panic!("a click is a mouse event")
        };
        assert_eq!(m.kind, MouseEventKind::Down(MouseButton::Left));
        assert_eq!((m.column, m.row), (9, 4));
        assert_eq!(
            decode(Piece::Paste("x".into())),
            Some(Event::Paste("x".into()))
        );
        assert_eq!(key(b"\x1b[99;99;99;99X"), None);
    }
}
