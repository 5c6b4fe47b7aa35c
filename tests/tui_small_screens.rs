//! Small screens keep every view in reach and every name readable: the tab bar at 60
//! columns, region names that give way to their short labels rather than being cut in two,
//! lists that say what they hide. Through the real input path.

mod tui_support;

use regioprofielen::tui::view::View;
use tui_support::{data, driver};

#[test]
fn every_tab_stays_in_the_tab_bar_and_answers_its_key_and_a_click() {
    for (w, h) in [(60, 16), (60, 20), (70, 20), (80, 24), (120, 40)] {
        let mut d = driver(w, h);
        for v in View::ALL {
            let n = v.number().to_string();
            let bar = &d.screen()[0];
            assert!(bar.contains(&n), "tab {n} at {w}x{h}: {bar:?}");
            // The tab's number shows the view, and the tab bar names it.
            d.feed(n.as_bytes());
            assert_eq!(d.app().view(), v, "{w}x{h}");
            let bar = &d.screen()[0];
            assert!(bar.contains(v.title(d.app().tt())), "{w}x{h}: {bar:?}");
        }
        // A click on each tab shows its view.
        for v in View::ALL {
            let areas = d.app().areas();
            let (_, r) = areas.tab_hits.iter().find(|(t, _)| *t == v).expect("a tab");
            assert!(r.width > 0, "{v:?} has room at {w}x{h}");
            d.click(r.x, r.y);
            assert_eq!(d.app().view(), v, "click at {w}x{h}");
        }
    }
}

#[test]
fn names_that_do_not_fit_give_way_to_their_short_label() {
    let mut d = driver(60, 20);
    d.feed(b"G"); // to the end of the list, so every region has been in view
    let mut seen = Vec::new();
    d.feed(b"g");
    for _ in 0..data().regions.len() {
        seen.extend(d.screen());
        d.feed(b"j");
    }
    for r in &data().regions {
        let whole = seen.iter().any(|l| l.contains(&r.name));
        let short = seen.iter().any(|l| l.contains(&format!("  {}", r.short())));
        assert!(
            whole || short,
            "{}: neither whole nor its short label",
            r.name
        );
    }
    // No name is cut in the middle ("Cultuurre… Flevoland").
    let list = &seen;
    assert!(!list.iter().any(|l| l.contains("… ")), "a name cut in two");
}

#[test]
fn a_list_that_cannot_show_all_its_rows_says_how_many_are_hidden() {
    let mut d = driver(80, 20);
    assert!(d.shows("↓ 3 meer"), "{:#?}", d.screen());
    d.feed(b"G");
    assert!(d.shows("↑ 3 meer"), "{:#?}", d.screen());
    assert!(!d.shows("↓"), "nothing below the last row");
    // At 80x23 every region shows, and nothing is said to be hidden.
    let d = driver(80, 23);
    assert!(d.shows("Rotterdam en regio"));
    assert!(!d.shows("meer ┛"));
}
