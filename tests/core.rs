//! The pure core on the real data: matrix, comparison, filter and facets.

use proptest::prelude::*;
use regioprofielen::filter::{Mode, ThemeFilter, facets};
use regioprofielen::load;
use regioprofielen::matrix::{Matrix, SortKey};
use regioprofielen::model::Dataset;

fn data() -> Dataset {
    load::embedded().expect("embedded")
}

fn idx(d: &Dataset, id: &str) -> usize {
    d.region_index(id)
        .unwrap_or_else(|| panic!("no region {id}"))
}

fn theme_ids(d: &Dataset, ts: &[usize]) -> Vec<String> {
    ts.iter().map(|&t| d.themes[t].id.clone()).collect()
}

#[test]
fn matrix_matches_the_tags() {
    let d = data();
    let m = Matrix::build(&d);
    assert_eq!((m.regions(), m.themes()), (15, 12));
    for (r, region) in d.regions.iter().enumerate() {
        for (t, theme) in d.themes.iter().enumerate() {
            assert_eq!(m.has(r, t), region.has_theme(&theme.id));
            if let Some(i) = m.tag(r, t) {
                assert_eq!(region.themes[i].theme, theme.id);
            }
        }
        assert_eq!(m.row_total(r), region.themes.len());
    }
    assert!(!m.has(99, 0) && !m.has(0, 99), "out of range is false");
}

#[test]
fn compare_a_pair() {
    let d = data();
    let m = Matrix::build(&d);
    let (tw, ze) = (idx(&d, "twente"), idx(&d, "zeeland"));
    let c = m.compare(&[tw, ze]);
    // Both name Germany/Flanders cooperation and heritage.
    assert_eq!(theme_ids(&d, &c.shared), ["erfgoed", "internationaal"]);
    assert_eq!(
        theme_ids(&d, &c.only[0]),
        ["vernieuwing", "publiek", "samenwerking"]
    );
    assert_eq!(theme_ids(&d, &c.only[1]), ["onderwijs", "makers"]);
}

#[test]
fn compare_a_triple_only_counts_themes_no_other_has() {
    let d = data();
    let m = Matrix::build(&d);
    let rs = [idx(&d, "twente"), idx(&d, "zeeland"), idx(&d, "leiden")];
    let c = m.compare(&rs);
    for &t in &c.shared {
        assert!(rs.iter().all(|&r| m.has(r, t)));
    }
    for (k, only) in c.only.iter().enumerate() {
        for &t in only {
            assert!(m.has(rs[k], t));
            assert!(rs.iter().enumerate().all(|(j, &r)| j == k || !m.has(r, t)));
        }
    }
    // Leiden and Zeeland both have onderwijs: not "only" for either, not shared (Twente lacks it).
    let onderwijs = d.theme_index("onderwijs").unwrap();
    assert!(!c.shared.contains(&onderwijs));
    assert!(c.only.iter().all(|o| !o.contains(&onderwijs)));
    let expected: Vec<String> = d
        .themes
        .iter()
        .filter(|t| rs.iter().all(|&r| d.regions[r].has_theme(&t.id)))
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(theme_ids(&d, &c.shared), expected);
    assert_eq!(expected, ["erfgoed"]);
}

#[test]
fn sorting_by_total_and_by_theme() {
    let d = data();
    let m = Matrix::build(&d);
    let all: Vec<usize> = (0..15).collect();
    assert_eq!(m.sorted(&all, SortKey::Document), all);
    let by_total = m.sorted(&all, SortKey::Total);
    assert!(
        by_total
            .windows(2)
            .all(|w| m.row_total(w[0]) >= m.row_total(w[1]))
    );
    assert_eq!(d.regions[by_total[0]].id, "rotterdam", "most themes first");
    let t = d.theme_index("leefomgeving").unwrap();
    let by_theme = m.sorted(&all, SortKey::Theme(t));
    let n = m.column_total(t, &all);
    assert!(by_theme[..n].iter().all(|&r| m.has(r, t)));
    assert!(by_theme[n..].iter().all(|&r| !m.has(r, t)));
}

#[test]
fn filter_all_any_and_facets() {
    let d = data();
    let m = Matrix::build(&d);
    let all: Vec<usize> = (0..15).collect();
    let e = d.theme_index("erfgoed").unwrap();
    let i = d.theme_index("internationaal").unwrap();
    let f = ThemeFilter::with(12, &[e, i], Mode::All);
    let shown = f.apply(&m, &all);
    let ids: Vec<&str> = shown.iter().map(|&r| d.regions[r].id.as_str()).collect();
    // We The North's heritage tag rested on research about identity, and is gone.
    assert_eq!(ids, ["twente", "zeeland", "mra", "haaglanden", "zuid"]);
    let fc = facets(&m, &shown);
    assert_eq!(fc[e], shown.len());
    assert_eq!(fc[i], shown.len());
    for (t, &n) in fc.iter().enumerate() {
        assert_eq!(n, shown.iter().filter(|&&r| m.has(r, t)).count());
    }
    let mut f2 = f.clone();
    f2.mode = f2.mode.toggled();
    assert!(f2.apply(&m, &all).len() > shown.len());
    f2.clear();
    assert!(!f2.is_active());
    assert_eq!(f2.apply(&m, &all), all);
}

#[test]
fn the_filter_counts_general_cells_only_when_asked() {
    let d = data();
    let m = Matrix::build(&d);
    let all: Vec<usize> = (0..15).collect();
    let kennis = d.theme_index("kennis").unwrap();
    let mut f = ThemeFilter::with(12, &[kennis], Mode::All);
    let own = f.apply(&m, &all);
    assert_eq!(own.len(), m.column_total(kennis, &all));
    assert_eq!(own.len(), 7);
    f.general = true;
    // "Elk profiel is gebaseerd op onderzoek": with ○, every region passes.
    assert_eq!(f.apply(&m, &all), all);
    let gen_facets = regioprofielen::filter::general_facets(&m, &own);
    assert!(gen_facets.iter().all(|&n| n <= own.len()));
    assert_eq!(
        gen_facets[kennis], 0,
        "a region with its own tag has no ○ for it"
    );
    // A theme said of many profiles only is never let through by ○.
    let publiek = d.theme_index("publiek").unwrap();
    let mut p = ThemeFilter::with(12, &[publiek], Mode::All);
    let before = p.apply(&m, &all);
    p.general = true;
    assert_eq!(p.apply(&m, &all), before);
}

#[test]
fn compare_lists_general_themes_apart() {
    let d = data();
    let m = Matrix::build(&d);
    let (tw, ze) = (idx(&d, "twente"), idx(&d, "zeeland"));
    let c = m.compare(&[tw, ze]);
    assert_eq!(
        theme_ids(&d, &c.general[0]),
        ["onderwijs", "talent", "kennis"]
    );
    assert_eq!(theme_ids(&d, &c.general[1]), ["talent", "kennis"]);
    // Shared and only stay on own tags: Zeeland's own education is "only Zeeland", though the
    // cover text says every profile stresses it.
    assert!(c.only[1].contains(&d.theme_index("onderwijs").unwrap()));
    assert!(!c.shared.contains(&d.theme_index("talent").unwrap()));
}

proptest! {
    #[test]
    fn all_is_a_subset_of_any(chosen in proptest::collection::vec(0usize..12, 0..6)) {
        let d = data();
        let m = Matrix::build(&d);
        let rows: Vec<usize> = (0..d.regions.len()).collect();
        let all = ThemeFilter::with(12, &chosen, Mode::All).apply(&m, &rows);
        let any = ThemeFilter::with(12, &chosen, Mode::Any).apply(&m, &rows);
        prop_assert!(all.iter().all(|r| any.contains(r)));
        if chosen.is_empty() {
            prop_assert_eq!(all.len(), rows.len());
        }
        let fc = facets(&m, &all);
        for t in chosen {
            prop_assert_eq!(fc[t], all.len());
        }
    }
}
