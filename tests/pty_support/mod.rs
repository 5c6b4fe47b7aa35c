//! The explorer in a pseudo-terminal, for the tests that drive the real binary: start it,
//! send keys, read its screen back through a terminal emulator, check the terminal was
//! handed back.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The binary, as the tests start it: a known terminal type, colour on, no tmux.
pub fn command() -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_regioprofielen"));
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    // The clipboard sequence is wrapped inside tmux; the tests expect the plain one.
    cmd.env_remove("TMUX");
    cmd
}

/// Generous: a loaded CI machine may be slow to start a debug binary.
pub const TIMEOUT: Duration = Duration::from_secs(15);

pub struct Pty {
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    pub raw: Vec<u8>,
}

impl Pty {
    pub fn start() -> Self {
        Self::start_in(None)
    }

    /// Starts the binary with `cwd` as its working directory (where it saves files).
    pub fn start_in(cwd: Option<&std::path::Path>) -> Self {
        let mut cmd = command();
        if let Some(dir) = cwd {
            cmd.cwd(dir);
        }
        Self::spawn(cmd)
    }

    /// Starts the binary in a pseudo-terminal of this size.
    pub fn start_sized(cols: u16, rows: u16) -> Self {
        Self::spawn_sized(command(), cols, rows)
    }

    /// Starts `cmd` in a new pseudo-terminal of 80x24.
    pub fn spawn(cmd: CommandBuilder) -> Self {
        Self::spawn_sized(cmd, 80, 24)
    }

    /// Starts `cmd` in a new pseudo-terminal of this size.
    pub fn spawn_sized(cmd: CommandBuilder, cols: u16, rows: u16) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
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
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            raw: Vec::new(),
        }
    }

    /// Feeds what arrives within `wait` to the screen.
    pub fn pump(&mut self, wait: Duration) {
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

    /// Reads output for all of `time` (not only until the first output arrives).
    pub fn settle(&mut self, time: Duration) {
        let end = Instant::now() + time;
        while Instant::now() < end {
            self.pump(end.saturating_duration_since(Instant::now()));
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows every one of `texts`.
    pub fn expect(&mut self, texts: &[&str]) {
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
    pub fn expect_gone(&mut self, text: &str) {
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

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    /// A line of the child's `/proc/PID/status`, e.g. "VmRSS", as its number (kB).
    pub fn status_kb(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the child's status");
        status
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{field}:")))
            .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {field} in the status"))
    }

    /// The child's state letter from `/proc/PID/stat`: R, S, T (stopped), Z, …
    pub fn state(&self) -> char {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid()))
            .expect("the child's stat");
        // After the command name in brackets, which may hold spaces.
        let after = &stat[stat.rfind(')').expect("a command name") + 1..];
        after.trim_start().chars().next().expect("a state")
    }

    /// Waits until the child is in `state`, reading its output meanwhile.
    pub fn wait_state(&mut self, state: char) {
        let deadline = Instant::now() + TIMEOUT;
        while self.state() != state {
            assert!(
                Instant::now() < deadline,
                "the child never reached state {state}"
            );
            self.pump(Duration::from_millis(20));
        }
        // What the child wrote before it stopped is in the pseudo-terminal; the reading
        // thread may not have passed it on yet on a busy machine: read for a while.
        self.settle(Duration::from_millis(300));
    }

    /// Sends a signal to the child, by name (e.g. "TSTP").
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{name}");
    }

    /// Whether the terminal is in raw mode (no line editing, no echo).
    pub fn is_raw(&self) -> bool {
        let termios = self.master.get_termios().expect("the pty's modes");
        let local = format!("{:?}", termios.local_flags);
        // The flags by name: ECHO itself, not ECHOE or ECHOKE.
        let has = |flag: &str| {
            local
                .split(|c: char| !c.is_alphanumeric())
                .any(|f| f == flag)
        };
        !has("ICANON") && !has("ECHO")
    }

    /// Resizes the terminal and the emulator that reads it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.resize_terminal_only(cols, rows);
        self.parser.set_size(nz(rows), nz(cols));
    }

    /// Resizes the terminal but not the emulator (which would need memory for every cell of
    /// a huge screen); for checks of modes and memory, not of the screen.
    pub fn resize_terminal_only(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resizing the pty");
    }

    pub fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("writing to the pty");
        self.writer.flush().expect("flushing the pty");
    }

    /// Waits for the program to end; its exit code.
    pub fn exit_code(&mut self) -> u32 {
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
    pub fn assert_restored(&self) {
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

pub fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size above zero")
}
