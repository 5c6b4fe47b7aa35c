//! Renders of the explorer on a test backend, compared with the accepted snapshots in
//! `tests/snapshots/`. Review a changed snapshot before accepting it.

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::View;
use regioprofielen::tui::{Action, App};
use tui_support::*;

fn at(view: View, w: u16, h: u16) -> App {
    let mut a = sized(w, h);
    a.update(Action::ShowView(view));
    a
}

#[test]
fn profiles_80x24() {
    assert_snapshot!(render(&at(View::Profiles, 80, 24)));
}

#[test]
fn profiles_120x40() {
    assert_snapshot!(render(&at(View::Profiles, 120, 40)));
}

#[test]
fn profile_of_flevoland_scrolled_80x24() {
    // A municipality in two regions is marked, and the profile scrolls: ↓ walks its quotes
    // (name, title, the partners of each kind, the key points) and the text follows the
    // quote cursor, marked on the left border.
    let mut a = app();
    let flevoland = region(&a, "flevoland");
    while a.selected_region() != Some(flevoland) {
        ch(&mut a, 'j');
    }
    press(&mut a, KeyCode::Enter);
    for _ in 0..7 {
        ch(&mut a, 'j');
    }
    assert_snapshot!(render(&a));
}

#[test]
fn matrix_80x24() {
    let mut a = at(View::Matrix, 80, 24);
    for _ in 0..6 {
        ch(&mut a, 'l');
    }
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    assert_snapshot!(render(&a));
}

#[test]
fn matrix_120x40() {
    let mut a = at(View::Matrix, 120, 40);
    ch(&mut a, 's');
    assert_snapshot!(render(&a));
}

#[test]
fn compare_80x24() {
    assert_snapshot!(render(&at(View::Compare, 80, 24)));
}

#[test]
fn compare_120x40() {
    assert_snapshot!(render(&at(View::Compare, 120, 40)));
}

/// An app at this size with these regions marked (in this order) and the view shown.
fn marked(view: View, w: u16, h: u16, ids: &[&str]) -> App {
    let mut a = sized(w, h);
    for id in ids {
        let r = region(&a, id);
        while a.selected_region() != Some(r) {
            press(&mut a, KeyCode::Down);
        }
        ch(&mut a, ' ');
    }
    a.update(Action::ShowView(view));
    a
}

#[test]
fn compare_two_80x24() {
    assert_snapshot!(render(&marked(
        View::Compare,
        80,
        24,
        &["twente", "zeeland"]
    )));
}

#[test]
fn compare_three_80x24_shifted() {
    // Two columns fit; → shows the second and third, and the border says so.
    let mut a = marked(View::Compare, 80, 24, &["twente", "zeeland", "leiden"]);
    ch(&mut a, 'l');
    assert_snapshot!(render(&a));
}

#[test]
fn compare_four_160x40() {
    let ids = ["we-the-north", "twente", "zeeland", "zuid"];
    assert_snapshot!(render(&marked(View::Compare, 160, 40, &ids)));
}

#[test]
fn profiles_with_marks_80x24() {
    let mut a = marked(View::Profiles, 80, 24, &["twente", "zeeland"]);
    press(&mut a, KeyCode::Enter);
    assert_snapshot!(render(&a));
}

#[test]
fn matrix_chart_80x24() {
    // At 80 columns the chart takes the place of the theme names.
    let mut a = marked(View::Matrix, 80, 24, &["twente"]);
    ch(&mut a, 'c');
    assert_snapshot!(render(&a));
}

#[test]
fn matrix_grouped_with_chart_120x40() {
    let mut a = at(View::Matrix, 120, 40);
    ch(&mut a, 'o');
    ch(&mut a, 's');
    assert_snapshot!(render(&a));
}

#[test]
fn matrix_grouped_80x24() {
    let mut a = at(View::Matrix, 80, 24);
    ch(&mut a, 'o');
    assert_snapshot!(render(&a));
}

#[test]
fn context_80x24() {
    assert_snapshot!(render(&at(View::Context, 80, 24)));
}

#[test]
fn context_120x40() {
    let mut a = at(View::Context, 120, 40);
    // "Blik op de toekomst": the attention points and the programme themes.
    for _ in 0..3 {
        ch(&mut a, 'j');
    }
    press(&mut a, KeyCode::Tab);
    for _ in 0..12 {
        ch(&mut a, 'j');
    }
    assert_snapshot!(render(&a));
}

#[test]
fn help_80x24() {
    let mut a = app();
    ch(&mut a, '?');
    assert_snapshot!(render(&a));
}

#[test]
fn help_120x40_scrolled() {
    let mut a = sized(120, 40);
    ch(&mut a, '?');
    ch(&mut a, 'G');
    assert_snapshot!(render(&a));
}

#[test]
fn filter_with_two_themes_80x24() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    for t in ["talent", "internationaal"] {
        let t = theme(&a, t);
        while a.filter_cursor() != t {
            ch(&mut a, 'j');
        }
        ch(&mut a, ' ');
    }
    assert_snapshot!(render(&a));
}

#[test]
fn filter_with_two_themes_any_list_focused_120x40() {
    let mut a = sized(120, 40);
    press(&mut a, KeyCode::Tab);
    ch(&mut a, ' ');
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    ch(&mut a, 'a');
    press(&mut a, KeyCode::BackTab);
    assert_snapshot!(render(&a));
}

#[test]
fn search_typing_80x24() {
    let mut a = app();
    ch(&mut a, '/');
    for c in "stedel".chars() {
        ch(&mut a, c);
    }
    assert_snapshot!(render(&a));
}

#[test]
fn too_small_40x10() {
    assert_snapshot!(render(&sized(40, 10)));
}

#[test]
fn below_the_minimum_only_the_message_is_drawn_as_far_as_it_fits() {
    let message: String = [
        "Terminal te klein",
        "Minimaal 60×16 nodig",
        "Vergroot het venster",
    ]
    .concat()
    .chars()
    .filter(|c| !c.is_whitespace())
    .collect();
    for (w, h) in [(1, 1), (2, 1), (1, 5), (59, 16), (60, 15), (10, 3), (30, 8)] {
        let a = sized(w, h);
        assert!(a.too_small(), "{w}x{h}");
        let lines = screen(&a);
        assert_eq!(lines.len(), usize::from(h));
        assert!(lines.iter().all(|l| l.chars().count() == usize::from(w)));
        // Whatever is drawn is the message's own text, from some point on: no pane leaks.
        let drawn: String = lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(!drawn.is_empty(), "{w}x{h}: nothing drawn");
        let start: String = drawn.chars().take(4).collect();
        assert!(message.contains(&start), "{w}x{h}: {drawn:?}");
        if w >= 30 && h >= 8 {
            assert!(shows(&a, "Terminal te klein"), "{w}x{h}");
            assert!(shows(&a, &format!("nu {w}×{h}")), "{w}x{h}");
        }
    }
    let a = sized(60, 16);
    assert!(!a.too_small());
    assert_snapshot!("minimum_60x16", render(&a));
}

#[test]
fn english_profiles_80x24() {
    assert_snapshot!(render(&in_lang(Lang::En, 80, 24)));
}

#[test]
fn english_matrix_80x24() {
    let mut a = in_lang(Lang::En, 80, 24);
    ch(&mut a, '2');
    assert_snapshot!(render(&a));
}

#[test]
fn no_color_has_no_colour_but_a_visible_selection() {
    let a = app();
    let b = backend(&a);
    let buf = b.buffer();
    let mut reversed = 0;
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
    }
    assert!(
        reversed > 0,
        "the selection and the status bar are in reverse video"
    );
    // The colour palette uses colour only for accents: the region names keep the default.
    let mut c = App::with_palette(data(), Lang::Nl, Palette::color());
    tui_support::resize(&mut c, 80, 24);
    let b = backend(&c);
    let colored = b
        .buffer()
        .content()
        .iter()
        .filter(|c| c.fg != Color::Reset)
        .count();
    assert!(colored > 0 && colored < 200, "{colored} coloured cells");
}

#[test]
fn without_colour_the_selection_and_the_matrix_cursor_are_in_reverse_video() {
    let mut a = app();
    ch(&mut a, 'j');
    let list = regioprofielen::tui::layout::inner(a.areas().regions);
    let b = backend(&a);
    let row = &b.buffer()[(list.x + 3, list.y + 1)];
    assert!(row.modifier.contains(Modifier::REVERSED), "{row:?}");
    let other = &b.buffer()[(list.x + 3, list.y + 2)];
    assert!(!other.modifier.contains(Modifier::REVERSED));

    ch(&mut a, '2');
    ch(&mut a, 'l');
    let m = a.areas().matrix;
    let pos = a
        .matrix_rows()
        .iter()
        .position(|&r| Some(r) == a.selected_region());
    let y = m.rows.y + u16::try_from(pos.expect("the selected row")).expect("small");
    let b = backend(&a);
    let cursor = &b.buffer()[(m.col_x(1) + m.col_width - 1, y)];
    assert!(cursor.modifier.contains(Modifier::REVERSED), "{cursor:?}");
    let beside = &b.buffer()[(m.col_x(2) + m.col_width - 1, y)];
    assert!(!beside.modifier.contains(Modifier::REVERSED), "{beside:?}");
}
