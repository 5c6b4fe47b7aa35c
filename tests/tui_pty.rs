//! The explorer in a real pseudo-terminal: the built binary at 80x24, driven by keys, its
//! screen read back through a terminal emulator. It must leave the terminal as it found it
//! when quitting and when killed by a signal.

#![cfg(unix)]

mod pty_support;

use portable_pty::PtySize;
use pty_support::{Pty, nz};

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
    pty.expect(&["Toetsen", "Overal", "Ctrl-C"]);

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
    pty.expect(&["terminal gestuurd"]);
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

#[test]
fn bron_search_takes_typed_and_pasted_text_in_a_real_terminal() {
    for size in [(80, 24), (80, 23)] {
        let mut pty = Pty::start_sized(size.0, size.1);
        pty.expect(&["1 Profielen"]);
        // Typed in one write, as a fast typist or a slow link delivers it.
        pty.keys(b"5");
        pty.expect(&["Bron ·"]);
        pty.keys(b"/station noord");
        pty.expect(&["Zoek in de bron / station noord", "treffer 1 van 1"]);
        // Enter keeps the hit; n stays on the only hit, the hint bar offers it.
        pty.keys(b"\r");
        pty.expect(&["n volgende"]);
        // A bracketed paste into a new search.
        pty.keys(b"/\x15");
        pty.keys(b"\x1b[200~erfgoed\x1b[201~");
        pty.expect(&["Zoek in de bron / erfgoed", "treffer 1 van"]);
        pty.keys(b"\r");
        pty.keys(b"n");
        pty.expect(&["treffer 2 van"]);
        pty.keys(b"\x03");
        assert_eq!(pty.exit_code(), 0);
        pty.assert_restored();
    }
}
