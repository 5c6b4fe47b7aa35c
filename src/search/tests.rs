//! Ranking rules on small hand-made datasets, where every expectation can be traced.

use super::*;
use crate::model::{
    AreaWithoutProfile, Dataset, EvidenceSource, KeyPoint, KeyPointKind, Partner, PartnerKind,
    Region, Section, SectionItem, SectionItemKind, Theme, ThemeTag,
};

fn region(id: &str, name: &str, partners: &[&str], key_points: &[&str]) -> Region {
    Region {
        id: id.into(),
        name: name.into(),
        short_name: String::new(),
        profile_title: format!("Profiel {name}"),
        partners: partners
            .iter()
            .map(|p| Partner {
                name: p.to_string(),
                kind: PartnerKind::Municipality,
            })
            .collect(),
        partner_notes: Vec::new(),
        route_oost: false,
        key_points: key_points
            .iter()
            .map(|t| KeyPoint {
                kind: KeyPointKind::Bullet,
                text: t.to_string(),
            })
            .collect(),
        notes: Vec::new(),
        aliases: Vec::new(),
        themes: Vec::new(),
    }
}

fn dataset(regions: Vec<Region>, national: &[&str]) -> Dataset {
    Dataset {
        title: "t".into(),
        source: None,
        themes: vec![Theme {
            id: "erfgoed".into(),
            label: "Erfgoed".into(),
            label_en: "Heritage".into(),
            description: "d".into(),
        }],
        general_statements: Vec::new(),
        regions,
        national: vec![Section {
            id: "s".into(),
            heading: "Blik op de toekomst".into(),
            items: national
                .iter()
                .map(|t| SectionItem {
                    kind: SectionItemKind::Paragraph,
                    heading: None,
                    text: t.to_string(),
                })
                .collect(),
        }],
        without_profile: vec![AreaWithoutProfile {
            name: "Noord-Limburg".into(),
            text: "Nog geen profiel.".into(),
        }],
    }
}

fn sample() -> Dataset {
    dataset(
        vec![
            region(
                "oost",
                "Oost",
                &["Hengelo", "Enschede", "Losser"],
                &["De natuurlijke relatie met Duitsland en innovatie"],
            ),
            region(
                "zuid",
                "Zuid",
                &["Maastricht"],
                &[
                    "Löss, wat hier leeft; reizen naar Hengelo en terug",
                    "Samenwerkingsverbanden worden geïntensiveerd in de regio",
                ],
            ),
        ],
        &["Bestaande samenwerkingsverbanden zijn geïntensiveerd, ook rond Hengelo."],
    )
}

fn ids(data: &Dataset, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| match h.region {
            Some(i) => data.regions[i].id.clone(),
            None => format!("national:{}", h.field.name()),
        })
        .collect()
}

#[test]
fn empty_and_blank_queries_give_nothing() {
    let idx = Index::build(&sample());
    assert!(idx.search("", 10).is_empty());
    assert!(idx.search("   ", 10).is_empty());
    assert!(idx.search(" - ’ ", 10).is_empty());
    assert!(idx.search("hengelo", 0).is_empty());
}

#[test]
fn partner_above_body_text_and_national_last() {
    let data = sample();
    let idx = Index::build(&data);
    let hits = idx.search("hengelo", 10);
    assert_eq!(ids(&data, &hits), ["oost", "zuid", "national:national"]);
    assert_eq!(hits[0].field, Field::Partner(0));
    assert_eq!(hits[1].field, Field::KeyPoint(0));
    assert!(hits[0].score > hits[1].score);
    // The national hit scores no lower than the body-text hit, yet comes after all regions.
    assert_eq!(hits[2].region, None);
    assert_eq!(hits[2].section, Some(0));
}

#[test]
fn one_hit_per_region_with_the_other_fields() {
    let mut data = sample();
    data.regions[0].key_points.push(KeyPoint {
        kind: KeyPointKind::Bullet,
        text: "Hengelo en Enschede werken samen".into(),
    });
    let idx = Index::build(&data);
    let hits = idx.search("hengelo", 10);
    assert_eq!(hits.iter().filter(|h| h.region == Some(0)).count(), 1);
    assert_eq!(hits[0].field, Field::Partner(0));
    assert_eq!(hits[0].other_fields, vec![Field::KeyPoint(1)]);
}

#[test]
fn every_word_must_match_somewhere_in_the_region() {
    let data = sample();
    let idx = Index::build(&data);
    // "duitsland" only in oost; "hengelo" in both regions.
    let hits = idx.search("hengelo duitsland", 10);
    assert_eq!(ids(&data, &hits), ["oost"]);
    assert!(idx.search("hengelo xylofoon", 10).is_empty());
}

#[test]
fn whole_word_beats_prefix_beats_fuzzy() {
    let data = dataset(
        vec![
            region("a", "A", &["Almelo"], &["Een lossere aanpak van de regio"]),
            region("b", "B", &["Borne"], &["De grond is hier löss en klei"]),
            region("c", "C", &["Cuijk"], &["Lokale samenwerking speelt"]),
        ],
        &[],
    );
    let idx = Index::build(&data);
    // The whole word in b, a prefix ("lossere") in a; c has l..o..s..s strewn over a
    // sentence and is no result at all.
    let hits = idx.search("loss", 10);
    assert_eq!(ids(&data, &hits), ["b", "a"]);
}

#[test]
fn strewn_letters_are_noise() {
    let data = sample();
    let idx = Index::build(&data);
    // "nrlt": n, r, l, t occur in that order in "De natuurlijke relatie" but in no word.
    assert!(crate::text::fold(&data.regions[0].key_points[0].text).contains('n'));
    assert!(idx.search("nrlt", 10).is_empty());
    assert!(idx.search("qzvx", 10).is_empty());
}

#[test]
fn typos_in_names_are_forgiven_but_not_in_body_text() {
    let data = sample();
    let idx = Index::build(&data);
    let hits = idx.search("enshcede", 10);
    assert_eq!(ids(&data, &hits), ["oost"]);
    assert_eq!(hits[0].field, Field::Partner(1));
    assert_eq!(hits[0].positions, vec![(0, "Enschede".len())]);
    // The same kind of typo against a word that stands only in body text finds nothing.
    assert!(idx.search("duistland", 10).is_empty());
}

#[test]
fn highlights_land_on_original_characters() {
    let data = sample();
    let idx = Index::build(&data);
    let hits = idx.search("loss", 10);
    let zuid = hits.iter().find(|h| h.region == Some(1)).expect("zuid");
    let (a, b) = zuid.positions[0];
    assert_eq!(&zuid.snippet[a..b], "Löss");
    let hits = idx.search("geintensiveerd", 10);
    let national = hits.iter().find(|h| h.region.is_none()).expect("national");
    let hl: Vec<&str> = national
        .positions
        .iter()
        .map(|&(a, b)| &national.snippet[a..b])
        .collect();
    assert_eq!(hl, ["geïntensiveerd"]);
}

#[test]
fn phrase_in_one_field_beats_words_spread_over_fields() {
    let data = dataset(
        vec![
            region("a", "A", &["Noord-Brabant"], &["Een station in de stad"]),
            region("b", "B", &["Bergen"], &["Zij investeren in Station Noord"]),
        ],
        &[],
    );
    let idx = Index::build(&data);
    assert_eq!(ids(&data, &idx.search("station noord", 10)), ["b", "a"]);
}

#[test]
fn theme_labels_and_evidence_are_searched() {
    let mut data = sample();
    data.regions[1].themes.push(ThemeTag {
        theme: "erfgoed".into(),
        evidence: "wat hier leeft".into(),
        source: EvidenceSource::KeyPoints,
    });
    let idx = Index::build(&data);
    let hits = idx.search("heritage", 10);
    assert_eq!(ids(&data, &hits), ["zuid"]);
    assert_eq!(hits[0].field, Field::ThemeEn(0));
    let hits = idx.search("erfgoed", 10);
    assert_eq!(hits[0].field, Field::Theme(0));
    let hits = idx.search("noord-limburg", 10);
    assert_eq!(hits[0].field, Field::WithoutProfileName(0));
    assert_eq!((hits[0].region, hits[0].section), (None, None));
}

#[test]
fn a_whole_word_in_body_text_beats_a_partner_prefix() {
    // Tiers come before field weights: "hengel" is a whole word in a's key point and only
    // the beginning of b's partner "Hengelo".
    let data = dataset(
        vec![
            region("body", "A", &["Borne"], &["Een hengel aan de waterkant"]),
            region("partner", "B", &["Hengelo"], &["Niets hier"]),
        ],
        &[],
    );
    let idx = Index::build(&data);
    let hits = idx.search("hengel", 10);
    assert_eq!(ids(&data, &hits), ["body", "partner"]);
    assert_eq!((hits[0].tier, hits[1].tier), (Tier::Whole, Tier::Part));
    // Within one tier the field decides: the partner before the key point.
    let hits = idx.search("hengelo", 10);
    assert_eq!(ids(&data, &hits), ["partner"]);
}

#[test]
fn words_side_by_side_beat_the_same_words_apart() {
    let data = dataset(
        vec![
            region("apart", "A", &["Borne"], &["Het station ligt in het noord"]),
            region(
                "together",
                "B",
                &["Goes"],
                &["Zij investeren in Station Noord"],
            ),
        ],
        &[],
    );
    let idx = Index::build(&data);
    assert_eq!(
        ids(&data, &idx.search("station noord", 10)),
        ["together", "apart"]
    );
}

#[test]
fn a_shared_note_counts_most_for_the_region_named_nearest() {
    let note = crate::model::Note {
        section: "Blik op de toekomst".into(),
        text: "In Oost wordt samengewerkt, Zuid investeert in Station Noord.".into(),
    };
    let mut oost = region("oost", "Oost", &["Borne"], &["Niets"]);
    let mut zuid = region("zuid", "Zuid", &["Goes"], &["Niets"]);
    oost.notes.push(note.clone());
    zuid.notes.push(note);
    let data = dataset(vec![oost, zuid], &[]);
    let idx = Index::build(&data);
    let hits = idx.search("station noord", 10);
    assert_eq!(ids(&data, &hits), ["zuid", "oost"]);
    assert!(hits[0].score > hits[1].score);
}

#[test]
fn occurrences_find_each_place_of_a_matched_phrase_as_it_stood() {
    use super::occurrences;
    let text = "Het programma Cultuureducatie met Kwaliteit loopt; een programma als cultuureducatie met kwaliteit, en CULTUUREDUCATIE.";
    let first = text.find("Cultuureducatie").expect("in the text");
    let words = [
        first..first + "Cultuureducatie".len(),
        first + 16..first + 19,
        first + 20..first + 29,
    ];
    let places = occurrences(text, &words);
    let found: Vec<Vec<&str>> = places
        .iter()
        .map(|p| p.iter().map(|r| &text[r.clone()]).collect())
        .collect();
    assert_eq!(
        found,
        [
            ["Cultuureducatie", "met", "Kwaliteit"],
            ["cultuureducatie", "met", "kwaliteit"]
        ]
    );
    // A part of a word stands as a part elsewhere too, not inside another word's middle.
    let text = "talentontwikkeling en talenthubs, maar niet bijtalent";
    let found: Vec<&str> = occurrences(text, &[std::ops::Range { start: 0, end: 6 }])
        .iter()
        .map(|p| &text[p[0].clone()])
        .collect();
    assert_eq!(found, ["talent", "talent"]);
    // A whole word only as a whole word; diacritics folded.
    let text = "Ëde en ede, niet Ederveen";
    let found = occurrences(
        text,
        &[std::ops::Range {
            start: 0,
            end: "Ëde".len(),
        }],
    );
    assert_eq!(found.len(), 2);
}
