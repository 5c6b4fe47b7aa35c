//! Rough edges a new user meets at 80x24: each once got in the way of an answer.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use regioprofielen::tui::view::View;
use regioprofielen::tui::{Action, App};
use tui_support::*;

/// The text inside `area` of the drawn screen, row by row.
fn text_in(app: &App, area: ratatui::layout::Rect) -> Vec<String> {
    let b = backend(app);
    let buf = b.buffer();
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn the_questions_to_the_raad_are_named_once_in_their_section() {
    let mut a = app();
    ch(&mut a, '4');
    let vragen = a
        .data()
        .national
        .iter()
        .position(|s| s.id == "vragen-aan-de-raad")
        .expect("the section");
    while a.section() < vragen {
        press(&mut a, KeyCode::Down);
    }
    let text = text_in(&a, a.areas().section_text).join("\n");
    assert_eq!(
        text.matches("Vragen aan de Raad voor Cultuur").count(),
        1,
        "{text}"
    );
}

#[test]
fn the_help_covers_the_whole_width_at_80_columns() {
    for view in [View::Profiles, View::Matrix, View::Compare, View::Context] {
        let mut a = app();
        a.update(Action::ShowView(view));
        ch(&mut a, '?');
        let help = a.areas().help;
        assert_eq!((help.x, help.width), (0, 80), "{view:?}");
        // Nothing of the view shows beside it: every row of the help ends with its border.
        for row in text_in(&a, help) {
            let last = row.chars().last().unwrap_or(' ');
            assert!("┃┛┓█".contains(last), "{row:?}");
        }
    }
    // Wider screens keep a margin around it.
    let mut a = sized(120, 40);
    ch(&mut a, '?');
    assert!(a.areas().help.x > 10);
}

#[test]
fn the_list_keeps_its_height_while_the_filter_has_the_focus() {
    let mut a = app();
    let rows_before = a.areas().regions.height;
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), regioprofielen::tui::view::Focus::Filter);
    let areas = a.areas();
    assert!(areas.regions.height >= rows_before, "the list shrank");
    // Choose "internationaal": every region it leaves is on screen at once.
    let t = theme(&a, "internationaal");
    while a.filter_cursor() != t {
        press(&mut a, KeyCode::Down);
    }
    a.update(Action::ToggleTheme);
    let shown = a.visible_regions();
    assert!(shown.len() >= 8, "{shown:?}");
    let list = text_in(&a, a.areas().regions).join("\n");
    for r in shown {
        let name: String = a.data().regions[r].name.chars().take(12).collect();
        assert!(list.contains(&name), "{name} not in the list:\n{list}");
    }
    // The themes are beside the list, whole.
    let filter = text_in(&a, a.areas().filter).join("\n");
    assert!(filter.contains("Internationalisering"), "{filter}");
}

#[test]
fn two_regions_compared_by_name_in_ten_keys() {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    let mut a = app();
    let mut keys = 0;
    let mut key = |a: &mut App, code: KeyCode, m: KeyModifiers| {
        keys += 1;
        send(a, &key_event(code, m));
    };
    let none = KeyModifiers::NONE;
    key(&mut a, KeyCode::Char('/'), none);
    for c in "tw".chars() {
        key(&mut a, KeyCode::Char(c), none);
    }
    key(&mut a, KeyCode::Char('t'), KeyModifiers::CONTROL);
    // Marked, and the field is empty for the next name; the mark shows in the rows.
    assert_eq!(a.marks(), &[region(&a, "twente")]);
    assert!(a.search().editing && a.search().query().is_empty());
    assert!(
        shows(&a, "✓Twente") || shows(&a, "✓ Twente"),
        "{:?}",
        screen(&a)
    );
    for c in "zee".chars() {
        key(&mut a, KeyCode::Char(c), none);
    }
    key(&mut a, KeyCode::Char('t'), KeyModifiers::CONTROL);
    key(&mut a, KeyCode::Esc, none);
    key(&mut a, KeyCode::Char('3'), none);
    assert!(keys <= 10, "{keys} keys");
    assert_eq!(a.view(), View::Compare);
    assert_eq!(a.marks(), &[region(&a, "twente"), region(&a, "zeeland")]);
    assert!(shows(&a, "Twente") && shows(&a, "Zeeland"));
}

#[test]
fn a_passage_of_the_cover_text_cannot_be_marked_from_the_field() {
    use ratatui::crossterm::event::KeyModifiers;
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "raad voor cultuur");
    send(
        &mut a,
        &key_event(
            ratatui::crossterm::event::KeyCode::Char('t'),
            KeyModifiers::CONTROL,
        ),
    );
    assert!(a.marks().is_empty());
    assert_eq!(a.search().query(), "raad voor cultuur");
    assert!(a.message().is_some_and(|m| m.text.contains("passages")));
}

#[test]
fn names_too_long_for_the_room_show_their_short_label_whole() {
    let mut a = app();
    ch(&mut a, '2');
    let text = screen(&a).join("\n");
    for short in ["Zwolle", "Utrecht", "Stedendriehoek", "MRA"] {
        assert!(text.contains(short), "{short} in\n{text}");
    }
    // Never a name cut in its middle.
    for cut in [
        "Stedelijke C…",
        "Stedelijke …",
        "Cultuurregio Steden…",
        "Metropoolregi…",
    ] {
        assert!(!text.contains(cut), "{cut} in\n{text}");
    }
    // The short labels are data, one for each region, told apart.
    let shorts: std::collections::BTreeSet<String> = a
        .data()
        .regions
        .iter()
        .map(|r| regioprofielen::text::fold(r.short()))
        .collect();
    assert_eq!(shorts.len(), a.data().regions.len());
}

#[test]
fn search_rows_have_one_form_at_80_columns() {
    let labels = [
        "naam: ",
        "kernpunt: ",
        "partner: ",
        "citaat: ",
        "thema: ",
        "kop: ",
        "passage: ",
        "begeleidende tekst: ",
        "partnerkolom: ",
        "titel: ",
        "ROUTE OOST: ",
    ];
    for q in [
        "stedel",
        "raad voor cultuur",
        "internationalisering",
        "hengelo",
        "duitsland",
        "route oost",
    ] {
        let mut a = app();
        ch(&mut a, '/');
        type_text(&mut a, q);
        let list = regioprofielen::tui::layout::inner(a.areas().regions);
        let rows: Vec<String> = text_in(&a, list)
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!rows.is_empty(), "{q}");
        // Every row has the same form: all name their field at the same column, or, where
        // the labels would leave the snippets too little room, none does.
        let label_at = |row: &String| {
            labels
                .iter()
                .filter_map(|l| row.find(l).map(|b| row[..b].chars().count()))
                .min()
        };
        let with: Vec<Option<usize>> = rows.iter().map(label_at).collect();
        let all = with.iter().all(Option::is_some);
        let none = with.iter().all(Option::is_none);
        assert!(all || none, "{q}: {rows:#?}");
        let mut column = None;
        for (row, at) in rows.iter().zip(&with) {
            if let Some(at) = at {
                assert_eq!(*column.get_or_insert(*at), *at, "{q}: {rows:#?}");
            }
            // The snippet has room to say something.
            let from = at.unwrap_or(0);
            let snippet = row.chars().skip(from).collect::<String>();
            assert!(snippet.trim().chars().count() >= 16, "{q}: {row:?}");
        }
    }
}

#[test]
fn the_five_questions_to_the_raad_on_one_screen_in_four_keys() {
    use ratatui::crossterm::event::KeyCode;
    let mut a = app();
    ch(&mut a, '4');
    ch(&mut a, 'G');
    ch(&mut a, 'k');
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.data().national[a.section()].id, "vragen-aan-de-raad");
    let text = screen(&a).join("\n");
    let questions: Vec<&str> = a.data().national[a.section()]
        .items
        .iter()
        .filter(|i| i.kind == regioprofielen::model::SectionItemKind::Question)
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(questions.len(), 5);
    for (n, q) in questions.iter().enumerate() {
        // Each question's start, after the document's own bullet, and its last words are
        // on screen: the whole of it, numbered as the document numbers it (not at all).
        let start: String = q.chars().take(30).collect();
        assert!(
            text.contains(&format!("• {start}")),
            "question {}:\n{text}",
            n + 1
        );
        let last: Vec<&str> = q.split_whitespace().rev().take(2).collect();
        assert!(
            text.contains(last[1]) && text.contains(last[0]),
            "end of question {}:\n{text}",
            n + 1
        );
    }
    assert!(!text.contains("1. "), "{text}");
    // The text has the width; its heading stands once, in the text (the pane's title names
    // the section only once the heading has scrolled away).
    let heading = text.matches("Vragen aan de Raad voor Cultuur").count();
    assert_eq!(heading, 1, "{text}");
    ch(&mut a, 'G');
    assert!(
        shows(&a, "§ Vragen aan de Raad voor Cultuur"),
        "{:#?}",
        screen(&a)
    );
}

#[test]
fn the_context_list_takes_a_quarter_at_80_columns() {
    let mut a = app();
    ch(&mut a, '4');
    let areas = a.areas();
    assert!(areas.sections.width <= 20, "{:?}", areas.sections);
    assert!(areas.section_text.width >= 60, "{:?}", areas.section_text);
}

#[test]
fn theme_names_are_whole_where_the_screen_has_room() {
    for (w, h) in [(120, 40), (200, 60)] {
        let mut a = sized(w, h);
        let filter = text_in(&a, a.areas().filter).join("\n");
        ch(&mut a, '2');
        let matrix = screen(&a).join("\n");
        for t in &a.data().themes {
            assert!(filter.contains(&t.label), "{w}x{h} filter: {}", t.label);
            assert!(
                matrix.contains(&t.label),
                "{w}x{h} matrix legend: {}",
                t.label
            );
        }
    }
}

/// The text of the profile pane as one line of words (its wrapping undone).
fn detail_words(app: &App) -> String {
    let area = regioprofielen::tui::layout::inner(app.areas().detail);
    text_in(app, area)
        .iter()
        .map(|l| l.trim_end_matches(['█', '│', ' ']).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_no_result_message_says_what_is_true() {
    use ratatui::crossterm::event::KeyCode;
    // No filter: only the search is to blame, and Esc is the way out.
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "qqqzzz");
    let text = screen(&a).join("\n");
    assert!(!text.contains("themafilter."), "{text}");
    assert!(text.contains("Esc wist de zoekterm"), "{text}");
    // A filter and a search that together leave nothing, while typing: x would type an x.
    // (Hengelo is Twente's, and Twente's key points do not name arts education.)
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    a.update(Action::ToggleTheme);
    assert!(a.filter().is_chosen(theme(&a, "onderwijs")));
    press(&mut a, KeyCode::Tab);
    ch(&mut a, '/');
    type_text(&mut a, "hengelo");
    assert!(a.visible_regions().is_empty());
    let text = detail_words(&a);
    assert!(text.contains("buiten het zoekveld wist x"), "{text}");
    // Out of the field, x clears the filter, as the message then says.
    press(&mut a, KeyCode::Tab);
    let text = detail_words(&a);
    assert!(text.contains("x wist het themafilter"), "{text}");
}
