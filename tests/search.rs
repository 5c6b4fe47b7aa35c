//! Search ranking on the real data: each lookup a user makes must put the right region first.
//! Expectations come from the data where they can (every municipality), and from the source
//! document where a person would know the answer ("wereldmagazijn" is Leiden's).

use std::collections::BTreeSet;

use proptest::prelude::*;
use regioprofielen::r#gen::generate;
use regioprofielen::load;
use regioprofielen::model::{Dataset, PartnerKind};
use regioprofielen::search::{Field, Hit, Index};
use regioprofielen::text::fold;

fn data() -> Dataset {
    match load::embedded() {
        Ok(d) => d,
        Err(e) => panic!("embedded data: {e}"),
    }
}

fn region_ids(data: &Dataset, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .filter_map(|h| h.region.map(|i| data.regions[i].id.clone()))
        .collect()
}

fn first_region(data: &Dataset, index: &Index, query: &str) -> String {
    region_ids(data, &index.search(query, 20))
        .into_iter()
        .next()
        .unwrap_or_else(|| format!("<nothing for {query:?}>"))
}

fn highlighted(hit: &Hit) -> Vec<&str> {
    hit.positions
        .iter()
        .map(|&(a, b)| &hit.snippet[a..b])
        .collect()
}

#[test]
fn every_municipality_finds_its_regions_first() {
    let data = data();
    let index = Index::build(&data);
    let names: BTreeSet<&str> = data
        .regions
        .iter()
        .flat_map(|r| r.partners_of(PartnerKind::Municipality))
        .map(|p| p.name.as_str())
        .collect();
    assert!(
        names.len() > 90,
        "the full dataset has over 90 municipalities"
    );
    let mut failures = Vec::new();
    for name in &names {
        let want: BTreeSet<String> = data
            .regions
            .iter()
            .filter(|r| {
                r.partners_of(PartnerKind::Municipality)
                    .any(|p| p.name == *name)
            })
            .map(|r| r.id.clone())
            .collect();
        let query = fold(name);
        let got: BTreeSet<String> = region_ids(&data, &index.search(&query, 20))
            .into_iter()
            .take(want.len())
            .collect();
        if got != want {
            failures.push(format!("{query}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn municipalities_in_two_regions_give_both_on_top() {
    let data = data();
    let index = Index::build(&data);
    for (query, pair) in [
        ("almere", ["flevoland", "mra"]),
        ("lelystad", ["flevoland", "mra"]),
        ("dronten", ["flevoland", "zwolle"]),
        ("noordoostpolder", ["flevoland", "zwolle"]),
        ("urk", ["flevoland", "zwolle"]),
    ] {
        let mut top: Vec<String> = region_ids(&data, &index.search(query, 20));
        top.truncate(2);
        top.sort();
        assert_eq!(top, pair, "{query}");
    }
}

#[test]
fn known_lookups_put_the_right_region_first() {
    let data = data();
    let index = Index::build(&data);
    for (query, want) in [
        ("den bosch", "brabantstad"),
        ("loss", "zuid"),
        ("station noord", "we-the-north"),
        ("proeftuin van nederland", "ede-wageningen"),
        ("wereldmagazijn", "leiden"),
        ("duitsland", "twente"),
        ("hengel", "twente"),
        ("enschde", "twente"),
    ] {
        assert_eq!(first_region(&data, &index, query), want, "{query}");
    }
}

#[test]
fn misspelt_partner_names_still_find_their_region() {
    let data = data();
    let index = Index::build(&data);
    // Swapped, dropped and wrong letters; none of these is a subsequence of the name, so
    // only the edit-distance check can find them.
    for (query, want) in [
        ("enshcede", "twente"),
        ("hengleo", "twente"),
        ("maastrihct", "zuid"),
        ("amesrfoort", "utrecht"),
        ("wagenignen", "ede-wageningen"),
    ] {
        let name = fold(query);
        let partner_names = data.regions.iter().flat_map(|r| r.partners.iter());
        assert!(
            partner_names
                .map(|p| fold(&p.name))
                .all(|p| !is_subsequence(&name, &p))
        );
        assert_eq!(first_region(&data, &index, query), want, "{query}");
    }
}

#[test]
fn highlights_cover_the_matched_characters_of_non_ascii_text() {
    let data = data();
    let index = Index::build(&data);
    let zuid = data.region_index("zuid");
    let hits = index.search("loss", 20);
    let hit = hits.iter().find(|h| h.region == zuid).expect("zuid hit");
    assert_eq!(highlighted(hit), ["Löss"]);

    let brabant = data.region_index("brabantstad");
    let hits = index.search("s-hertogenbosch", 20);
    let hit = hits
        .iter()
        .find(|h| h.region == brabant)
        .expect("brabantstad hit");
    assert!(hit.snippet.contains("’s-Hertogenbosch"), "{}", hit.snippet);
    assert_eq!(highlighted(hit), ["s-Hertogenbosch"]);

    let hits = index.search("geintensiveerd", 20);
    let hit = hits
        .iter()
        .find(|h| h.region.is_none())
        .expect("a hit in the national context");
    assert_eq!(highlighted(hit), ["geïntensiveerd"]);
}

#[test]
fn all_words_must_match_within_one_region() {
    let data = data();
    let index = Index::build(&data);
    // Hengelo is a Twente partner, Maastricht a Zuid partner: no region has both.
    assert!(!index.search("hengelo", 20).is_empty());
    assert!(!index.search("maastricht", 20).is_empty());
    assert!(region_ids(&data, &index.search("hengelo maastricht", 20)).is_empty());
    // Each word in a different field of the same region is fine.
    assert_eq!(
        region_ids(&data, &index.search("hengelo duitsland", 20)),
        ["twente"]
    );
}

/// Every searchable text of the regions.
fn all_texts(data: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    for r in &data.regions {
        out.extend([r.name.clone(), r.profile_title.clone()]);
        out.extend(r.aliases.iter().map(|a| a.name.clone()));
        out.extend(r.partners.iter().map(|p| p.name.clone()));
        out.extend(r.partner_notes.iter().cloned());
        out.extend(r.key_points.iter().map(|k| k.text.clone()));
        out.extend(r.notes.iter().map(|n| n.text.clone()));
        out.extend(r.themes.iter().map(|t| t.evidence.clone()));
    }
    out.extend(
        data.themes
            .iter()
            .flat_map(|t| [t.label.clone(), t.label_en.clone()]),
    );
    out
}

/// Whether `q` occurs in order, not necessarily together, in `text`.
fn is_subsequence(q: &str, text: &str) -> bool {
    let mut it = text.chars();
    q.chars().all(|c| it.any(|t| t == c))
}

#[test]
fn letters_strewn_across_a_paragraph_are_no_result() {
    let data = data();
    let index = Index::build(&data);
    assert!(index.search("qzvx", 20).is_empty());
    // Initials of four words of each key point: they occur in that paragraph in order, but
    // inside no single word of the data.
    let words: BTreeSet<String> = all_texts(&data)
        .iter()
        .flat_map(|t| {
            fold(t)
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut tried = 0;
    for r in &data.regions {
        for k in &r.key_points {
            let folded = fold(&k.text);
            let q: String = folded
                .split_whitespace()
                .filter_map(|w| w.chars().find(|c| c.is_ascii_lowercase()))
                .take(4)
                .collect();
            if q.len() < 4 || words.iter().any(|w| is_subsequence(&q, w)) {
                continue;
            }
            assert!(is_subsequence(&q, &folded));
            let hits = index.search(&q, 20);
            let strewn = hits.iter().any(|h| h.region == data.region_index(&r.id));
            assert!(!strewn, "{q:?} strewn over {:?} matched", k.text);
            tried += 1;
        }
    }
    assert!(tried > 20, "only {tried} strewn queries tried");
}

#[test]
fn names_rank_above_body_text() {
    let data = data();
    let index = Index::build(&data);
    // "Twente" is a region name and is named in other regions' notes.
    let hits = index.search("twente", 20);
    assert!(region_ids(&data, &hits).len() > 1);
    assert_eq!(region_ids(&data, &hits)[0], "twente");
    assert_eq!(hits[0].field, Field::Name);
    let hits = index.search("hengelo", 20);
    assert!(matches!(hits[0].field, Field::Partner(_)));
}

#[test]
fn one_hit_per_region_and_one_ranking_for_all_hits() {
    let data = data();
    let index = Index::build(&data);
    for query in [
        "cultuur",
        "talent",
        "duitsland",
        "a",
        "samenwerking regio",
        "onderzoek",
        "raad voor cultuur",
    ] {
        let hits = index.search(query, 200);
        let ids = region_ids(&data, &hits);
        let distinct: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "{query}: a region twice");
        // Regions and the cover text in one order: by score, and so by tier.
        assert!(
            hits.windows(2)
                .all(|w| w[0].score >= w[1].score && w[0].tier >= w[1].tier),
            "{query}: not sorted"
        );
    }
    // A cover-text heading that holds the query as a phrase comes before regions that
    // hold its words apart.
    let hits = index.search("raad voor cultuur", 200);
    assert_eq!(
        (hits[0].region, hits[0].field),
        (None, Field::NationalHeading)
    );
    assert_eq!(hits[0].tier, regioprofielen::search::Tier::Phrase);
}

#[test]
fn empty_query_gives_nothing() {
    let index = Index::build(&data());
    assert!(index.search("", 20).is_empty());
    assert!(index.search("  \t ", 20).is_empty());
}

#[test]
fn generator_is_deterministic_and_valid() {
    let a = generate(40, 7);
    assert_eq!(a, generate(40, 7));
    assert_ne!(a, generate(40, 8));
    assert_eq!(a.regions.len(), 40);
    for (n, seed) in [(1, 0), (40, 7), (300, 12345)] {
        let d = generate(n, seed);
        assert_eq!(load::validate(&d), vec![], "generate({n}, {seed})");
    }
    for r in &a.regions {
        let municipalities = r.partners_of(PartnerKind::Municipality).count();
        assert!((5..=40).contains(&municipalities), "{}", r.id);
        assert!((3..=10).contains(&r.key_points.len()));
        for k in &r.key_points {
            let words = k.text.split_whitespace().count();
            assert!((10..=40).contains(&words), "{words} words: {}", k.text);
        }
    }
}

#[test]
fn generated_data_is_searchable() {
    let data = generate(200, 1);
    let index = Index::build(&data);
    let r = &data.regions[137];
    let partner = &r.partners[0].name;
    let hits = index.search(&fold(partner), 20);
    let ids = region_ids(&data, &hits);
    assert!(ids.contains(&r.id), "{partner} not found");
    let rows = regioprofielen::cli::search::to_json_rows(&data, None, &hits);
    assert_eq!(rows.len(), hits.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed, highlights are sorted, disjoint, non-empty ranges on character
    /// boundaries of the snippet.
    #[test]
    fn positions_are_valid_ranges(pick in 0usize..10_000, cut in 1usize..12, typo in any::<bool>()) {
        thread_local! {
            static FIXTURE: (Dataset, Index) = {
                let d = data();
                let i = Index::build(&d);
                (d, i)
            };
        }
        FIXTURE.with(|(data, index)| {
            let texts: Vec<&str> = data.regions.iter().flat_map(|r| {
                r.key_points.iter().map(|k| k.text.as_str())
                    .chain(r.partners.iter().map(|p| p.name.as_str()))
            }).collect();
            let text = texts[pick % texts.len()];
            let mut q: String = text.chars().skip(pick % 7).take(cut).collect();
            if typo && q.chars().count() > 2 {
                let at = q.char_indices().nth(1).map_or(q.len(), |(i, _)| i);
                q.insert(at, 'x');
            }
            for hit in index.search(&q, 50) {
                let mut end = 0;
                for &(a, b) in &hit.positions {
                    prop_assert!(a < b && a >= end, "{q:?}: {:?}", hit.positions);
                    prop_assert!(hit.snippet.is_char_boundary(a) && hit.snippet.is_char_boundary(b));
                    end = b;
                }
            }
            Ok(())
        })?;
    }
}
