//! Random sessions: keys, clicks, wheel turns, pastes and resizes at every size from 1x1 to
//! 250x80, drawing after each step. Nothing may panic, and the cursors stay in range.

mod tui_support;

use proptest::prelude::*;
use ratatui::crossterm::event::MouseButton;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers, MouseEvent, MouseEventKind};
use regioprofielen::tui::App;
use tui_support::*;

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Mouse(MouseEventKind, u16, u16),
    Resize(u16, u16),
    Paste(String),
}

fn key() -> impl Strategy<Value = Step> {
    // With the keys for marks (Space, X), the matrix (f, o, c), saving and copying (e, y).
    let chars = "qjkgGhl1234 /axs?QzéXfocey".chars().collect::<Vec<_>>();
    let codes = vec![
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::F(1),
    ];
    prop_oneof![
        4 => prop::sample::select(chars).prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        3 => prop::sample::select(codes).prop_map(|c| Step::Key(c, KeyModifiers::NONE)),
        1 => Just(Step::Key(KeyCode::Char('u'), KeyModifiers::CONTROL)),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let mouse_kind = prop_oneof![
        Just(MouseEventKind::Down(MouseButton::Left)),
        Just(MouseEventKind::ScrollDown),
        Just(MouseEventKind::ScrollUp),
        Just(MouseEventKind::Moved),
    ];
    prop_oneof![
        8 => key(),
        3 => (mouse_kind, 0u16..250, 0u16..80).prop_map(|(k, x, y)| Step::Mouse(k, x, y)),
        1 => (1u16..=250, 1u16..=80).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => "[a-zé \\n]{0,6}".prop_map(Step::Paste),
    ]
}

fn event(step: &Step) -> Event {
    match step {
        Step::Key(code, mods) => key_event(*code, *mods),
        Step::Mouse(kind, x, y) => Event::Mouse(MouseEvent {
            kind: *kind,
            column: *x,
            row: *y,
            modifiers: KeyModifiers::NONE,
        }),
        Step::Resize(w, h) => Event::Resize(*w, *h),
        Step::Paste(s) => Event::Paste(s.clone()),
    }
}

fn check_invariants(app: &App) -> Result<(), TestCaseError> {
    let regions = app.data().regions.len();
    let themes = app.data().themes.len();
    prop_assert!(app.selection() < regions);
    let visible = app.visible_regions();
    if !visible.is_empty() {
        prop_assert!(
            app.selected_region().is_some(),
            "a visible region is selected"
        );
        // The list holds the regions and, while searching, passages of the cover text.
        prop_assert!(app.region_offset() < app.list_rows().len());
    }
    prop_assert!(app.filter_cursor() < themes);
    prop_assert!(app.matrix_col() < themes);
    prop_assert!(app.section() < app.section_count().max(1));
    prop_assert!(app.search().field.cursor() <= app.search().query().chars().count());
    prop_assert_eq!(app.focus().view(), app.view());
    let marks = app.marks();
    prop_assert!(marks.len() <= 4, "at most four marks");
    prop_assert!(marks.iter().all(|&r| r < regions));
    prop_assert!(
        marks
            .iter()
            .enumerate()
            .all(|(i, r)| !marks[i + 1..].contains(r))
    );
    prop_assert!(app.compare_col() < app.compared().len().max(1));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_never_panic_and_keep_the_selection_in_range(
        start in (1u16..=250, 1u16..=80),
        steps in prop::collection::vec(step(), 1..=40),
    ) {
        let mut app = sized(start.0, start.1);
        let _ = render(&app);
        for s in &steps {
            send(&mut app, &event(s));
            // Saving and copying only queue work, which this test drops: a random session
            // never writes files or clipboard sequences.
            prop_assert!(app.effects().len() <= 1, "one key, at most one effect");
            drop(app.take_effects());
            // Draw at the size the app knows, as the terminal would.
            let _ = backend(&app);
            check_invariants(&app)?;
        }
    }
}
