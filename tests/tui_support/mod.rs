//! Helpers shared by the explorer's tests: an app at a size, key presses through the real key
//! table, and renders on a test backend.

#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use regioprofielen::i18n::Lang;
use regioprofielen::model::Dataset;
use regioprofielen::tui::drive::{self, Driver};
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::{Action, App, ui};

/// The embedded dataset.
pub fn data() -> Dataset {
    regioprofielen::load::embedded().expect("the embedded dataset loads")
}

/// A fresh Dutch app at 80x24, without colour so renders do not depend on the environment.
pub fn app() -> App {
    sized(80, 24)
}

/// A fresh Dutch app at this size.
pub fn sized(w: u16, h: u16) -> App {
    let mut app = App::with_palette(data(), Lang::Nl, Palette::no_color());
    app.update(Action::Resize(w, h));
    app
}

/// A fresh app in this language at this size.
pub fn in_lang(lang: Lang, w: u16, h: u16) -> App {
    let mut app = App::with_palette(data(), lang, Palette::no_color());
    app.update(Action::Resize(w, h));
    app
}

/// A key press event.
pub fn key_event(code: KeyCode, modifiers: KeyModifiers) -> Event {
    let mut ev = KeyEvent::new(code, modifiers);
    ev.kind = KeyEventKind::Press;
    Event::Key(ev)
}

/// Sends an event as a terminal does: its bytes (xterm's encoding) through the program's
/// own input path (the frame decoder, the run loop's turn, the key table) into `update`.
pub fn send(app: &mut App, ev: &Event) {
    match ev {
        // A resize is no input: the loop reads the terminal's size on every turn.
        Event::Resize(w, h) => {
            regioprofielen::tui::run::sync_size(app, ratatui::layout::Size::new(*w, *h));
        }
        _ => drive::feed_app(app, &drive::event_bytes(ev)),
    }
}

/// Bytes from the terminal in one read, then a pause, through the real input path.
pub fn bytes(app: &mut App, bytes: &[u8]) {
    drive::feed_app(app, bytes);
}

/// Presses a key without modifiers.
pub fn press(app: &mut App, code: KeyCode) {
    send(app, &key_event(code, KeyModifiers::NONE));
}

/// Presses a character key.
pub fn ch(app: &mut App, c: char) {
    press(app, KeyCode::Char(c));
}

/// Presses Ctrl and a letter.
pub fn ctrl(app: &mut App, c: char) {
    send(app, &key_event(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Types text quickly: every character arrives in one read, so the run loop meets them in
/// one burst (as when a person types fast, or over a slow link).
pub fn type_text(app: &mut App, text: &str) {
    drive::feed_app(app, text.as_bytes());
}

/// Types text slowly: a read, and a pause, per character.
pub fn type_slowly(app: &mut App, text: &str) {
    for c in text.chars() {
        ch(app, c);
    }
}

/// A bracketed paste of `text`.
pub fn paste(app: &mut App, text: &str) {
    drive::feed_app(app, &drive::paste_bytes(text));
}

/// A left click at this cell (0-based), as the terminal reports it.
pub fn click(app: &mut App, x: u16, y: u16) {
    drive::feed_app(app, &drive::mouse_bytes(0, x, y));
}

/// The wheel turned over this cell.
pub fn wheel(app: &mut App, x: u16, y: u16, down: bool) {
    drive::feed_app(app, &drive::mouse_bytes(if down { 65 } else { 64 }, x, y));
}

/// The terminal changes size: the loop reads the new size on its next turn.
pub fn resize(app: &mut App, w: u16, h: u16) {
    regioprofielen::tui::run::sync_size(app, ratatui::layout::Size::new(w, h));
}

/// The explorer in a test terminal of this size, Dutch, without colour.
pub fn driver(w: u16, h: u16) -> Driver {
    Driver::new(
        App::with_palette(data(), Lang::Nl, Palette::no_color()),
        w,
        h,
    )
}

/// The explorer in this language in a test terminal of this size.
pub fn driver_in(lang: Lang, w: u16, h: u16) -> Driver {
    Driver::new(App::with_palette(data(), lang, Palette::no_color()), w, h)
}

/// The test backend after drawing the app at its size.
pub fn backend(app: &App) -> TestBackend {
    let size = app.size();
    let mut terminal =
        Terminal::new(TestBackend::new(size.width, size.height)).expect("a test terminal");
    terminal
        .draw(|frame| ui::render(app, frame))
        .expect("drawing on a test backend");
    terminal.backend().clone()
}

/// The drawn screen as the snapshot format (one quoted line per row).
pub fn render(app: &App) -> String {
    backend(app).to_string()
}

/// The drawn screen as plain text lines.
pub fn screen(app: &App) -> Vec<String> {
    let b = backend(app);
    let buf = b.buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

/// Whether the drawn screen shows `text` somewhere on one line.
pub fn shows(app: &App, text: &str) -> bool {
    screen(app).iter().any(|l| l.contains(text))
}

/// The index of the region with this id.
pub fn region(app: &App, id: &str) -> usize {
    app.data()
        .region_index(id)
        .expect("a region of the dataset")
}

/// The index of the theme with this id.
pub fn theme(app: &App, id: &str) -> usize {
    app.data().theme_index(id).expect("a theme of the taxonomy")
}

/// The rows of `area`'s inside on the driver's screen, its frame left out.
pub fn rows_in(d: &Driver, area: ratatui::layout::Rect) -> Vec<String> {
    let r = regioprofielen::tui::layout::inner(area);
    d.screen()
        .iter()
        .skip(usize::from(r.y))
        .take(usize::from(r.height))
        .map(|l| {
            l.chars()
                .skip(usize::from(r.x))
                .take(usize::from(r.width))
                .collect()
        })
        .collect()
}

/// The words inside `area` in reading order, its frame left out, so a sentence wrapped over
/// lines reads as one.
pub fn words_in(d: &Driver, area: ratatui::layout::Rect) -> String {
    let text = rows_in(d, area).join(" ");
    let text: String = text
        .chars()
        .map(|c| if "│┃█▌".contains(c) { ' ' } else { c })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
