//! The explorer driven by bytes, as a terminal drives it, without a terminal: what the tests
//! use to press keys, type, paste, click and resize.
//!
//! Bytes take the program's own input path: the [`Framer`] cuts them into pieces (with its
//! time limits, on a clock the driver moves), [`decode`] turns pieces into events, the run
//! loop's [`run::turn`] reads them through the key table into actions (batching typed
//! characters as the real loop does) and the state updates; then the frame is drawn on a
//! test backend, capped as the real one is. Only the terminal itself is missing: a copy
//! writes its escape sequence into [`Driver::terminal_output`], and files are written into a
//! directory of the driver's choosing.

use std::io;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::App;
use super::backend::Capped;
use super::effect::{self, Effect};
use super::input::frame::{Framer, PASTE_WAIT, Piece};
use super::input::reader::{Input, decode};
use super::run::{self, Flow, Outside};
use super::ui;

/// What happens to the effects the state asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effects {
    /// They stay queued on the state, for a test to read (`App::take_effects`).
    Keep,
    /// They are performed: files written into this directory, clipboard sequences into
    /// [`Driver::terminal_output`]; the outcome is reported back to the state, as in the
    /// real loop.
    PerformIn(PathBuf),
}

/// The world outside the state, as the driver keeps it.
#[derive(Debug)]
struct World {
    effects: Effects,
    performed: Vec<Effect>,
    output: Vec<u8>,
    suspends: usize,
    redraws: usize,
}

impl World {
    fn new(effects: Effects) -> Self {
        Self {
            effects,
            performed: Vec::new(),
            output: Vec::new(),
            suspends: 0,
            redraws: 0,
        }
    }
}

impl Outside for World {
    fn perform_effects(&mut self, app: &mut App) {
        let Effects::PerformIn(dir) = &self.effects else {
            return;
        };
        for eff in app.take_effects() {
            self.performed.push(eff.clone());
            let done = effect::perform(eff, dir, &mut self.output, None, app.lang.errors());
            app.update(done);
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.suspends += 1;
        Ok(())
    }

    fn redraw_all(&mut self) -> io::Result<()> {
        self.redraws += 1;
        Ok(())
    }
}

/// The explorer at a terminal size, fed bytes.
pub struct Driver {
    app: App,
    framer: Framer,
    /// The driver's clock: it moves only when the user is said to pause.
    now: Instant,
    terminal: Terminal<Capped<TestBackend>>,
    world: World,
    quit: bool,
    frames: usize,
}

impl Driver {
    /// The explorer over `app` in a terminal of `width` x `height`, drawn once, with its
    /// effects kept on the state.
    pub fn new(app: App, width: u16, height: u16) -> Self {
        Self::with_effects(app, width, height, Effects::Keep)
    }

    /// As [`Driver::new`], with effects handled as `effects` says.
    pub fn with_effects(app: App, width: u16, height: u16, effects: Effects) -> Self {
        let backend = Capped(TestBackend::new(width, height));
        let terminal = Terminal::new(backend).unwrap_or_else(|e| match e {});
        let mut driver = Self {
            app,
            framer: Framer::new(),
            now: Instant::now(),
            terminal,
            world: World::new(effects),
            quit: false,
            frames: 0,
        };
        driver.settle(true);
        driver
    }

    /// The state.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// The state, to change outside the input path (a test's setup only).
    pub fn app_mut(&mut self) -> &mut App {
        &mut self.app
    }

    /// The state, taken back.
    pub fn into_app(self) -> App {
        self.app
    }

    /// Whether the user quit (later input is ignored, as the program has ended).
    pub fn has_quit(&self) -> bool {
        self.quit
    }

    /// How many frames were drawn.
    pub fn frames(&self) -> usize {
        self.frames
    }

    /// How many times the explorer suspended itself (Ctrl-Z).
    pub fn suspends(&self) -> usize {
        self.world.suspends
    }

    /// The effects performed so far (with [`Effects::PerformIn`]).
    pub fn performed(&self) -> &[Effect] {
        &self.world.performed
    }

    /// What was written to the terminal beside the frames: the clipboard's sequences.
    pub fn terminal_output(&self) -> &[u8] {
        &self.world.output
    }

    /// The last frame drawn.
    pub fn buffer(&self) -> &Buffer {
        self.terminal.backend().0.buffer()
    }

    /// Where the terminal's cursor shows after the last frame, when it shows (in a field).
    pub fn cursor(&self) -> Option<(u16, u16)> {
        let backend = &self.terminal.backend().0;
        let at = backend.cursor_position();
        backend.cursor_visible().then_some((at.x, at.y))
    }

    /// The last frame as plain text, a line per row.
    pub fn screen(&self) -> Vec<String> {
        let buf = self.buffer();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    }

    /// Whether the last frame shows `text` on one line.
    pub fn shows(&self, text: &str) -> bool {
        self.screen().iter().any(|l| l.contains(text))
    }

    /// Bytes arriving in one read, and then a pause longer than any time limit of the
    /// input (so a lone Esc counts as the Esc key), as when a person presses a key or
    /// pastes and looks at the screen.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.read(bytes);
        self.pause();
    }

    /// Bytes arriving in one read, with no pause after: what they finish is handled in one
    /// turn of the loop, what they leave unfinished waits for the next read.
    pub fn read(&mut self, bytes: &[u8]) {
        let mut pieces = Vec::new();
        self.framer.feed(bytes, self.now, &mut pieces);
        self.framer.expire(self.now, &mut pieces);
        self.handle(pieces);
    }

    /// Time passes beyond every time limit of the input: an unfinished sequence is dropped,
    /// a lone Esc becomes the Esc key.
    pub fn pause(&mut self) {
        self.now += PASTE_WAIT + Duration::from_millis(1);
        let mut pieces = Vec::new();
        self.framer.expire(self.now, &mut pieces);
        self.handle(pieces);
    }

    /// A key press, encoded as a terminal encodes it (xterm), then a pause.
    pub fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let bytes = key_bytes(code, modifiers);
        self.feed(&bytes);
    }

    /// Each key of `keys` in a read of its own, with a pause after each: a person typing.
    pub fn keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let mut buf = [0u8; 4];
            self.feed(c.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// A bracketed paste of `text`, as a terminal sends it.
    pub fn paste(&mut self, text: &str) {
        self.feed(&paste_bytes(text));
    }

    /// A left click at this cell (0-based column and row), as an SGR mouse report.
    pub fn click(&mut self, column: u16, row: u16) {
        self.feed(&mouse_bytes(0, column, row));
    }

    /// The wheel turned over this cell.
    pub fn wheel(&mut self, column: u16, row: u16, down: bool) {
        self.feed(&mouse_bytes(if down { 65 } else { 64 }, column, row));
    }

    /// The terminal changes size: the loop is woken (as by SIGWINCH), reads the new size
    /// and draws.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().0.resize(width, height);
        self.turn(vec![Input::Resized]);
    }

    /// The process was continued after a stop: the screen is drawn anew.
    pub fn resume(&mut self) {
        self.turn(vec![Input::Resumed]);
    }

    fn handle(&mut self, pieces: Vec<Piece>) {
        let inputs = inputs_of(pieces);
        if !inputs.is_empty() {
            self.turn(inputs);
        }
    }

    /// One turn of the loop over `inputs`, then what the loop does before it waits again:
    /// read the size, draw when something changed.
    fn turn(&mut self, inputs: Vec<Input>) {
        if self.quit {
            return;
        }
        let dirty = match run::turn(&mut self.app, inputs, &mut self.world) {
            Ok(Flow::Quit) => {
                self.quit = true;
                return;
            }
            Ok(Flow::Go { dirty }) => dirty,
            // The driver's world never fails, and it sends no failure as input.
            Err(_) => false,
        };
        self.settle(dirty);
    }

    fn settle(&mut self, dirty: bool) {
        let size = self.terminal.size().unwrap_or_else(|e| match e {});
        let resized = run::sync_size(&mut self.app, size);
        if dirty || resized {
            let app = &self.app;
            // Drawing on a test backend cannot fail.
            let _ = self.terminal.draw(|frame| ui::render(app, frame));
            self.frames += 1;
        }
    }
}

/// The bytes a terminal (xterm) sends for a key press.
pub fn key_bytes(code: KeyCode, modifiers: KeyModifiers) -> Vec<u8> {
    let mut ev = KeyEvent::new(code, modifiers);
    ev.kind = KeyEventKind::Press;
    event_bytes(&Event::Key(ev))
}

/// The bytes of a bracketed paste of `text`.
pub fn paste_bytes(text: &str) -> Vec<u8> {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    bytes
}

/// An SGR mouse report: button code `button` pressed at a 0-based cell.
pub fn mouse_bytes(button: u8, column: u16, row: u16) -> Vec<u8> {
    format!(
        "\x1b[<{button};{};{}M",
        u32::from(column) + 1,
        u32::from(row) + 1
    )
    .into_bytes()
}

/// The bytes a terminal sends for an event, by terminput's encoder (xterm's encoding); an
/// event it cannot encode gives none.
pub fn event_bytes(event: &Event) -> Vec<u8> {
    let mut event = event.clone();
    // crossterm reports Shift-Tab as BackTab with Shift; terminput knows it as Tab with
    // Shift only.
    if let Event::Key(key) = &mut event {
        if key.code == KeyCode::BackTab {
            key.modifiers |= KeyModifiers::SHIFT;
        }
    }
    let Ok(ev) = terminput_crossterm::to_terminput(event.clone()) else {
        return Vec::new();
    };
    let mut buf = vec![0u8; 64 + event_len(&event)];
    match ev.encode(&mut buf, terminput::Encoding::Xterm) {
        Ok(n) => {
            buf.truncate(n);
            buf
        }
        Err(_) => Vec::new(),
    }
}

fn event_len(event: &Event) -> usize {
    match event {
        Event::Paste(text) => text.len(),
        _ => 0,
    }
}

/// Feeds `bytes` to `app` as one read followed by a pause, through the same input path as
/// [`Driver::feed`] but without drawing; effects stay queued on the state. For tests that
/// keep their own `App`.
pub fn feed_app(app: &mut App, bytes: &[u8]) {
    let mut world = World::new(Effects::Keep);
    let mut framer = Framer::new();
    let now = Instant::now();
    let mut pieces = Vec::new();
    framer.feed(bytes, now, &mut pieces);
    framer.expire(now + PASTE_WAIT + Duration::from_millis(1), &mut pieces);
    let inputs = inputs_of(pieces);
    if !inputs.is_empty() {
        let _ = run::turn(app, inputs, &mut world);
    }
}

/// What the reader sends the loop for these pieces: an event each (an unknown sequence is
/// none).
fn inputs_of(pieces: Vec<Piece>) -> Vec<Input> {
    pieces
        .into_iter()
        .filter_map(decode)
        .map(Input::Event)
        .collect()
}
