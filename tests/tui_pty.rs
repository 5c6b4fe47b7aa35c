//! The explorer in a real pseudo-terminal: the built binary at 80x24, driven by keys, its
//! screen read back through a terminal emulator. It must leave the terminal as it found it
//! when quitting and when killed by a signal.

#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Generous: a loaded CI machine may be slow to start a debug binary.
const TIMEOUT: Duration = Duration::from_secs(15);

struct Pty {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    raw: Vec<u8>,
}

impl Pty {
    fn start() -> Self {
        Self::start_in(None)
    }

    /// Starts the binary with `cwd` as its working directory (where it saves files).
    fn start_in(cwd: Option<&std::path::Path>) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_regioprofielen"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // The clipboard sequence is wrapped inside tmux; the tests expect the plain one.
        cmd.env_remove("TMUX");
        if let Some(dir) = cwd {
            cmd.cwd(dir);
        }
        let child = pair.slave.spawn_command(cmd).expect("the binary starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        // Read on a thread: reading a pty blocks, and the test must be able to time out.
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if tx.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Self {
            master: pair.master,
            child,
            writer,
            output,
            parser: vt100::Parser::new(nz(24), nz(80), 0),
            raw: Vec::new(),
        }
    }

    /// Feeds what arrives within `wait` to the screen.
    fn pump(&mut self, wait: Duration) {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
                while let Ok(more) = self.output.try_recv() {
                    self.parser.process(&more);
                    self.raw.extend_from_slice(&more);
                }
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {}
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows every one of `texts`.
    fn expect(&mut self, texts: &[&str]) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let screen = self.screen();
            if texts.iter().all(|t| screen.contains(t)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {texts:?}; the screen shows:\n{screen}\nlast output: {:?}",
                String::from_utf8_lossy(&self.raw[self.raw.len().saturating_sub(600)..])
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`.
    fn expect_gone(&mut self, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while self.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?} to go; the screen shows:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("writing to the pty");
        self.writer.flush().expect("flushing the pty");
    }

    /// Waits for the program to end; its exit code.
    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.pump(Duration::from_millis(50));
            if let Some(status) = self.child.try_wait().expect("the child's status") {
                // Whatever was written before exiting is still in the pipe.
                self.pump(Duration::from_millis(200));
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "the program did not end");
        }
    }

    /// Asserts that the terminal was handed back: main screen, cursor shown, mouse and
    /// paste modes off, raw mode off.
    fn assert_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture still on"
        );
        assert!(!screen.bracketed_paste(), "bracketed paste still on");
        let raw = String::from_utf8_lossy(&self.raw);
        let entered = raw
            .rfind("\x1b[?1049h")
            .expect("entered the alternate screen");
        let left = raw.rfind("\x1b[?1049l").expect("left the alternate screen");
        assert!(left > entered);
        let shown = raw.rfind("\x1b[?25h").expect("showed the cursor");
        assert!(shown > entered);
        let mouse_off = raw
            .rfind("\x1b[?1000l")
            .expect("switched mouse capture off");
        assert!(mouse_off > raw.rfind("\x1b[?1000h").expect("captured the mouse"));
        // Raw mode off: the line discipline echoes and edits lines again. (The flags are
        // read through their names, so the test needs no terminal crate of its own.)
        let termios = self.master.get_termios();
        if cfg!(target_os = "linux") {
            assert!(termios.is_some(), "the pty's termios can be read on Linux");
        }
        if let Some(termios) = termios {
            let local = format!("{:?}", termios.local_flags);
            assert!(local.contains("ICANON"), "raw mode still on: {local}");
            assert!(local.contains("ECHO"), "raw mode still on: {local}");
        }
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size above zero")
}

fn region_names() -> Vec<String> {
    let data = regioprofielen::load::embedded().expect("the embedded dataset");
    data.regions.into_iter().map(|r| r.name).collect()
}

#[test]
fn a_session_in_a_real_terminal_and_a_clean_exit() {
    let names = region_names();
    let mut pty = Pty::start();
    // The cursor mark, then the (empty) comparison mark, then the name.
    pty.expect(&["1 Profielen", "Regio's (15)", &format!("› {}", names[0])]);
    pty.expect(&["Profielen › Regio's"]);
    // While running, the terminal is raw (so the check after the exit can fail).
    if let Some(termios) = pty.master.get_termios() {
        let local = format!("{:?}", termios.local_flags);
        assert!(!local.contains("ICANON"), "raw mode while running: {local}");
    }

    pty.keys(b"j");
    pty.expect(&[&format!("› {}", names[1])]);
    pty.keys(b" ");
    pty.expect(&[&format!("›✓{}", names[1]), "✓ 1 gemarkeerd"]);

    pty.keys(b"\r");
    pty.expect(&["Profielen › Profiel", "Kernpunten"]);

    pty.keys(b"2");
    pty.expect(&["sortering", "Totaal", "Σ"]);

    pty.keys(b"?");
    pty.expect(&["Toetsen", "Bron: het document zelf, met regelnummers"]);

    pty.keys(b"\x1b");
    pty.expect_gone("Toetsen");
    pty.expect(&["Totaal"]);

    pty.keys(b"4");
    pty.expect(&["Secties", "Inleiding", "Context › Secties"]);

    pty.keys(b"q");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn y_sends_the_profile_to_the_clipboard_and_e_saves_it_in_the_working_directory() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut pty = Pty::start_in(Some(dir.path()));
    pty.expect(&["Regio's (15)"]);
    pty.keys(b"y");
    pty.expect(&["Naar het klembord gestuurd"]);
    // The sequence went to the terminal itself, beside the frames.
    let raw = String::from_utf8_lossy(&pty.raw).into_owned();
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\x07').expect("the sequence's end");
    let copied =
        base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &raw[start..end])
            .expect("base64");
    let copied = String::from_utf8(copied).expect("UTF-8");
    // The document named once at the top, then the profile with the lines of each quote.
    assert!(
        copied.starts_with(
            "Bron: *Aandachtspunten bij profielen van stedelijke regio’s*; regelnummers (r.) volgens de brontekst.\n\n## We The North (r. 272)\n"
        ),
        "{copied}"
    );
    assert!(
        copied.contains("- bereik nieuw publiek (r. 310)"),
        "{copied}"
    );

    pty.keys(b"e");
    pty.expect(&["Opgeslagen:", "regioprofiel-we-the-north.md"]);
    let saved = std::fs::read_to_string(dir.path().join("regioprofiel-we-the-north.md"))
        .expect("the file was written");
    assert_eq!(saved, copied, "saved and copied are the same Markdown");
    pty.keys(b"q");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);
    let pid = pty.child.process_id().expect("the child's pid");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    assert_eq!(
        pty.exit_code(),
        128 + 15,
        "exits through the signal handler"
    );
    pty.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);
    let pid = pty.child.process_id().expect("the child's pid");
    let status = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    assert_eq!(pty.exit_code(), 128 + 1);
    pty.assert_restored();
}

#[test]
fn ctrl_c_quits_even_while_searching() {
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);
    pty.keys(b"/zwo");
    pty.expect(&["Zoek / zwo", "Zwolle"]);
    pty.keys(b"\x03");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn a_resize_redraws_and_too_small_shows_the_message() {
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);
    let small = PtySize {
        rows: 10,
        cols: 40,
        pixel_width: 0,
        pixel_height: 0,
    };
    pty.master.resize(small).expect("resizing the pty");
    pty.parser.set_size(nz(10), nz(40));
    pty.expect(&["Terminal te klein"]);
    pty.master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("resizing the pty");
    pty.parser.set_size(nz(24), nz(80));
    pty.expect(&["Profielen › Regio's", "Regio's (15)"]);
    pty.keys(b"q");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn without_a_terminal_it_points_to_the_subcommands_and_exits_2() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(regioprofielen::i18n::Lang::Nl.texts().not_a_terminal),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn b_opens_the_source_at_the_quote_and_esc_returns_from_the_profile_the_matrix_and_a_search_result()
{
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);

    // The profile: the quote cursor on the first key point.
    pty.keys(b"\r");
    pty.expect(&["Profielen › Profiel"]);
    pty.keys(b"jjjj");
    pty.keys(b"b");
    pty.expect(&[
        "Bron · Aandachtspunten",
        "▶ We The North: kernpunt 1 · r. 286–292",
        "286 ▶ Plusprogramma",
    ]);
    pty.keys(b"\x1b");
    pty.expect(&["Profielen › Profiel", "Kernpunten"]);
    pty.expect_gone("▶ We The North");

    // The matrix: the cell under the cursor, We The North × the first theme.
    pty.keys(b"2");
    pty.expect(&["sortering"]);
    pty.keys(b"b");
    pty.expect(&["▶ We The North: ● Cultuuronderwijs · r. 296", "296 ▶ Drie"]);
    pty.keys(b"\x1b");
    pty.expect(&["sortering", "Totaal"]);
    pty.expect_gone("Bron · Aandachtspunten");

    // A search result in the region list.
    pty.keys(b"1");
    pty.keys(b"/hengelo");
    pty.expect(&["Zoek / hengelo"]);
    pty.keys(b"\t");
    pty.expect(&["zoek: 'hengelo'"]);
    pty.keys(b"b");
    pty.expect(&["▶ Twente: partners · r. 374", "374 ▶"]);
    pty.keys(b"\x1b");
    pty.expect(&["zoek: 'hengelo'", "Profielen › Regio's"]);
    pty.expect_gone("▶ Twente");

    pty.keys(b"q");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}
