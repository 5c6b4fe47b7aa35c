//! Marking regions and the comparison view: `App::update` for `ToggleMark`, `ClearMarks`,
//! `SearchToList` and ←/→ in the comparison, and what the view shows.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::tui::view::{Focus, View};
use regioprofielen::tui::{Action, App};
use tui_support::*;

/// Moves the cursor of the focused list (or matrix) to region `id`.
fn go_to(a: &mut App, id: &str) {
    let target = region(a, id);
    for _ in 0..a.data().regions.len() {
        if a.selected_region() == Some(target) {
            return;
        }
        ch(a, 'j');
    }
    ch(a, 'g');
    while a.selected_region() != Some(target) {
        ch(a, 'j');
    }
}

/// Marks these regions with Space in the region list.
fn mark(a: &mut App, ids: &[&str]) {
    for id in ids {
        go_to(a, id);
        ch(a, ' ');
    }
}

fn ids(a: &App, rs: &[usize]) -> Vec<String> {
    rs.iter().map(|&r| a.data().regions[r].id.clone()).collect()
}

fn theme_ids(a: &App, ts: &[usize]) -> Vec<String> {
    ts.iter().map(|&t| a.data().themes[t].id.clone()).collect()
}

#[test]
fn space_marks_and_unmarks_in_the_list_the_profile_and_the_matrix() {
    let mut a = app();
    mark(&mut a, &["twente"]);
    assert_eq!(ids(&a, a.marks()), ["twente"]);
    assert!(shows(&a, "✓Twente"), "the list shows the mark");
    assert!(
        shows(&a, "✓ 1 gemarkeerd"),
        "the status bar counts the marks"
    );
    // In the profile, Space marks the region shown.
    go_to(&mut a, "zeeland");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
    ch(&mut a, ' ');
    assert_eq!(ids(&a, a.marks()), ["twente", "zeeland"]);
    assert!(shows(&a, "✓ gemarkeerd voor de vergelijking"));
    // In the matrix, Space marks the row; a second Space unmarks it.
    ch(&mut a, '2');
    go_to(&mut a, "leiden");
    ch(&mut a, ' ');
    assert!(shows(&a, "✓Leiden"), "the matrix shows the mark");
    ch(&mut a, ' ');
    assert_eq!(ids(&a, a.marks()), ["twente", "zeeland"]);
    // The filter pane keeps Space for its themes.
    ch(&mut a, '1');
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Filter);
    ch(&mut a, ' ');
    assert!(a.filter().is_active());
    assert_eq!(a.marks().len(), 2);
}

#[test]
fn a_fifth_mark_is_refused_with_a_message() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland", "leiden", "zwolle"]);
    assert_eq!(a.marks().len(), 4);
    mark(&mut a, &["utrecht"]);
    assert_eq!(a.marks().len(), 4, "the fifth is not marked");
    let msg = a.message().expect("a message").clone();
    assert!(
        msg.error && msg.text.contains("Al vier gemarkeerd"),
        "{msg:?}"
    );
    assert!(msg.text.contains('X'), "names the key that clears: {msg:?}");
    assert!(shows(&a, "Al vier gemarkeerd"));
    // The next action replaces the message.
    ch(&mut a, 'j');
    assert!(a.message().is_none());
    // Unmarking one makes room.
    mark(&mut a, &["leiden", "utrecht"]);
    assert_eq!(
        ids(&a, a.marks()),
        ["twente", "zeeland", "zwolle", "utrecht"]
    );
}

#[test]
fn capital_x_clears_every_mark_and_lowercase_x_the_filter() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland"]);
    press(&mut a, KeyCode::Tab);
    ch(&mut a, ' ');
    press(&mut a, KeyCode::BackTab);
    ch(&mut a, 'x');
    assert!(!a.filter().is_active());
    assert_eq!(a.marks().len(), 2, "x leaves the marks");
    ch(&mut a, 'X');
    assert!(a.marks().is_empty());
    assert_eq!(
        a.message().map(|m| m.text.as_str()),
        Some("Markeringen gewist.")
    );
    ch(&mut a, 'X');
    assert!(a.message().is_none(), "nothing to clear, nothing said");
}

#[test]
fn marking_where_no_region_is_selected_explains_where_to_mark() {
    for view in ['3', '4'] {
        let mut a = app();
        ch(&mut a, view);
        ch(&mut a, ' ');
        assert!(a.marks().is_empty());
        let msg = a.message().expect("a message");
        assert!(msg.text.contains("regiolijst"), "{msg:?}");
    }
}

#[test]
fn search_results_are_marked_after_tab_or_enter() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "stedel");
    // In the field, Space types a space.
    ch(&mut a, ' ');
    assert_eq!(a.search().query(), "stedel ");
    assert!(a.marks().is_empty());
    press(&mut a, KeyCode::Backspace);
    // Tab leaves the field for the results; the query keeps filtering.
    press(&mut a, KeyCode::Tab);
    assert!(!a.search().editing);
    assert!(a.search().is_filtering());
    assert_eq!(a.focus(), Focus::Regions);
    let results = a.visible_regions();
    assert!(results.len() >= 3, "{results:?}");
    ch(&mut a, ' ');
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert_eq!(a.marks(), &results[..2]);
    // Enter opens a result, and Space marks it there.
    ch(&mut a, '/');
    while a.selected_region() != Some(results[2]) {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
    ch(&mut a, ' ');
    assert_eq!(a.marks(), &results[..3]);
    // A passage of the cover text among the results is not a region: it cannot be marked.
    ch(&mut a, '/');
    press(&mut a, KeyCode::Tab);
    // Regions and passages are ranked together: walk down to the first passage.
    for _ in 0..a.list_rows().len() {
        if a.search().national_sel.is_some() {
            break;
        }
        ch(&mut a, 'j');
    }
    assert!(
        a.search().national_sel.is_some(),
        "the cursor is on a context hit"
    );
    ch(&mut a, ' ');
    assert_eq!(a.marks(), &results[..3]);
    assert!(
        a.message()
            .expect("a message")
            .text
            .contains("geen passages")
    );
    // Tab on an empty query drops the search, as Enter does.
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    a.update(Action::SearchToList);
    assert!(!a.search().is_filtering() && !a.search().editing);
}

#[test]
fn the_comparison_of_a_pair_and_of_a_triple() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland"]);
    let c = a.comparison();
    assert_eq!(ids(&a, &c.regions), ["twente", "zeeland"]);
    assert_eq!(theme_ids(&a, &c.shared), ["erfgoed", "internationaal"]);
    assert_eq!(
        theme_ids(&a, &c.only[0]),
        ["vernieuwing", "publiek", "samenwerking"]
    );
    assert_eq!(theme_ids(&a, &c.only[1]), ["onderwijs", "makers"]);

    mark(&mut a, &["leiden"]);
    let c = a.comparison();
    assert_eq!(ids(&a, &c.regions), ["twente", "zeeland", "leiden"]);
    assert_eq!(theme_ids(&a, &c.shared), ["erfgoed"]);
    // Zeeland and Leiden share onderwijs: "only" for neither.
    let onderwijs = theme(&a, "onderwijs");
    assert!(c.only.iter().all(|o| !o.contains(&onderwijs)));
    for (k, only) in c.only.iter().enumerate() {
        for &t in only {
            let others = c.regions.iter().filter(|&&r| a.matrix().has(r, t)).count();
            assert_eq!(others, 1);
            assert!(a.matrix().has(c.regions[k], t));
        }
    }
}

#[test]
fn the_comparison_honours_the_filter_and_the_search() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland", "leiden"]);
    // Of the three only Twente has "vernieuwing": filtering on it leaves one region to
    // compare, and the view says why the others are gone.
    press(&mut a, KeyCode::Tab);
    let t = theme(&a, "vernieuwing");
    while a.filter_cursor() != t {
        ch(&mut a, 'j');
    }
    ch(&mut a, ' ');
    assert_eq!(ids(&a, &a.compared()), ["twente"]);
    ch(&mut a, '3');
    assert!(shows(&a, "Markeer twee tot vier"));
    assert!(shows(&a, "2 gemarkeerd buiten filter/zoekterm"));
    ch(&mut a, 'x');
    assert_eq!(a.compared().len(), 3);
    // A search narrows it the same way.
    ch(&mut a, '/');
    type_text(&mut a, "e");
    press(&mut a, KeyCode::Tab);
    let visible = a.visible_regions();
    assert!(a.compared().iter().all(|r| visible.contains(r)));
}

#[test]
fn with_fewer_than_two_marks_the_view_explains_how_to_mark() {
    let mut a = app();
    ch(&mut a, '3');
    assert!(shows(&a, "Regio's naast elkaar"));
    assert!(shows(&a, "Spatie in de regiolijst"));
    ch(&mut a, '1');
    mark(&mut a, &["twente"]);
    ch(&mut a, '3');
    assert!(shows(&a, "Gemarkeerd: Twente"));
}

#[test]
fn two_regions_fit_side_by_side_at_80_columns_and_four_at_160() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland"]);
    ch(&mut a, '3');
    let lines = screen(&a);
    let names = lines
        .iter()
        .find(|l| l.contains("Twente") && l.contains("Zeeland") && l.contains('│'))
        .expect("the names side by side");
    assert!(names.find("Twente") < names.find("Zeeland"));
    assert!(shows(
        &a,
        "Gedeelde thema's (2): Erfgoed, identiteit en verhalen · Internationalisering"
    ));
    assert!(shows(
        &a,
        "Alleen Zeeland: Cultuuronderwijs en educatie · Ruimte voor makers"
    ));
    assert!(shows(&a, "15 partners · ◆ ROUTE OOST"));
    assert!(shows(&a, "5 partners · niet in ROUTE OOST"));

    let mut a = sized(160, 40);
    mark(&mut a, &["twente", "zeeland", "leiden", "zwolle"]);
    ch(&mut a, '3');
    assert!(screen(&a).iter().any(|l| {
        ["Twente", "Zeeland", "Leiden", "Zwolle"]
            .iter()
            .all(|n| l.contains(n))
    }));
    assert!(!shows(&a, "in beeld"), "nothing hidden");
}

#[test]
fn left_and_right_shift_the_columns_when_not_all_fit() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland", "leiden"]);
    ch(&mut a, '3');
    assert!(shows(&a, "2 van 3 in beeld, ←/→"));
    let names_line = |a: &App| {
        screen(a)
            .into_iter()
            .find(|l| l.contains('│') && l.contains("Zeeland"))
            .unwrap_or_default()
    };
    assert!(names_line(&a).contains("Twente"));
    ch(&mut a, 'l');
    assert_eq!(a.compare_col(), 1);
    assert!(names_line(&a).contains("Leiden") && !names_line(&a).contains("Twente"));
    press(&mut a, KeyCode::Right);
    assert_eq!(a.compare_col(), 1, "no further than the last column");
    press(&mut a, KeyCode::Left);
    assert_eq!(a.compare_col(), 0);
    // Wide enough for all three: nothing to shift.
    tui_support::resize(&mut a, 120, 40);
    press(&mut a, KeyCode::Right);
    assert_eq!(a.compare_col(), 0);
}

#[test]
fn the_columns_scroll_together_with_j_k_pages_g_and_g() {
    let mut a = app();
    mark(&mut a, &["twente", "zeeland"]);
    ch(&mut a, '3');
    assert_eq!(a.compare_scroll(), 0);
    ch(&mut a, 'j');
    assert_eq!(a.compare_scroll(), 1);
    ch(&mut a, 'k');
    press(&mut a, KeyCode::PageDown);
    let page = a.areas().page(Focus::Compare);
    assert_eq!(a.compare_scroll(), page - 1);
    ch(&mut a, 'G');
    let end = a.compare_scroll();
    let width = a.areas().text_width(Focus::Compare);
    let lines = regioprofielen::tui::pages::lines(&a, Focus::Compare, width);
    assert_eq!(end, lines.len() - page, "the last line is at the bottom");
    // Both columns' last key points are on screen at the end: one offset moves both.
    let last = lines.last().expect("lines").to_string();
    assert!(shows(&a, last.trim_end()), "{last}");
    ch(&mut a, 'g');
    assert_eq!(a.compare_scroll(), 0);
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::PageUp);
    assert_eq!(a.compare_scroll(), end - (page - 1));
    assert_eq!((a.view(), a.focus()), (View::Compare, Focus::Compare));
}
