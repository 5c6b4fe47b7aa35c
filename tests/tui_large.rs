//! Data files other than the embedded one: many regions and themes (the lists and the matrix
//! scroll), and a file with a single region and no cover text.

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use regioprofielen::i18n::Lang;
use regioprofielen::load::MAX_THEMES;
use regioprofielen::model::{Dataset, ThemeTag};
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::View;
use regioprofielen::tui::{Action, App};
use tui_support::*;
use unicode_width::UnicodeWidthStr;

/// The embedded data grown to `regions` regions and `themes` themes.
fn grown(regions: usize, themes: usize) -> Dataset {
    let mut d = data();
    let base_themes = d.themes.clone();
    for i in base_themes.len()..themes {
        let mut t = base_themes[i % base_themes.len()].clone();
        t.id = format!("{}-{i}", t.id);
        t.label = format!("{} ({i})", t.label);
        d.themes.push(t);
    }
    let base = d.regions.clone();
    for i in base.len()..regions {
        let mut r = base[i % base.len()].clone();
        r.id = format!("{}-{i}", r.id);
        r.name = format!("{} {i}", r.name);
        r.short_name = format!("{} {i}", r.short_name);
        // Aliases may name the region itself, which now has another name.
        r.aliases.clear();
        // Tag a few of the added themes too, so the far columns have marks.
        let extra = &d.themes[(i * 7) % themes];
        if !r.has_theme(&extra.id) {
            r.themes.push(ThemeTag {
                theme: extra.id.clone(),
                evidence: r.key_points[0].text.clone(),
                source: regioprofielen::model::EvidenceSource::KeyPoints,
            });
        }
        d.regions.push(r);
    }
    let problems = regioprofielen::load::validate(&d);
    assert!(problems.is_empty(), "{problems:?}");
    d
}

fn app_with(d: Dataset, w: u16, h: u16) -> App {
    let mut a = App::with_palette(d, Lang::Nl, Palette::no_color());
    tui_support::resize(&mut a, w, h);
    a
}

#[test]
fn many_regions_scroll_in_the_list_and_the_matrix() {
    let mut a = app_with(grown(60, 12), 80, 24);
    press(&mut a, KeyCode::End);
    assert_eq!(a.selected_region(), Some(59));
    assert!(a.region_offset() > 40);
    assert!(shows(&a, "Rotterdam en regio 59"));
    ch(&mut a, '2');
    // The matrix names the region by its short label where the name does not fit.
    assert!(
        shows(&a, "Rotterdam 59"),
        "the matrix scrolled to the selection"
    );
    press(&mut a, KeyCode::Home);
    assert!(shows(&a, "We The North"));
}

#[test]
fn many_themes_scroll_the_matrix_columns() {
    let mut a = app_with(grown(20, 30), 80, 24);
    ch(&mut a, '2');
    let visible = a.areas().matrix.cols_visible;
    assert!(visible < 30, "not all 30 columns fit in 80 columns");
    for _ in 0..29 {
        press(&mut a, KeyCode::Right);
    }
    assert_eq!(a.matrix_col(), 29);
    assert!(shows(&a, "30"), "the last column's number is on screen");
    assert_snapshot!("matrix_30_themes_last_column_80x24", render(&a));
    // A click on the first visible column picks the right theme after scrolling.
    let m = a.areas().matrix;
    tui_support::click(&mut a, m.col_x(0) + 1, m.rows.y);
    assert_eq!(a.matrix_col(), 30 - visible);
}

#[test]
fn a_single_region_without_cover_text() {
    let mut d = data();
    d.regions.truncate(1);
    d.national.clear();
    d.without_profile.clear();
    let mut a = app_with(d, 80, 24);
    press(&mut a, KeyCode::Down);
    assert_eq!(a.selected_region(), Some(0));
    ch(&mut a, '4');
    assert_eq!(a.section_count(), 0);
    assert!(shows(&a, "geen begeleidende tekst"));
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::End);
    let _ = render(&a);
    ch(&mut a, '2');
    assert!(shows(&a, "Totaal"));
}

#[test]
fn extreme_data_keeps_the_frame_whole_at_every_size() {
    // As many themes as a file may have, long names in wide characters, a word longer than
    // any screen.
    let mut d = grown(40, MAX_THEMES);
    for (i, r) in d.regions.iter_mut().enumerate() {
        r.name = format!("{}{i}", "区域名称很长".repeat(40));
        r.key_points[0].text = "x".repeat(5000);
    }
    d.themes[MAX_THEMES - 1].label = "長".repeat(300);
    let mut a = app_with(d, 80, 24);
    for view in View::ALL {
        a.update(Action::ShowView(view));
        for (w, h) in [(80, 24), (60, 16), (250, 80), (61, 17), (1, 1)] {
            tui_support::resize(&mut a, w, h);
            press(&mut a, KeyCode::End);
            press(&mut a, KeyCode::Right);
            press(&mut a, KeyCode::Tab);
            press(&mut a, KeyCode::PageDown);
            let b = backend(&a);
            let buf = b.buffer();
            assert_eq!((buf.area.width, buf.area.height), (w, h));
            // A wide character never stands in the last column, where its second half would
            // fall off the screen.
            for y in 0..h {
                let last = &buf[(w - 1, y)];
                assert!(last.symbol().width() <= 1, "{view:?} {w}x{h}: row {y}");
            }
            let lines = screen(&a);
            if a.too_small() {
                continue;
            }
            // The tab bar and the status bar stay; the cursor stays on screen.
            assert!(lines[0].contains("Profielen"), "{view:?} {w}x{h}");
            assert!(
                lines[usize::from(h) - 1].trim() != "",
                "{view:?} {w}x{h}: no status bar"
            );
        }
    }
    tui_support::resize(&mut a, 80, 24);
    ch(&mut a, '2');
    press(&mut a, KeyCode::End);
    for _ in 0..300 {
        press(&mut a, KeyCode::Right);
    }
    assert_eq!(
        a.matrix_col(),
        MAX_THEMES - 1,
        "the cursor stops at the last theme"
    );
    assert!(a.areas().matrix.cols_visible > 0);
    assert!(
        shows(&a, &MAX_THEMES.to_string()),
        "the last column is in view"
    );
    assert!(shows(&a, "Totaal"));
}
