//! `App::update` for the theme filter (toggle, all / any, clear) and the matrix order.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::filter::Mode;
use regioprofielen::matrix::SortKey;
use regioprofielen::tui::Action;
use tui_support::*;

#[test]
fn space_toggles_the_theme_under_the_cursor_and_f_the_matrix_column() {
    let mut a = app();
    ch(&mut a, ' ');
    assert!(
        !a.filter().is_active(),
        "Space in the region list marks the region, it does not filter"
    );
    ch(&mut a, 'X');
    press(&mut a, KeyCode::Tab);
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(1));
    let visible = a.visible_regions();
    assert!(!visible.is_empty());
    assert!(visible.iter().all(|&r| a.matrix().has(r, 1)));
    a.update(Action::ToggleTheme);
    assert!(!a.filter().is_active());
    // In the matrix, f puts the cursor's column in the filter (Space marks the row there).
    ch(&mut a, '2');
    ch(&mut a, 'l');
    ch(&mut a, 'l');
    ch(&mut a, ' ');
    assert!(!a.filter().is_active(), "Space in the matrix marks");
    assert_eq!(a.marks(), &[a.selection()]);
    ch(&mut a, 'f');
    assert!(a.filter().is_chosen(2));
    assert!(a.matrix_rows().iter().all(|&r| a.matrix().has(r, 2)));
    ch(&mut a, 'f');
    assert!(!a.filter().is_active());
}

#[test]
fn a_switches_all_and_any() {
    let mut a = app();
    let (t1, t2) = (theme(&a, "erfgoed"), theme(&a, "internationaal"));
    press(&mut a, KeyCode::Tab);
    for t in [t1, t2] {
        while a.filter_cursor() != t {
            press(&mut a, KeyCode::Down);
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
    ch(&mut a, 'a');
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
    ch(&mut a, 'x');
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
        press(&mut a, KeyCode::Down);
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
    ch(&mut a, 's');
    assert_eq!(
        a.sort(),
        SortKey::Theme(2),
        "on another column, sort by that column"
    );
    ch(&mut a, 's');
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

/// Chooses theme `id` in the filter pane (leaving the focus there).
fn choose(a: &mut regioprofielen::tui::App, id: &str) {
    let t = theme(a, id);
    if a.focus() != regioprofielen::tui::view::Focus::Filter {
        ch(a, '1');
        press(a, KeyCode::Tab);
    }
    while a.filter_cursor() != t {
        a.update(if a.filter_cursor() < t {
            Action::Down
        } else {
            Action::Up
        });
    }
    a.update(Action::ToggleTheme);
}

/// The count the filter pane shows beside theme `id`.
fn facet_shown(a: &regioprofielen::tui::App, id: &str) -> usize {
    let t = theme(a, id);
    let label = a.data().themes[t].label.clone();
    let short: String = label.chars().take(12).collect();
    // The filter pane is the left one: look only at the text inside its border.
    let pane = |l: &str| {
        l.split('┃')
            .nth(1)
            .or_else(|| l.split('│').nth(1))
            .unwrap_or("")
            .to_string()
    };
    let line = screen(a)
        .into_iter()
        .map(|l| pane(&l))
        .find(|l| l.contains(&short) && l.contains('['))
        .unwrap_or_else(|| panic!("{label} in the filter pane"));
    // The count of own tags; a count of ○ cells may follow it ("1 +3○").
    line.split_whitespace()
        .rev()
        .find_map(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("a count in {line:?}"))
}

#[test]
fn facet_counts_follow_the_search_and_the_other_chosen_themes() {
    let mut a = sized(120, 40);
    let (talent, erfgoed) = (theme(&a, "talent"), theme(&a, "erfgoed"));
    // Unfiltered: every region counts.
    assert_eq!(
        facet_shown(&a, "erfgoed"),
        a.matrix()
            .column_total(erfgoed, &(0..15).collect::<Vec<_>>())
    );
    // A search for "zeeland" leaves the regions whose text names Zeeland.
    ch(&mut a, '/');
    type_text(&mut a, "zeeland");
    press(&mut a, KeyCode::Tab);
    let searched = a.visible_regions();
    assert!(searched.len() > 1 && searched.len() < 15, "{searched:?}");
    assert_eq!(
        facet_shown(&a, "talent"),
        a.matrix().column_total(talent, &searched)
    );
    // Then "talent" as well: of the regions left, how many have heritage.
    choose(&mut a, "talent");
    let shown = a.visible_regions();
    assert!(
        !shown.is_empty() && shown.len() < searched.len(),
        "{shown:?}"
    );
    assert!(shown.iter().all(|&r| a.matrix().has(r, talent)));
    assert_eq!(
        facet_shown(&a, "erfgoed"),
        a.matrix().column_total(erfgoed, &shown)
    );
    assert_eq!(
        facet_shown(&a, "talent"),
        shown.len(),
        "a chosen theme counts every region shown"
    );
    assert_eq!(
        regioprofielen::filter::facets(a.matrix(), &shown)[erfgoed],
        facet_shown(&a, "erfgoed")
    );
}

#[test]
fn the_status_bar_says_how_many_regions_are_shown_and_why() {
    let mut a = sized(120, 40);
    assert!(!shows(&a, "van 15 regio's"), "nothing hidden, nothing said");
    choose(&mut a, "erfgoed");
    choose(&mut a, "internationaal");
    let n = a.visible_regions().len();
    assert!(shows(
        &a,
        &format!("{n} van 15 regio's · filter: Erfgoed + Internationalisering (alle)")
    ));
    ch(&mut a, '/');
    type_text(&mut a, "e");
    press(&mut a, KeyCode::Tab);
    let n = a.visible_regions().len();
    assert!(shows(
        &a,
        &format!("{n} van 15 regio's · filter: Erfgoed + Internationalisering (alle) · zoek: 'e'")
    ));
    // At 80 columns the themes give way to their number.
    tui_support::resize(&mut a, 80, 24);
    let bar = screen(&a).pop().unwrap_or_default();
    assert!(
        bar.contains(&format!(
            "{n} van 15 regio's · filter: 2 thema's (alle) · zoek: 'e'"
        )),
        "{bar}"
    );
}

#[test]
fn all_and_any_filter_the_list_the_matrix_and_the_comparison_alike() {
    let mut a = app();
    choose(&mut a, "makers");
    let shown = a.visible_regions();
    ch(&mut a, '2');
    let mut rows = a.matrix_rows();
    rows.sort_unstable();
    assert_eq!(rows, shown);
    assert!(shows(&a, &format!("{} van 15", shown.len())));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, ..Default::default() })]

    /// At App level, through the filter pane's keys: "alle" never shows a region "een van"
    /// hides, whatever the themes and the search.
    #[test]
    fn all_shows_a_subset_of_any(
        chosen in proptest::collection::vec(0usize..12, 0..5),
        query in "[a-z]{0,2}",
    ) {
        let mut a = app();
        if !query.is_empty() {
            ch(&mut a, '/');
            type_text(&mut a, &query);
            press(&mut a, KeyCode::Tab);
        }
        press(&mut a, KeyCode::Tab);
        for t in chosen {
            while a.filter_cursor() != t {
                a.update(if a.filter_cursor() < t { Action::Down } else { Action::Up });
            }
            a.update(Action::ToggleTheme);
        }
        let all = a.visible_regions();
        ch(&mut a, 'a');
        let any = a.visible_regions();
        proptest::prop_assert!(all.iter().all(|r| any.contains(r)), "{all:?} ⊄ {any:?}");
    }
}
