//! Counts that match the screen: a list's title counts what it lists, regions and passages
//! of the cover text apart, and a view the search empties of regions says why and how to
//! get back. Through the real input path, in Dutch and English.

mod tui_support;

use regioprofielen::i18n::Lang;
use regioprofielen::tui::view::View;
use tui_support::{driver, driver_in, words_in};

#[test]
fn a_search_that_finds_only_passages_counts_them_apart() {
    let mut d = driver(80, 24);
    d.feed(b"/geintensiveerd");
    assert!(
        d.shows("Regio's (0 van 15) · 1 passage"),
        "{:#?}",
        d.screen()
    );
    assert!(d.shows("0 van 15 · 1 passage"), "the field's count too");
    // A search with both: each counted.
    let mut d = driver(80, 24);
    d.feed(b"/internationaal");
    let regions = d.app().visible_regions().len();
    let passages = d.app().search().national.len();
    assert!(regions > 1 && passages > 1, "{regions} {passages}");
    let title = format!("Regio's ({regions} van 15) · {passages} passages");
    assert!(d.shows(&title), "{title}: {:#?}", d.screen());
}

#[test]
fn the_views_a_search_empties_say_why_and_how_back() {
    for view in [b"2", b"3", b"6"] {
        let mut d = driver(80, 24);
        // Two regions marked, so the comparison has something the search hides.
        d.feed(b" j ");
        d.feed(b"/geintensiveerd");
        d.feed(b"\x1b[B"); // stay in the field: ↓ is not Enter
        d.feed(b"\t"); // to the results, keeping the search
        d.feed(view);
        // The pane's words in reading order (the map's list is narrow: its lines wrap).
        let pane = match view {
            b"6" => d.app().areas().map.list,
            b"3" => d.app().areas().compare,
            _ => d.app().areas().screen,
        };
        let text = words_in(&d, pane);
        assert!(
            text.contains("“geintensiveerd” staat in geen regio, wel in 1 passage"),
            "{text}"
        );
        assert!(text.contains("1 toont de resultaten in Profielen, Esc wist de zoekterm."));
        // And the keys it names do what it says.
        d.feed(b"\x1b");
        assert!(!d.app().search().is_filtering(), "Esc clears the search");
        assert_eq!(d.app().visible_regions().len(), 15);
    }
    let mut d = driver(80, 24);
    d.feed(b"/geintensiveerd");
    d.feed(b"\t");
    d.feed(b"2");
    d.feed(b"1");
    assert_eq!(d.app().view(), View::Profiles);
    assert!(d.shows("§ Totstandkoming"), "the passage is listed there");
}

#[test]
fn in_english_too() {
    let mut d = driver_in(Lang::En, 80, 24);
    d.feed(b"/geintensiveerd");
    assert!(
        d.shows("Regions (0 of 15) · 1 passage"),
        "{:#?}",
        d.screen()
    );
    d.feed(b"\t2");
    let screen = d.screen().join("\n");
    assert!(
        screen.contains("“geintensiveerd” is in no region, but in 1 passage of the cover"),
        "{screen}"
    );
}
