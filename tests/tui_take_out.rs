//! Taking results out: `e` queues an export effect and `y` a copy effect with the Markdown of
//! what is on screen; the event loop performs them and reports back through `Exported` and
//! `Copied`. The content is checked without touching the disk; one test performs the effects.

mod tui_support;

use std::path::PathBuf;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::clipboard::MAX_BYTES;
use regioprofielen::i18n::ERRORS_NL as NL_ERRORS;
use regioprofielen::tui::effect::{self, Copied, CopyFailure, Effect};
use regioprofielen::tui::{Action, App};
use tui_support::*;

/// Presses `e`; the one export effect queued: file name and content.
fn export(a: &mut App) -> (PathBuf, String) {
    ch(a, 'e');
    let effects = a.take_effects();
    assert_eq!(effects.len(), 1, "{effects:?}");
    match effects.into_iter().next() {
        Some(Effect::Export { path, markdown }) => (path, markdown),
        other => panic!("not an export: {other:?}"),
    }
}

fn select(a: &mut App, id: &str) {
    let target = region(a, id);
    while a.selected_region() != Some(target) {
        ch(a, 'j');
    }
}

#[test]
fn e_in_profielen_exports_the_selected_profile() {
    let mut a = app();
    select(&mut a, "twente");
    let (path, md) = export(&mut a);
    assert_eq!(path, PathBuf::from("regioprofiel-twente.md"));
    assert!(md.starts_with("## Twente\n"), "{md}");
    assert!(
        md.contains("*Ruimte voor verbeelding*"),
        "the profile title"
    );
    assert!(md.contains("Onderdeel van ROUTE OOST"));
    assert!(md.contains("### Partners (15)"));
    assert!(md.contains("- **Erfgoed, identiteit en verhalen**: “het belang van het materiële en immateriële erfgoed” (kernpunten)"));
    // Nothing was written yet: update only asks.
    assert!(!std::path::Path::new("regioprofiel-twente.md").exists());
}

#[test]
fn e_in_vergelijk_exports_the_comparison() {
    let mut a = app();
    for id in ["twente", "zeeland"] {
        select(&mut a, id);
        ch(&mut a, ' ');
    }
    ch(&mut a, '3');
    let (path, md) = export(&mut a);
    assert_eq!(path, PathBuf::from("vergelijking-twente-zeeland.md"));
    assert!(md.starts_with("# Twente · Zeeland\n"), "{md}");
    assert!(md.contains(
        "- **Gedeelde thema's**: Erfgoed, identiteit en verhalen · Internationalisering"
    ));
    assert!(md.contains(
        "- **Alleen Twente**: Vernieuwing en experiment · Publiek, participatie en inclusie · Samenwerking en afstemming"
    ));
    assert!(md.contains("- **Alleen Zeeland**: Cultuuronderwijs en educatie · Ruimte voor makers"));
    // Both profiles follow, with the quotes the themes rest on.
    assert!(md.contains("## Twente\n") && md.contains("## Zeeland\n"));
    assert!(md.contains("“de natuurlijke relatie met Duitsland”"));
    assert!(md.contains("“Zeeuwse erfgoedlijnen”"));
}

#[test]
fn e_in_vergelijk_with_one_mark_says_what_is_missing() {
    let mut a = app();
    ch(&mut a, ' ');
    ch(&mut a, '3');
    ch(&mut a, 'e');
    assert!(a.effects().is_empty());
    let msg = a.message().expect("a message");
    assert!(msg.error && msg.text.contains("twee regio's"), "{msg:?}");
}

#[test]
fn e_in_the_matrix_exports_it_filtered_and_sorted() {
    let mut a = app();
    ch(&mut a, '2');
    // The "internationaal" column in the filter, sorted by total.
    let t = theme(&a, "internationaal");
    while a.matrix_col() != t {
        ch(&mut a, 'l');
    }
    ch(&mut a, 'f');
    ch(&mut a, 's');
    let (path, md) = export(&mut a);
    assert_eq!(path, PathBuf::from("matrix.md"));
    assert!(
        md.contains("8 van 15 regio's · filter: Internationalisering (alle)"),
        "{md}"
    );
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Regio") && !l.starts_with("| Totaal"))
        .collect();
    assert_eq!(rows.len(), 8, "only the regions shown");
    let first = &a.data().regions[a.matrix_rows()[0]].name;
    assert!(
        rows[0].starts_with(&format!("| {first} |")),
        "in the order shown"
    );
}

#[test]
fn e_in_context_exports_the_selected_section() {
    let mut a = app();
    ch(&mut a, '4');
    let (path, md) = export(&mut a);
    let heading = &a.data().national[0].heading;
    assert_eq!(path, PathBuf::from("context-inleiding.md"), "{heading}");
    assert!(md.starts_with(&format!("## {heading}\n")));
    assert!(md.contains(&a.data().national[0].items[0].text));
    // The last entry: the areas without a profile.
    ch(&mut a, 'G');
    let (path, md) = export(&mut a);
    assert_eq!(path, PathBuf::from("context-gebieden-zonder-profiel.md"));
    assert!(md.contains(&a.data().without_profile[0].name));
}

#[test]
fn y_queues_the_same_markdown_as_a_copy() {
    let mut a = app();
    let (_, md) = export(&mut a);
    ch(&mut a, 'y');
    assert_eq!(a.take_effects(), vec![Effect::Copy(md)]);
}

#[test]
fn nothing_on_screen_is_nothing_to_take_out() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zzzz");
    press(&mut a, KeyCode::Tab);
    ch(&mut a, 'y');
    assert!(a.effects().is_empty());
    assert!(a.message().expect("a message").text.contains("Niets"));
}

#[test]
fn the_outcomes_show_in_the_status_bar() {
    let mut a = app();
    a.update(Action::Exported(Ok(PathBuf::from("/tmp/x/matrix.md"))));
    assert!(shows(&a, "Opgeslagen: /tmp/x/matrix.md"));
    assert!(!a.message().expect("a message").error);
    a.update(Action::Exported(Err((
        PathBuf::from("/ro/matrix.md"),
        "Permission denied".into(),
    ))));
    let msg = a.message().expect("a message");
    assert!(msg.error);
    assert!(shows(
        &a,
        "Opslaan mislukt (/ro/matrix.md): Permission denied"
    ));
    a.update(Action::Copied(Ok(Copied {
        chars: 1234,
        tmux_buffer: false,
    })));
    assert!(shows(
        &a,
        "Naar de terminal gestuurd, voor het klembord (1234 tekens)."
    ));
    a.update(Action::Copied(Err(CopyFailure::TooLong(200_000))));
    assert!(shows(&a, "Te lang voor het klembord"));
    assert!(
        a.message()
            .expect("a message")
            .text
            .contains("sla op met e")
    );
    a.update(Action::Copied(Err(CopyFailure::Io("gone".into()))));
    assert!(shows(&a, "Kopiëren mislukt: gone"));
    // A resize keeps the message; a key replaces it.
    tui_support::resize(&mut a, 100, 30);
    assert!(a.message().is_some());
    ch(&mut a, 'j');
    assert!(a.message().is_none());
}

#[test]
fn performing_writes_the_file_atomically_and_sends_osc52_to_the_terminal() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut a = app();
    select(&mut a, "zeeland");
    ch(&mut a, 'e');
    ch(&mut a, 'y');
    let mut terminal = Vec::new();
    for eff in a.take_effects() {
        let done = effect::perform(eff, dir.path(), &mut terminal, None, &NL_ERRORS);
        a.update(done);
    }
    let file = dir.path().join("regioprofiel-zeeland.md");
    let saved = std::fs::read_to_string(&file).expect("the file is there");
    assert!(saved.starts_with("## Zeeland\n"));
    let seq = String::from_utf8(terminal).expect("ASCII");
    assert!(
        seq.starts_with("\x1b]52;c;") && seq.ends_with('\x07'),
        "{seq:?}"
    );
    assert_eq!(
        regioprofielen::clipboard::osc52(&saved, false).as_deref(),
        Some(seq.as_str()),
        "the clipboard gets the same Markdown"
    );
    assert!(
        a.message()
            .expect("a message")
            .text
            .starts_with("Naar de terminal gestuurd")
    );
    // Only the file: no temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("readable")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, ["regioprofiel-zeeland.md"]);

    // The export's outcome names the full path.
    let done = effect::perform(
        Effect::Export {
            path: "matrix.md".into(),
            markdown: "x".into(),
        },
        dir.path(),
        &mut Vec::new(),
        None,
        &NL_ERRORS,
    );
    assert_eq!(done, Action::Exported(Ok(dir.path().join("matrix.md"))));
    // A directory that does not exist is an error, reported, not a panic.
    let done = effect::perform(
        Effect::Export {
            path: "matrix.md".into(),
            markdown: "x".into(),
        },
        &dir.path().join("gone"),
        &mut Vec::new(),
        None,
        &NL_ERRORS,
    );
    assert!(matches!(done, Action::Exported(Err(_))), "{done:?}");
}

#[test]
fn copies_in_tmux_send_both_forms_and_huge_ones_are_refused() {
    let mut terminal = Vec::new();
    let done = effect::perform(
        Effect::Copy("ab".into()),
        ".".as_ref(),
        &mut terminal,
        Some(std::path::Path::new("/nonexistent/tmux")),
        &NL_ERRORS,
    );
    assert_eq!(
        done,
        Action::Copied(Ok(Copied {
            chars: 2,
            tmux_buffer: false
        }))
    );
    // The plain sequence (for tmux's set-clipboard), then the wrapped one (for passthrough);
    // a tmux that cannot take the buffer is no failure.
    assert!(terminal.starts_with(b"\x1b]52;c;"));
    let wrapped = b"\x1bPtmux;\x1b\x1b]52;c;";
    assert!(terminal.windows(wrapped.len()).any(|w| w == wrapped));
    let mut terminal = Vec::new();
    let huge = "x".repeat(MAX_BYTES + 1);
    let done = effect::perform(
        Effect::Copy(huge),
        ".".as_ref(),
        &mut terminal,
        None,
        &NL_ERRORS,
    );
    assert_eq!(
        done,
        Action::Copied(Err(CopyFailure::TooLong(MAX_BYTES + 1)))
    );
    assert!(terminal.is_empty(), "nothing is sent");
}
