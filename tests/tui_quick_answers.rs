//! The answers people look for in a meeting, on a laptop at 80x24 and in a tmux pane of the
//! same window (80x23: tmux's status line takes a row), from a fresh start of the real
//! binary: each within the keys the README promises, the answer whole on screen.

#![cfg(unix)]

mod pty_support;

use pty_support::Pty;

/// The sizes every answer is checked at: a laptop's terminal, and a tmux pane in it.
const SIZES: [(u16, u16); 2] = [(80, 24), (80, 23)];

/// Starts the explorer at a size, presses `keys` (each byte one key; Ctrl-T is 0x14), and
/// returns the screen once `expect` all show; also checks the number of keys.
fn answer_at(size: (u16, u16), keys: &[u8], most: usize, expect: &[&str]) -> (Pty, String) {
    assert!(keys.len() <= most, "{} keys, at most {most}", keys.len());
    let mut pty = Pty::start_sized(size.0, size.1);
    pty.expect(&["1 Profielen", "Regio's (15)"]);
    for &k in keys {
        pty.keys(&[k]);
    }
    pty.expect(expect);
    let screen = pty.screen();
    (pty, screen)
}

fn done(mut pty: Pty) {
    pty.keys(b"\x03");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn which_region_is_hengelo_in() {
    for size in SIZES {
        let (pty, screen) = answer_at(size, b"/heng", 6, &["Twente", "Hengelo"]);
        let row = screen
            .lines()
            .find(|l| l.contains("Twente"))
            .expect("a row for Twente");
        assert!(row.contains("partner: Hengelo"), "{row}");
        // The first result, so Enter would open it.
        assert!(row.contains("› Twente"), "{row}");
        done(pty);
    }
}

#[test]
fn which_regions_name_internationalisation() {
    for size in SIZES {
        let (pty, screen) = answer_at(size, b"/intern", 8, &["Internationalis"]);
        // Every region that names it (an own tag, ●) is listed, and the cover text's paragraph
        // on it comes first.
        let d = regioprofielen::load::embedded().expect("the embedded data");
        let t = d.theme_index("internationaal").expect("the theme");
        let m = regioprofielen::matrix::Matrix::build(&d);
        let tagged: Vec<String> = (0..d.regions.len())
            .filter(|&r| m.has(r, t))
            .map(|r| d.regions[r].short().to_string())
            .collect();
        assert!(tagged.len() >= 6, "{tagged:?}");
        for name in &tagged {
            assert!(
                screen.contains(name.as_str()),
                "{name} not listed:\n{screen}"
            );
        }
        assert!(screen.contains("› § Blik op de toek"), "{screen}");
        done(pty);
    }
}

#[test]
fn how_twente_and_zeeland_differ_by_name() {
    for size in SIZES {
        // Search, Ctrl-T marks the result and empties the field, the same for Zeeland; Esc
        // leaves the field, 3 compares.
        let (pty, screen) = answer_at(
            size,
            b"/tw\x14zee\x14\x1b3",
            10,
            &["Twente", "Zeeland", "Alleen"],
        );
        assert!(screen.contains("3 Vergelijk"));
        done(pty);
    }
}

#[test]
fn which_regions_are_in_route_oost() {
    for size in SIZES {
        let (pty, screen) = answer_at(size, b"2o", 3, &["ROUTE OOST (5)", "Overige regio's (10)"]);
        let d = regioprofielen::load::embedded().expect("the embedded data");
        let lines: Vec<&str> = screen.lines().collect();
        let group = lines
            .iter()
            .position(|l| l.contains("ROUTE OOST (5)"))
            .expect("the group's label");
        let others = lines
            .iter()
            .position(|l| l.contains("Overige regio's (10)"))
            .expect("the others' label");
        // The five between the two labels are exactly the five of ROUTE OOST.
        let shown = &lines[group + 1..others].join("\n");
        for r in d.regions.iter().filter(|r| r.route_oost) {
            let short = r.short();
            assert!(shown.contains(short), "{short} not in the group:\n{shown}");
        }
        done(pty);
    }
}

#[test]
fn the_five_questions_to_the_raad_all_visible() {
    for size in SIZES {
        let (pty, screen) = answer_at(
            size,
            b"4Gk\t",
            4,
            &["Vragen aan de Raad voor Cultuur", "langere"],
        );
        // Each question starts on screen with the document's own bullet, and none is
        // numbered (the document numbers none).
        let d = regioprofielen::load::embedded().expect("the embedded data");
        let section = d
            .national
            .iter()
            .find(|s| s.heading.starts_with("Vragen aan de Raad"))
            .expect("the questions' section");
        let questions: Vec<&str> = section
            .items
            .iter()
            .filter(|i| i.kind == regioprofielen::model::SectionItemKind::Question)
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(questions.len(), 5);
        for q in &questions {
            let start: String = q.chars().take(40).collect();
            assert!(screen.contains(&format!("• {start}")), "{start}:\n{screen}");
        }
        assert!(!screen.contains("1. "), "{screen}");
        // The last question ends on screen.
        assert!(screen.contains("langere termijn?"), "{screen}");
        done(pty);
    }
}

#[test]
fn the_areas_without_a_profile() {
    for size in SIZES {
        let (pty, screen) = answer_at(size, b"4G", 3, &["Gebieden zonder profiel", "Schiedam"]);
        for area in ["Schiedam", "Noord-Holland Noord", "Midden en Noord-Limburg"] {
            assert!(screen.contains(area), "{area}:\n{screen}");
        }
        done(pty);
    }
}

#[test]
fn every_region_shows_at_the_start() {
    for size in SIZES {
        let (pty, screen) = answer_at(size, b"", 0, &["Regio's (15)", "Rotterdam en regio"]);
        let d = regioprofielen::load::embedded().expect("the embedded data");
        for r in &d.regions {
            assert!(
                screen.contains(r.short()),
                "{} at {size:?}:\n{screen}",
                r.name
            );
        }
        done(pty);
    }
}
