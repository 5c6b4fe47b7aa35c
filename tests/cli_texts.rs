//! What the commands and the exports write, read as a person reads it: theme lists that
//! cannot be misread, partners other regions have too, a matrix whose totals row is whole,
//! counts with the right form of their noun, input repeated at most in part, and regions that
//! share an id told apart. Through the real binary where it is about the command line.

mod cli_support;

mod tui_support;

use cli_support::{err, out, run};
use regioprofielen::export::{comparison_md, matrix_md, profile_md};
use regioprofielen::i18n::{EN, Lang, NL};
use regioprofielen::matrix::Matrix;
use regioprofielen::partners::SharedPartners;
use regioprofielen::tui::effect::Effect;
use tui_support::*;

#[test]
fn theme_lists_are_parted_by_a_dot_not_a_comma() {
    let o = run(&["compare", "twente", "zeeland"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(
        text.contains("Gedeelde thema's: Erfgoed, identiteit en verhalen · Internationalisering\n"),
        "{text}"
    );
    assert!(text.contains(
        "Alleen Twente: Vernieuwing en experiment · Publiek, participatie en inclusie · Samenwerking en afstemming\n"
    ));
    assert!(text.contains("○ Van alle profielen gezegd (Zeeland): Talentontwikkeling · Onderzoek, kennis en wetenschap\n"));
    assert!(text.contains("  Thema's: ● Cultuuronderwijs en educatie · Ruimte voor makers ·"));
    let en = out(&run(&["--lang", "en", "compare", "twente", "zeeland"]));
    assert!(
        en.contains("Shared themes: Heritage, identity and stories · Internationalisation\n"),
        "{en}"
    );

    let d = data();
    let twente = d.region_index("twente").expect("twente");
    let zeeland = d.region_index("zeeland").expect("zeeland");
    let c = Matrix::build(&d).compare(&[twente, zeeland]);
    let md = comparison_md(&d, &SharedPartners::build(&d), None, &c, &NL);
    assert!(md.contains(
        "- **Gedeelde thema's**: Erfgoed, identiteit en verhalen · Internationalisering\n"
    ));
    assert!(
        md.contains("- **Alleen Zeeland**: Cultuuronderwijs en educatie · Ruimte voor makers\n")
    );
    assert!(md.contains("- **○ Van alle profielen gezegd (Twente)**: Cultuuronderwijs en educatie · Talentontwikkeling ·"));
    // No list of theme labels is parted by commas anywhere in the comparison.
    for label in d.themes.iter().map(|t| t.label.as_str()) {
        assert!(!md.contains(&format!("{label}, ")), "{label}, in\n{md}");
    }
}

#[test]
fn a_province_in_two_regions_is_flagged_like_a_municipality() {
    let mra = out(&run(&["show", "mra"]));
    assert!(
        mra.contains("  Provincies: Noord-Holland, Flevoland (ook Cultuurregio Flevoland)"),
        "{mra}"
    );
    let flevo = out(&run(&["show", "flevoland"]));
    assert!(
        flevo.contains("Flevoland (ook Metropoolregio Amsterdam (MRA))"),
        "{flevo}"
    );
    let en = out(&run(&["--lang", "en", "show", "mra"]));
    assert!(
        en.contains("Flevoland (also Cultuurregio Flevoland)"),
        "{en}"
    );
    let md = out(&run(&["export", "--format", "md"]));
    assert!(md.contains("- Provincies: Noord-Holland, Flevoland (ook Cultuurregio Flevoland)"));
    let d = data();
    let mra = d.region_index("mra").expect("mra");
    let profile = profile_md(&d, &SharedPartners::build(&d), None, mra, &NL);
    assert!(
        profile.contains("Flevoland (ook Cultuurregio Flevoland)"),
        "{profile}"
    );
    // The explorer's profile page says it too (the short name of the other region).
    let mut a = sized(200, 60);
    while a.selected_region() != Some(mra) {
        ch(&mut a, 'j');
    }
    assert!(
        shows(&a, "Provincies: Noord-Holland, Flevoland (ook "),
        "{}",
        render(&a)
    );
}

/// The rows of a Markdown table: its cells, trimmed.
fn table(md: &str) -> Vec<Vec<String>> {
    md.lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|---"))
        .map(|l| {
            l.trim_matches('|')
                .split(" |")
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// Checks that every row has as many cells as the heading and none is empty, and gives the
/// totals row.
fn whole_totals(md: &str) -> Vec<String> {
    let rows = table(md);
    let width = rows[0].len();
    for row in &rows {
        assert_eq!(row.len(), width, "{row:?}");
        assert!(row.iter().all(|c| !c.is_empty()), "an empty cell: {row:?}");
    }
    let totals = rows.last().expect("a totals row").clone();
    assert_eq!(totals[0], "Totaal");
    totals
}

#[test]
fn the_matrix_totals_row_has_the_total_of_totals() {
    let md = out(&run(&["matrix", "--format", "md"]));
    let totals = whole_totals(&md);
    assert_eq!(totals.last().map(String::as_str), Some("95 ●, 21 ○"));

    // From the explorer's `e`, whole and filtered.
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, 'e');
    let Some(Effect::Export { markdown, .. }) = a.take_effects().into_iter().next() else {
        panic!("e exports");
    };
    let totals = whole_totals(&markdown);
    assert_eq!(totals.last().map(String::as_str), Some("95 ●, 21 ○"));
    ch(&mut a, 'f');
    ch(&mut a, 'e');
    let Some(Effect::Export { markdown, .. }) = a.take_effects().into_iter().next() else {
        panic!("e exports");
    };
    let totals = whole_totals(&markdown);
    // The first column's theme alone: its regions' own tags and ○ cells, summed.
    let d = data();
    let m = Matrix::build(&d);
    let rows = a.matrix_rows();
    let own: usize = rows.iter().map(|&r| m.row_total(r)).sum();
    let general: usize = rows.iter().map(|&r| m.row_general_total(r)).sum();
    let want = if general == 0 {
        format!("{own} ●")
    } else {
        format!("{own} ●, {general} ○")
    };
    assert_eq!(totals.last(), Some(&want));
    let direct = matrix_md(&d, None, &m, &rows, &NL);
    assert_eq!(whole_totals(&direct), totals);
}

#[test]
fn counts_of_one_take_the_singular_in_both_languages() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("een.ron");
    std::fs::write(&file, regioprofielen::r#gen::minimal_ron(1, 3)).expect("written");
    let path = file.to_str().expect("utf-8");
    let list = out(&run(&["--data", path, "list"]));
    assert!(
        list.contains("1 partner ·") || list.contains("1 partner\n"),
        "{list}"
    );
    assert!(!list.contains("1 partners"), "{list}");
    assert!(list.ends_with("1 / 1 regio\n"), "{list}");
    let en = out(&run(&["--lang", "en", "--data", path, "list"]));
    assert!(
        en.contains("1 partner") && !en.contains("1 partners"),
        "{en}"
    );
    assert!(en.ends_with("1 / 1 region\n"), "{en}");
    let v = out(&run(&["validate", path]));
    assert!(v.contains("1 regio, 12 thema's, 1 partner, 1 kernpunt, 0 thematags, 0 secties, 0 gebieden zonder profiel, 0 algemene uitspraken"), "{v}");
    let v = out(&run(&["--lang", "en", "validate", path]));
    assert!(
        v.contains("1 region, 12 themes, 1 partner, 1 key point, 0 theme tags"),
        "{v}"
    );
    // And the plural where it is due.
    let list = out(&run(&["list"]));
    assert!(
        list.contains("15 partners ·") && list.ends_with("15 / 15 regio's\n"),
        "{list}"
    );

    // The explorer's status bar, with one theme in the filter.
    for (lang, want) in [
        (Lang::Nl, "filter: 1 thema ("),
        (Lang::En, "filter: 1 theme ("),
    ] {
        let mut a = in_lang(lang, 80, 24);
        ch(&mut a, '2');
        ch(&mut a, 'f');
        let account = a.shown_account(true).expect("a filter is on");
        assert!(account.contains(want), "{account}");
    }
    let nl = NL.cli;
    assert_eq!(nl.partners.of(1), "1 partner");
    assert_eq!(EN.cli.regions.of(1), "1 region");
    assert_eq!(
        regioprofielen::i18n::ERRORS_NL.problem_count(13),
        "13 problemen"
    );
}

#[test]
fn long_input_is_repeated_cut() {
    let big = "x".repeat(100_000);
    let cut = format!("{}…", "x".repeat(80));
    for args in [
        vec!["where", big.as_str()],
        vec!["show", big.as_str()],
        vec!["search", big.as_str()],
        vec![big.as_str()],
        vec!["compare", "twente", big.as_str()],
        vec!["list", "--theme", big.as_str()],
        vec!["--lang", "en", "where", big.as_str()],
    ] {
        let o = run(&args);
        let all = format!("{}{}", out(&o), err(&o));
        let shown: Vec<_> = args.iter().map(|a| &a[..a.len().min(12)]).collect();
        assert!(all.len() < 2_000, "{shown:?}: {} bytes", all.len());
        assert!(all.contains(&cut), "{shown:?}: {all}");
        assert!(!all.contains(&"x".repeat(81)), "{shown:?}");
    }
    let flag = format!("--{big}");
    let value = format!("--lang={big}");
    for args in [vec!["list", flag.as_str()], vec![value.as_str(), "list"]] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2));
        assert!(err(&o).len() < 2_000, "{} bytes", err(&o).len());
        assert!(err(&o).contains('…'), "{}", err(&o));
    }
    // Paths keep their start and end.
    let o = run(&["--data", &format!("/tmp/{big}/nieuw.ron"), "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).len() < 1_000, "{}", err(&o));
    assert!(err(&o).contains("x/nieuw.ron"), "{}", err(&o));
    // And in JSON too.
    let o = run(&["show", "--json", &big]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["query"], serde_json::json!(cut));
}

#[test]
fn regions_that_share_an_id_are_told_apart_by_their_place() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("dubbel.ron");
    let text = regioprofielen::load::EMBEDDED_RON
        .replacen("id: \"brabantstad\"", "id: \"zeeland\"", 1)
        .replacen("name: \"BrabantStad\"", "name: \" \"", 1);
    std::fs::write(&file, text).expect("written");
    let o = run(&["validate", file.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(e.contains("  - regio zeeland (#2), name: leeg\n"), "{e}");
    assert!(
        e.contains("  - regio zeeland (#7), id: dubbel id \"zeeland\" (ook #2)"),
        "{e}"
    );
    assert!(e.contains("2 problemen:"), "{e}");
}
