//! `App::update` for the theme filter (toggle, all / any, clear) and the matrix order.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::filter::Mode;
use regioprofielen::matrix::SortKey;
use regioprofielen::tui::Action;
use tui_support::*;

#[test]
fn space_toggles_the_theme_under_the_cursor() {
    let mut a = app();
    ch(&mut a, ' ');
    assert!(
        !a.filter().is_active(),
        "Space does nothing in the region list"
    );
    press(&mut a, KeyCode::Tab);
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(1));
    let visible = a.visible_regions();
    assert!(!visible.is_empty());
    assert!(visible.iter().all(|&r| a.matrix().has(r, 1)));
    a.update(Action::ToggleTheme);
    assert!(!a.filter().is_active());
    // In the matrix, the column under the cursor.
    ch(&mut a, '2');
    ch(&mut a, 'l');
    ch(&mut a, 'l');
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(2));
    assert!(a.matrix_rows().iter().all(|&r| a.matrix().has(r, 2)));
}

#[test]
fn a_switches_all_and_any() {
    let mut a = app();
    let (t1, t2) = (theme(&a, "erfgoed"), theme(&a, "internationaal"));
    press(&mut a, KeyCode::Tab);
    for t in [t1, t2] {
        while a.filter_cursor() != t {
            a.update(Action::Down);
        }
        a.update(Action::ToggleTheme);
    }
    let all = a.visible_regions();
    ch(&mut a, 'a');
    assert_eq!(a.filter().mode, Mode::Any);
    let any = a.visible_regions();
    assert!(any.len() > all.len());
    assert!(
        any.iter()
            .all(|&r| a.matrix().has(r, t1) || a.matrix().has(r, t2))
    );
    assert!(shows(&a, "een van"));
    a.update(Action::ToggleMode);
    assert_eq!(a.filter().mode, Mode::All);
}

#[test]
fn x_clears_the_filter() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    ch(&mut a, ' ');
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert_eq!(a.filter().chosen().count(), 2);
    ch(&mut a, 'x');
    assert!(!a.filter().is_active());
    assert_eq!(a.visible_regions().len(), 15);
    a.update(Action::ToggleTheme);
    a.update(Action::ClearFilter);
    assert!(!a.filter().is_active());
}

#[test]
fn the_selection_follows_the_filter() {
    let mut a = app();
    // We The North has no "makers" theme (the first region), so the filter moves the selection.
    let makers = theme(&a, "makers");
    assert!(!a.matrix().has(0, makers));
    press(&mut a, KeyCode::Tab);
    while a.filter_cursor() != makers {
        a.update(Action::Down);
    }
    a.update(Action::ToggleTheme);
    let sel = a.selected_region().expect("a region passes");
    assert!(a.matrix().has(sel, makers));
}

#[test]
fn s_cycles_the_matrix_order() {
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, 's');
    assert_eq!(a.sort(), SortKey::Total);
    let totals: Vec<usize> = a
        .matrix_rows()
        .iter()
        .map(|&r| a.matrix().row_total(r))
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    ch(&mut a, 'l');
    ch(&mut a, 's');
    assert_eq!(a.sort(), SortKey::Theme(1));
    let rows = a.matrix_rows();
    let with = rows.iter().take_while(|&&r| a.matrix().has(r, 1)).count();
    assert_eq!(
        with,
        a.matrix().column_total(1, &rows),
        "regions with the theme come first"
    );
    ch(&mut a, 'l');
    a.update(Action::CycleSort);
    assert_eq!(
        a.sort(),
        SortKey::Theme(2),
        "on another column, sort by that column"
    );
    a.update(Action::CycleSort);
    assert_eq!(a.sort(), SortKey::Document);
    assert_eq!(a.matrix_rows(), (0..15).collect::<Vec<_>>());
}

#[test]
fn matrix_moves_keep_the_same_region_across_sorting() {
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, 'G');
    let sel = a.selected_region();
    ch(&mut a, 's');
    assert_eq!(
        a.selected_region(),
        sel,
        "sorting keeps the selected region"
    );
    ch(&mut a, 'g');
    assert_eq!(a.selected_region(), Some(a.matrix_rows()[0]));
}
