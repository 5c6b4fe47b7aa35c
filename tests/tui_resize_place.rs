//! Every view keeps its place across any resize: the selected row, the quote cursor of the
//! text panes, the Bron view's highlighted quote and its search's hit stay in view, over
//! random sequences of sizes between 20x10 and 250x80 (below 60x16 only a message shows;
//! the place comes back with a usable size). Driven through the real input path.

mod tui_support;

use proptest::prelude::*;
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::drive::Driver;
use regioprofielen::tui::layout::{MIN_HEIGHT, MIN_WIDTH, inner};
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::Focus;
use tui_support::data;

/// The states to keep: (name, keys from a fresh start).
const STATES: &[(&str, &[u8])] = &[
    ("last region", b"G"),
    ("profile quote", b"G\rjjjjjjjjjjjj"),
    ("section quote", b"4\rjjjjjjjjjj"),
    ("profile quote", b"jj\r\x1b[B\x1b[B\x1b[B\x1b[B"),
    ("bron mark", b"G\rjjjjjjjjjjjjb"),
    ("bron hit", b"5/erfgoed\rnnnnnnn"),
    ("matrix row", b"2Glllllllll"),
    ("map row", b"6G"),
];

fn start(keys: &[u8], w: u16, h: u16) -> Driver {
    let app = App::with_palette(data(), Lang::Nl, Palette::no_color())
        .with_source(Some(regioprofielen::load::embedded_source()));
    let mut d = Driver::new(app, w, h);
    d.feed(keys);
    d
}

/// Whether the place of state `s` shows on the screen; `Err` says what is lost.
fn in_place(s: usize, d: &Driver) -> Result<(), String> {
    let a = d.app();
    let screen = d.screen();
    let areas = a.areas();
    let rows_in = |r: ratatui::layout::Rect| tui_support::rows_in(d, r);
    let selected = a
        .selected_region()
        .and_then(|r| a.region(r))
        .map(|r| r.short().to_string());
    let Some(name) = selected else {
        return Err("no region selected".into());
    };
    match STATES[s].0 {
        "last region" | "map row" => {
            let list = if STATES[s].0 == "map row" {
                areas.map.list
            } else {
                areas.regions
            };
            let rows = rows_in(list);
            let row = rows.iter().find(|l| l.starts_with('›'));
            match row {
                // Beside the map at 60 columns the list is a strip of signs.
                Some(_) if STATES[s].0 == "map row" => Ok(()),
                Some(l)
                    if l.contains(&name)
                        || name.starts_with(l[3..].trim().trim_end_matches('…')) =>
                {
                    Ok(())
                }
                Some(l) => Err(format!("the selected row is {l:?}, not {name}")),
                None => Err("no selected row in view".into()),
            }
        }
        "matrix row" => {
            let rows = rows_in(areas.matrix.rows.union(areas.matrix.header));
            let shown = screen.iter().any(|l| l.contains('›'));
            if shown || rows.iter().any(|l| l.contains(&name)) {
                Ok(())
            } else {
                Err(format!("{name} not in view"))
            }
        }
        "profile quote" | "section quote" => {
            let pane = if STATES[s].0 == "profile quote" {
                Focus::Detail
            } else {
                Focus::SectionText
            };
            let area = if pane == Focus::Detail {
                areas.detail
            } else {
                areas.section_text
            };
            let r = inner(area);
            let marked = (r.y..r.bottom())
                .filter(|&y| screen[usize::from(y)].chars().nth(usize::from(area.x)) == Some('▌'))
                .count();
            // The quote whole, as it was at the start, where it fits in the pane.
            let w = regioprofielen::tui::pages::wrapped(a, pane, usize::from(r.width));
            let quote = w.stops[a.quote_cursor(pane)].0.len();
            let want = quote.min(usize::from(r.height));
            if marked == want {
                Ok(())
            } else {
                Err(format!(
                    "{marked} of the quote's {quote} lines in view, {want} fit"
                ))
            }
        }
        _ => {
            let b = a.bron();
            let lines = match (&b.mark, b.find.hit()) {
                (_, Some(h)) => h.lines,
                (Some(m), None) => m.lines,
                (None, None) => return Err("nothing highlighted".into()),
            };
            let first = lines[0] as usize - 1;
            if a.bron_shown().contains(&first) {
                Ok(())
            } else {
                Err(format!("line {} not in {:?}", lines[0], a.bron_shown()))
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn every_view_keeps_its_place_across_resizes(
        s in 0..STATES.len(),
        sizes in prop::collection::vec((20u16..=250, 10u16..=80), 1..8),
        last in (60u16..=250, 16u16..=80),
    ) {
        let mut d = start(STATES[s].1, 80, 24);
        prop_assert!(in_place(s, &d).is_ok(), "{}: {:?} before any resize", STATES[s].0, in_place(s, &d));
        for &(w, h) in sizes.iter().chain(std::iter::once(&last)) {
            d.resize(w, h);
            if w >= MIN_WIDTH && h >= MIN_HEIGHT {
                let kept = in_place(s, &d);
                prop_assert!(kept.is_ok(), "{} after {:?} at {w}x{h}: {:?}\n{}", STATES[s].0, sizes, kept, d.screen().join("\n"));
            }
        }
    }
}

#[test]
fn a_zoom_and_back_keeps_a_whole_quote_whole() {
    // Twente's second key point, whole on screen; a tmux zoom to 200x50 and back.
    let s = STATES
        .iter()
        .position(|(_, k)| *k == b"jj\r\x1b[B\x1b[B\x1b[B\x1b[B")
        .expect("the state");
    let mut d = start(STATES[s].1, 80, 24);
    assert_eq!(in_place(s, &d), Ok(()));
    for (w, h) in [(200, 50), (80, 24), (120, 40), (80, 23), (80, 24)] {
        d.resize(w, h);
        assert_eq!(in_place(s, &d), Ok(()), "at {w}x{h}");
    }
}
