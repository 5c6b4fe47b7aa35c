//! The three kinds of cell in the explorer: ● own tag, ○ said of all profiles in the cover text,
//! · neither; the caption that says so, the quote of the cell under the cursor, the filter's
//! key for ○, and the profile and comparison that follow the same marks.

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use regioprofielen::i18n::Lang;
use regioprofielen::matrix::Cell;
use regioprofielen::tui::App;
use regioprofielen::tui::view::Focus;
use tui_support::*;

fn matrix_at(w: u16, h: u16) -> App {
    let mut a = sized(w, h);
    ch(&mut a, '2');
    a
}

/// Puts the matrix cursor on region `r` (in the order shown) and theme `t`.
fn cursor_to(a: &mut App, r: usize, t: usize) {
    press(a, KeyCode::Home);
    while a.selected_region() != Some(r) {
        press(a, KeyCode::Down);
    }
    while a.matrix_col() > t {
        press(a, KeyCode::Left);
    }
    while a.matrix_col() < t {
        press(a, KeyCode::Right);
    }
}

/// The text under the table (caption and quote), whitespace collapsed across lines.
fn under_the_table(a: &App) -> String {
    let m = a.areas().matrix;
    let lines = screen(a);
    let from = usize::from(m.caption.y);
    let to = usize::from(m.info.bottom());
    lines[from..to]
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the cell's quote is and where it stands, as the heading must say it.
fn expected(a: &App, r: usize, t: usize) -> (String, String) {
    let d = a.data();
    let tx = a.texts();
    match a.matrix().cell(r, t) {
        Cell::Own(i) => {
            let tag = &d.regions[r].themes[i];
            (
                format!("“{}”", tag.evidence),
                tx.source_name(tag.source).to_string(),
            )
        }
        Cell::General(g) => (
            format!("“{}”", d.general_statements[g].quote),
            tx.marks.general_source.to_string(),
        ),
        Cell::Neither => (tx.marks.neither_info.to_string(), String::new()),
    }
}

#[test]
fn every_cell_shows_its_whole_quote_and_where_it_stands_at_80x24() {
    let mut a = matrix_at(80, 24);
    let (regions, themes) = (a.data().regions.len(), a.data().themes.len());
    for r in 0..regions {
        for t in 0..themes {
            cursor_to(&mut a, r, t);
            let text = under_the_table(&a);
            let (quote, source) = expected(&a, r, t);
            let id = (&a.data().regions[r].id, &a.data().themes[t].id);
            assert!(
                text.contains(&quote),
                "{id:?}: {quote} not whole in {text:?}"
            );
            assert!(text.contains(&source), "{id:?}: no {source:?} in {text:?}");
            let sign = a.matrix().cell(r, t).symbol();
            assert!(text.contains(&format!("{sign} ")), "{id:?}: {text:?}");
        }
    }
}

#[test]
fn we_the_north_internationalisation_whole_with_its_source_at_80x24() {
    // This quote used to stop at "…benadrukken het belang van", with no source line.
    let mut a = matrix_at(80, 24);
    let (r, t) = (region(&a, "we-the-north"), theme(&a, "internationaal"));
    cursor_to(&mut a, r, t);
    let text = under_the_table(&a);
    assert!(
        text.contains("samenwerking met Duitsland en Vlaanderen”"),
        "{text}"
    );
    assert!(
        text.contains("— begeleidende tekst, interpretatie"),
        "{text}"
    );
    assert!(!text.contains('…'), "{text}");
    assert_snapshot!(render(&a));
}

#[test]
fn grouped_at_80x24_a_quote_without_room_says_it_goes_on() {
    // Grouping takes a line for the divider; the quote then has one line, and the "…" says
    // there is more (the profile, one Enter away, has it whole).
    let mut a = matrix_at(80, 24);
    ch(&mut a, 'o');
    let (r, t) = (region(&a, "we-the-north"), theme(&a, "internationaal"));
    cursor_to(&mut a, r, t);
    let text = under_the_table(&a);
    assert!(
        text.contains("— begeleidende tekst, interpretatie"),
        "{text}"
    );
    assert!(text.trim_end().ends_with('…'), "{text}");
    press(&mut a, KeyCode::Enter);
    let lines = regioprofielen::tui::pages::lines(&a, Focus::Detail, 200);
    let profile: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert!(
        profile
            .iter()
            .any(|l| l
                .contains("benadrukken het belang van samenwerking met Duitsland en Vlaanderen”")),
        "the profile has it whole"
    );
}

#[test]
fn the_caption_stands_under_the_matrix_short_at_80_and_whole_at_120() {
    let a = matrix_at(80, 24);
    let m = a.areas().matrix;
    assert!(!m.caption_long);
    assert_eq!(m.caption.y, m.totals.bottom(), "right under the totals");
    let line = &screen(&a)[usize::from(m.caption.y)];
    assert!(line.contains("● genoemd voor de regio"), "{line}");
    assert!(line.contains("○ van alle profielen gezegd"), "{line}");
    assert!(line.contains("· hier niet genoemd"), "{line}");
    // All fifteen rows still fit, and the totals of ○ give way.
    assert_eq!(usize::from(m.rows.height), 15);
    assert!(m.totals_general.is_empty());

    let a = matrix_at(120, 40);
    let m = a.areas().matrix;
    assert!(m.caption_long && !m.totals_general.is_empty());
    for text in [
        "● voor deze regio genoemd in dit document",
        "○ in de begeleidende tekst gezegd van alle profielen",
        "· niet voor deze regio genoemd in dit document (het volledige profiel kan meer zeggen)",
        "≈ de begeleidende tekst zegt dit van veel of vrijwel alle profielen (nooit een cel)",
    ] {
        assert!(shows(&a, text), "{text}");
    }
    let totals = &screen(&a)[usize::from(m.totals_general.y)];
    assert!(totals.contains("Totaal ○"), "{totals}");
    assert!(totals.trim_end().ends_with("21"), "{totals}");
    let own = &screen(&a)[usize::from(m.totals.y)];
    assert!(own.contains("Totaal ●") && own.contains(" 95"), "{own}");
}

#[test]
fn the_caption_speaks_english_too() {
    let mut a = in_lang(Lang::En, 80, 24);
    ch(&mut a, '2');
    assert!(shows(
        &a,
        "● named for the region   ○ said of all profiles   · not named here"
    ));
    let mut a = in_lang(Lang::En, 120, 40);
    ch(&mut a, '2');
    assert!(shows(&a, "○ said of all profiles in the cover text"));
    assert!(shows(&a, "the full profile may say more"));
}

#[test]
fn i_lets_the_filter_count_general_cells_and_the_status_bar_says_so() {
    let mut a = sized(120, 40);
    press(&mut a, KeyCode::Tab);
    let kennis = theme(&a, "kennis");
    while a.filter_cursor() != kennis {
        press(&mut a, KeyCode::Down);
    }
    ch(&mut a, ' ');
    assert_eq!(a.visible_regions().len(), 7, "own tags only");
    assert!(shows(
        &a,
        "7 van 15 regio's · filter: Onderzoek (alle) · alleen ●"
    ));
    ch(&mut a, 'i');
    assert!(a.filter().general);
    assert_eq!(
        a.visible_regions().len(),
        15,
        "every profile is based on research"
    );
    assert!(shows(
        &a,
        "15 van 15 regio's · filter: Onderzoek (alle) · ● en ○"
    ));
    assert!(shows(&a, "Modus: alle [a] · ● en ○ [i]"));
    ch(&mut a, 'i');
    assert_eq!(a.visible_regions().len(), 7);
}

#[test]
fn the_filter_counts_own_tags_and_general_cells_apart() {
    let mut a = sized(120, 40);
    press(&mut a, KeyCode::Tab);
    let line = screen(&a)
        .into_iter()
        .find(|l| l.contains("[ ]   Cultuuronderwijs"))
        .unwrap_or_default();
    assert!(line.contains(" 8 +7○"), "{line}");
    let line = screen(&a)
        .into_iter()
        .find(|l| l.contains("[ ] ≈ Internationalisering"))
        .unwrap_or_default();
    assert!(
        line.contains("  8"),
        "said of many profiles: ≈, no ○ count: {line}"
    );
}

#[test]
fn the_profile_lists_general_themes_and_what_neither_names() {
    let mut a = sized(80, 24);
    let twente = region(&a, "twente");
    while a.selected_region() != Some(twente) {
        press(&mut a, KeyCode::Down);
    }
    press(&mut a, KeyCode::Enter);
    let lines: Vec<String> = regioprofielen::tui::pages::lines(&a, Focus::Detail, 300)
        .iter()
        .map(ToString::to_string)
        .collect();
    let has = |s: &str| lines.iter().any(|l| l.contains(s));
    assert!(has("● Internationalisering"));
    assert!(has("○ Talentontwikkeling"));
    assert!(has(
        "“In alle profielen wordt uitgebreid aandacht besteed aan talentontwikkeling.”"
    ));
    assert!(has(
        "· Niet genoemd: Ruimte voor makers; Presentatie en programmering"
    ));
    assert!(has(
        "· niet voor deze regio genoemd in dit document (het volledige profiel kan meer zeggen)"
    ));
    // An own tag is never listed again as ○.
    assert!(!has("○ Internationalisering"));
}

#[test]
fn the_comparison_keeps_shared_and_only_on_own_tags_and_lists_general_themes_apart() {
    let mut a = sized(80, 40);
    for id in ["twente", "zeeland"] {
        let r = region(&a, id);
        while a.selected_region() != Some(r) {
            press(&mut a, KeyCode::Down);
        }
        ch(&mut a, ' ');
    }
    ch(&mut a, '3');
    assert!(shows(
        &a,
        "Alleen Zeeland: Cultuuronderwijs en educatie · Ruimte voor makers"
    ));
    assert!(shows(
        &a,
        "○ Van alle profielen gezegd (Twente): Cultuuronderwijs en educatie"
    ));
    assert!(shows(
        &a,
        "○ Van alle profielen gezegd (Zeeland): Talentontwikkeling"
    ));
    assert!(shows(&a, "● genoemd · ○ van alle profielen gezegd"));
    assert_snapshot!(render(&a));
}
