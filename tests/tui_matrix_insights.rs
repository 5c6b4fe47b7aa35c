//! The matrix's grouping of the ROUTE OOST regions (`o`, `ToggleGroup`) and its coverage
//! chart (`c`, `ToggleChart`).

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::matrix::SortKey;
use regioprofielen::tui::App;
use regioprofielen::tui::shown::MatrixLine;
use tui_support::*;

fn matrix_at(w: u16, h: u16) -> App {
    let mut a = sized(w, h);
    ch(&mut a, '2');
    a
}

fn route_oost(a: &App, r: usize) -> bool {
    a.data().regions[r].route_oost
}

#[test]
fn o_puts_the_route_oost_regions_first_and_sorting_works_within_the_groups() {
    let mut a = matrix_at(80, 24);
    ch(&mut a, 'j');
    let selected = a.selected_region();
    ch(&mut a, 'o');
    assert!(a.grouped());
    assert_eq!(
        a.selected_region(),
        selected,
        "grouping keeps the selection"
    );
    let rows = a.matrix_rows();
    let first = rows.iter().take_while(|&&r| route_oost(&a, r)).count();
    assert_eq!(first, 5, "the five ROUTE OOST regions first");
    assert!(rows[first..].iter().all(|&r| !route_oost(&a, r)));
    // One divider, where the others start; the first group's label is in the header line.
    let lines = a.matrix_lines();
    assert_eq!(lines.len(), 16);
    assert_eq!(lines[5], MatrixLine::Divider { count: 10 });
    assert!(shows(&a, "◆ ROUTE OOST (5)"));
    assert!(shows(&a, "Overige regio's (10) ───"));
    assert!(shows(&a, "ROUTE OOST eerst"));
    // All fifteen rows fit at 80x24, so nothing is scrolled away.
    for &r in &rows {
        let label: String = a.data().regions[r].short().chars().take(6).collect();
        assert!(shows(&a, &label), "{label}");
    }
    assert!(!shows(&a, "▾"));

    ch(&mut a, 's');
    assert_eq!(a.sort(), SortKey::Total);
    let rows = a.matrix_rows();
    let totals = |rs: &[usize]| {
        rs.iter()
            .map(|&r| a.matrix().row_total(r))
            .collect::<Vec<_>>()
    };
    for group in [&rows[..5], &rows[5..]] {
        let t = totals(group);
        assert!(
            t.windows(2).all(|w| w[0] >= w[1]),
            "sorted within the group: {t:?}"
        );
    }
    ch(&mut a, 'o');
    assert!(!a.grouped());
    assert_eq!(a.matrix_lines().len(), 15);
}

#[test]
fn arrows_walk_the_rows_past_the_divider_and_a_click_on_it_selects_nothing() {
    let mut a = matrix_at(80, 24);
    ch(&mut a, 'o');
    let rows = a.matrix_rows();
    ch(&mut a, 'g');
    for &r in &rows[1..] {
        ch(&mut a, 'j');
        assert_eq!(a.selected_region(), Some(r));
    }
    let m = a.areas().matrix;
    let before = a.selected_region();
    tui_support::click(&mut a, m.rows.x + 3, m.rows.y + 5);
    assert_eq!(a.selected_region(), before, "the divider is not a region");
    tui_support::click(&mut a, m.rows.x + 3, m.rows.y + 6);
    assert_eq!(a.selected_region(), Some(rows[5]), "the row below it is");
}

#[test]
fn on_a_short_screen_the_divider_scrolls_into_view_with_its_first_row() {
    let mut a = matrix_at(60, 16);
    ch(&mut a, 'o');
    let rows = a.matrix_rows();
    assert!(shows(&a, "▾"), "rows below are announced");
    while a.selected_region() != Some(rows[5]) {
        ch(&mut a, 'j');
    }
    assert!(
        shows(&a, "Overige regio's"),
        "the label of the row's group is in view:\n{}",
        screen(&a).join("\n")
    );
    ch(&mut a, 'G');
    assert!(shows(&a, "▴"), "rows above are announced");
    // The header names the group at the top (cut to the name column here).
    assert_eq!(a.matrix_top_group(), Some((false, 10)));
    assert!(screen(&a)[2].contains("Overige"));
}

#[test]
fn a_group_the_filter_empties_gets_no_label() {
    let mut a = matrix_at(80, 24);
    ch(&mut a, 'o');
    ch(&mut a, '/');
    type_text(&mut a, "utrecht");
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.matrix_lines().len(), 1);
    assert!(!shows(&a, "ROUTE OOST ("));
    assert!(shows(&a, "Overige regio's (1)"));
}

#[test]
fn c_shows_the_coverage_chart_in_place_of_the_names_at_80_columns() {
    let mut a = matrix_at(80, 24);
    assert!(
        !a.areas().matrix.chart,
        "at 80 columns the names come first"
    );
    assert!(shows(&a, "1 Cultuuronder…"));
    ch(&mut a, 'c');
    assert_eq!(a.chart_choice(), Some(true));
    assert!(a.areas().matrix.chart && !a.areas().matrix.labels);
    assert!(shows(&a, "Dekking (van 15)"));
    // Theme 6 (presentatie) is the thinnest: 3 of 15; themes 5 and 7 the widest, 12.
    let line = |t: &str| {
        screen(&a)
            .into_iter()
            .map(|l| l.chars().skip(64).collect::<String>())
            .find(|l| l.trim_start().starts_with(&format!("{t} ")))
            .unwrap_or_default()
    };
    let bar = |l: &str| l.chars().filter(|c| "█▉▊▋▌▍▎▏".contains(*c)).count();
    assert!(line("6").trim_end().ends_with(" 3"), "{:?}", line("6"));
    assert!(line("5").trim_end().ends_with("12"));
    assert!(
        bar(&line("6")) * 3 < bar(&line("5")),
        "thin themes stand out"
    );
    ch(&mut a, 'c');
    assert_eq!(a.chart_choice(), Some(false));
    assert!(shows(&a, "1 Cultuuronder…"));
}

#[test]
fn wide_screens_show_names_and_chart_together_and_c_hides_the_chart() {
    let mut a = matrix_at(120, 40);
    let m = a.areas().matrix;
    assert!(m.chart && m.labels);
    assert!(shows(&a, "Cultuuronderwijs en educatie"));
    assert!(shows(&a, "Dekking (van 15)"));
    ch(&mut a, 'c');
    assert!(!a.areas().matrix.chart);
    assert!(!shows(&a, "Dekking"));
}

#[test]
fn the_chart_counts_the_regions_shown() {
    let mut a = matrix_at(120, 40);
    let t = theme(&a, "erfgoed");
    while a.matrix_col() != t {
        ch(&mut a, 'l');
    }
    ch(&mut a, 'f');
    let n = a.visible_regions().len();
    assert!(shows(&a, &format!("Dekking (van {n})")));
}

#[test]
fn without_room_for_a_chart_c_says_so() {
    let mut a = matrix_at(60, 16);
    assert!(a.areas().matrix.legend.is_empty());
    ch(&mut a, 'c');
    let msg = a.message().expect("a message");
    assert!(msg.text.contains("Te smal"), "{msg:?}");
}
