//! Fidelity of `assets/profiles.ron` to the source document `assets/source.txt`.
//!
//! Every quoted string of the dataset must occur verbatim in the source, after normalising
//! whitespace (and rejoining words broken at a hyphen at the end of a line). The structure
//! (regions, partner counts, sections) is checked against counts taken from the source.

use std::collections::{BTreeMap, BTreeSet};

use regioprofielen::model::*;

mod source_support;

use source_support::{collapse, dataset, normalised_source};

/// Every verbatim string of the dataset, with its field path.
fn verbatim_strings(d: &Dataset) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = vec![("title".into(), d.title.clone())];
    for r in &d.regions {
        let p = format!("regions[{}]", r.id);
        v.push((format!("{p}.name"), r.name.clone()));
        v.push((format!("{p}.profile_title"), r.profile_title.clone()));
        for (i, x) in r.partners.iter().enumerate() {
            v.push((format!("{p}.partners[{i}].name"), x.name.clone()));
        }
        for (i, x) in r.partner_notes.iter().enumerate() {
            v.push((format!("{p}.partner_notes[{i}]"), x.clone()));
        }
        for (i, x) in r.key_points.iter().enumerate() {
            v.push((format!("{p}.key_points[{i}].text"), x.text.clone()));
        }
        for (i, x) in r.notes.iter().enumerate() {
            v.push((format!("{p}.notes[{i}].text"), x.text.clone()));
        }
        for (i, x) in r.themes.iter().enumerate() {
            v.push((format!("{p}.themes[{i}].evidence"), x.evidence.clone()));
        }
    }
    for s in &d.national {
        let p = format!("national[{}]", s.id);
        v.push((format!("{p}.heading"), s.heading.clone()));
        for (i, it) in s.items.iter().enumerate() {
            if let Some(h) = &it.heading {
                v.push((format!("{p}.items[{i}].heading"), h.clone()));
            }
            v.push((format!("{p}.items[{i}].text"), it.text.clone()));
        }
    }
    for (i, a) in d.without_profile.iter().enumerate() {
        v.push((format!("without_profile[{i}].name"), a.name.clone()));
        v.push((format!("without_profile[{i}].text"), a.text.clone()));
    }
    for (i, g) in d.general_statements.iter().enumerate() {
        v.push((format!("general_statements[{i}].quote"), g.quote.clone()));
    }
    v
}

#[test]
fn every_quoted_string_is_verbatim_from_the_source() {
    let d = dataset();
    let src = normalised_source();
    let mut failures = Vec::new();
    for (path, s) in verbatim_strings(&d) {
        if s.is_empty() {
            failures.push(format!("{path}: empty string"));
        } else if s != collapse(&s) {
            failures.push(format!("{path}: whitespace not normalised: {s:?}"));
        } else if !src.contains(&s) {
            failures.push(format!("{path}: not in source: {s:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const REGION_IDS: [&str; 15] = [
    "we-the-north",
    "brabantstad",
    "twente",
    "flevoland",
    "stedendriehoek",
    "arnhem-nijmegen",
    "zeeland",
    "ede-wageningen",
    "mra",
    "haaglanden",
    "utrecht",
    "zwolle",
    "zuid",
    "leiden",
    "rotterdam",
];

#[test]
fn regions_in_document_order() {
    let d = dataset();
    let ids: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, REGION_IDS);
}

#[test]
fn partner_counts_as_printed() {
    // (id, municipalities, provinces, organisations), counted in the source's partner column.
    let expected: [(&str, usize, usize, usize); 15] = [
        ("we-the-north", 4, 3, 0),
        ("brabantstad", 5, 1, 0),
        ("twente", 14, 1, 0),
        ("flevoland", 6, 1, 0),
        ("stedendriehoek", 3, 0, 0),
        ("arnhem-nijmegen", 2, 1, 2),
        ("zeeland", 4, 1, 0),
        ("ede-wageningen", 2, 0, 0),
        ("mra", 32, 2, 1),
        ("haaglanden", 9, 0, 0),
        ("utrecht", 2, 1, 0),
        ("zwolle", 21, 0, 0),
        ("zuid", 3, 1, 0),
        ("leiden", 1, 0, 0),
        ("rotterdam", 2, 0, 0),
    ];
    let d = dataset();
    let mut failures = Vec::new();
    for (id, m, p, o) in expected {
        let r = d.region(id).unwrap_or_else(|| panic!("region {id}"));
        let got = (
            r.partners_of(PartnerKind::Municipality).count(),
            r.partners_of(PartnerKind::Province).count(),
            r.partners_of(PartnerKind::Organisation).count(),
        );
        if got != (m, p, o) {
            failures.push(format!("{id}: expected {:?}, got {got:?}", (m, p, o)));
        }
        let names: BTreeSet<(PartnerKind, &str)> = r
            .partners
            .iter()
            .map(|x| (x.kind, x.name.as_str()))
            .collect();
        if names.len() != r.partners.len() {
            failures.push(format!("{id}: duplicate partner"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let total: usize = d.regions.iter().map(|r| r.partners.len()).sum();
    assert_eq!(
        total,
        7 + 6 + 15 + 7 + 3 + 5 + 5 + 2 + 35 + 9 + 3 + 21 + 4 + 1 + 2
    );
}

#[test]
fn partner_names_carry_no_kind_word_or_trailing_punctuation() {
    let d = dataset();
    let mut failures = Vec::new();
    for r in &d.regions {
        for p in &r.partners {
            let lower = p.name.to_lowercase();
            if lower.starts_with("gemeente") || lower.starts_with("provincie") {
                failures.push(format!("{}: {:?}", r.id, p.name));
            }
            if p.name.ends_with(['.', ',', ';', ':']) {
                failures.push(format!("{}: {:?}", r.id, p.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn route_oost_regions() {
    let d = dataset();
    let got: Vec<&str> = d
        .regions
        .iter()
        .filter(|r| r.route_oost)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(
        got,
        [
            "twente",
            "stedendriehoek",
            "arnhem-nijmegen",
            "ede-wageningen",
            "zwolle"
        ]
    );
    // The source marks exactly five profiles.
    assert_eq!(
        normalised_source()
            .matches("Onderdeel van ROUTE OOST")
            .count(),
        5
    );
}

#[test]
fn national_sections() {
    let d = dataset();
    let ids: Vec<&str> = d.national.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "inleiding",
            "totstandkoming",
            "inhoud-en-reikwijdte",
            "blik-op-de-toekomst",
            "vragen-aan-de-raad"
        ]
    );
    let count = |kind: SectionItemKind| {
        d.national
            .iter()
            .flat_map(|s| &s.items)
            .filter(|i| i.kind == kind)
            .count()
    };
    assert_eq!(count(SectionItemKind::AttentionPoint), 5);
    assert_eq!(count(SectionItemKind::ProgrammeTheme), 4);
    assert_eq!(count(SectionItemKind::Question), 5);
    for s in &d.national {
        for it in &s.items {
            let needs_heading = matches!(
                it.kind,
                SectionItemKind::AttentionPoint | SectionItemKind::ProgrammeTheme
            );
            assert_eq!(
                it.heading.is_some(),
                needs_heading,
                "{}: {:?} heading",
                s.id,
                it.kind
            );
        }
    }
    for s in &d.national {
        for it in &s.items {
            let allowed = match it.kind {
                SectionItemKind::Paragraph => true,
                SectionItemKind::AttentionPoint | SectionItemKind::ProgrammeTheme => {
                    s.id == "blik-op-de-toekomst"
                }
                SectionItemKind::Question => s.id == "vragen-aan-de-raad",
            };
            assert!(allowed, "{}: {:?} out of place", s.id, it.kind);
        }
    }
}

/// The cover text rendered back from the dataset, bullets as "•".
fn rendered_cover(d: &Dataset) -> String {
    let mut parts = vec![d.title.clone()];
    for s in &d.national {
        parts.push(s.heading.clone());
        for it in &s.items {
            match (&it.kind, &it.heading) {
                (SectionItemKind::Question, _) => parts.push(format!("• {}", it.text)),
                (_, Some(h)) => parts.push(format!("• {h} {}", it.text)),
                (_, None) => parts.push(it.text.clone()),
            }
        }
    }
    parts.join(" ")
}

#[test]
fn cover_text_is_complete_and_in_order() {
    let d = dataset();
    let src = normalised_source();
    let table = src
        .find("Samenwerkingsverband + Titel profiel Kernpunten")
        .expect("table header");
    assert_eq!(rendered_cover(&d), src[..table].trim());
}

/// A region's key points rendered back, bullets as "•".
fn rendered_key_points(r: &Region) -> String {
    r.key_points
        .iter()
        .map(|k| match k.kind {
            KeyPointKind::Bullet => format!("• {}", k.text),
            _ => k.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn table_rows_are_complete_and_in_order() {
    let d = dataset();
    let src = normalised_source();
    let header = "Samenwerkingsverband + Titel profiel Kernpunten ";
    let table_start = src.find(header).expect("table header") + header.len();
    let table = &src[table_start..];
    let starts: Vec<usize> = d
        .regions
        .iter()
        .map(|r| {
            let head = format!("{} {} ", r.name, r.profile_title);
            table
                .find(&head)
                .unwrap_or_else(|| panic!("{}: {head:?} not in table", r.id))
        })
        .collect();
    assert_eq!(starts[0], 0, "table starts with the first region");
    let mut failures = Vec::new();
    for (i, r) in d.regions.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(table.len());
        if end <= starts[i] {
            failures.push(format!("{}: out of order", r.id));
            continue;
        }
        let row = table[starts[i]..end].trim();
        let row = &row[r.name.len() + 1 + r.profile_title.len()..];
        let kp = rendered_key_points(r);
        let Some(middle) = row.strip_suffix(kp.as_str()) else {
            failures.push(format!("{}: key points are not the end of the row", r.id));
            continue;
        };
        // What stands between title and key points: the partner column (and ROUTE OOST).
        let mut middle = middle.to_string();
        for n in &r.partner_notes {
            if !middle.contains(n.as_str()) {
                failures.push(format!("{}: partner note not in partner column", r.id));
            }
            middle = middle.replacen(n.as_str(), " ", 1);
        }
        let marker = "Onderdeel van ROUTE OOST";
        if middle.contains(marker) != r.route_oost {
            failures.push(format!("{}: route_oost does not match", r.id));
        }
        let middle = middle.replacen(marker, " ", 1);
        let mut residue = String::new();
        let mut cursor = 0;
        for p in &r.partners {
            match middle[cursor..].find(p.name.as_str()) {
                Some(pos) => {
                    residue.push_str(&middle[cursor..cursor + pos]);
                    residue.push(' ');
                    cursor += pos + p.name.len();
                }
                None => failures.push(format!("{}: partner {:?} not in order", r.id, p.name)),
            }
        }
        residue.push_str(&middle[cursor..]);
        let residue = residue.replace("Dit betreft de gemeenten", " ");
        let allowed = ["Gemeente", "gemeente", "Provincie", "Provincies", "en"];
        let left: Vec<&str> = residue
            .split_whitespace()
            .map(|w| w.trim_matches(|c| c == ',' || c == '.'))
            .filter(|w| !w.is_empty() && !allowed.contains(w))
            .collect();
        if !left.is_empty() {
            failures.push(format!("{}: partner column text left over: {left:?}", r.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn areas_without_profile() {
    let d = dataset();
    let names: Vec<&str> = d.without_profile.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["Schiedam", "Noord-Holland Noord", "Midden en Noord-Limburg"]
    );
    for a in &d.without_profile {
        assert!(a.text.contains(&a.name), "{}", a.name);
    }
}

/// Every tag whose quote does not stand inside one field of the kind its `source` names, of
/// its own region: a key point, a text of the partner column, or a cover-text note about the
/// region. No kind stands in for another.
fn misplaced_evidence(d: &Dataset) -> Vec<String> {
    let mut failures = Vec::new();
    for r in &d.regions {
        let key_points: Vec<&str> = match_kind(r, EvidenceSource::KeyPoints);
        let partners: Vec<&str> = match_kind(r, EvidenceSource::Partners);
        let cover: Vec<&str> = match_kind(r, EvidenceSource::CoverText);
        for t in &r.themes {
            let kind = match t.source {
                EvidenceSource::KeyPoints => &key_points,
                EvidenceSource::Partners => &partners,
                EvidenceSource::CoverText => &cover,
            };
            if !kind.iter().any(|f| f.contains(t.evidence.as_str())) {
                let found: Vec<&str> = [
                    ("key_points", &key_points),
                    ("partners", &partners),
                    ("cover_text", &cover),
                ]
                .iter()
                .filter(|(_, fs)| fs.iter().any(|f| f.contains(t.evidence.as_str())))
                .map(|(k, _)| *k)
                .collect();
                failures.push(format!(
                    "{} / {}: source {} but the quote stands in {:?}: {:?}",
                    r.id,
                    t.theme,
                    t.source.id(),
                    found,
                    t.evidence
                ));
            }
        }
    }
    failures
}

/// The texts of a region's fields of one kind, read straight from the data.
fn match_kind(r: &Region, kind: EvidenceSource) -> Vec<&str> {
    match kind {
        EvidenceSource::KeyPoints => r.key_points.iter().map(|k| k.text.as_str()).collect(),
        EvidenceSource::Partners => r.partner_notes.iter().map(String::as_str).collect(),
        EvidenceSource::CoverText => r.notes.iter().map(|n| n.text.as_str()).collect(),
    }
}

#[test]
fn evidence_stands_where_it_says() {
    let d = dataset();
    let failures = misplaced_evidence(&d);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Zuid's cooperation rests on its partner column, which is not a key point.
    let zuid = d.region("zuid").expect("zuid");
    let tag = zuid.themes.iter().find(|t| t.theme == "samenwerking");
    assert_eq!(tag.map(|t| t.source), Some(EvidenceSource::Partners));
}

#[test]
fn a_quote_under_the_wrong_kind_of_field_is_caught() {
    // The check above is only worth something if it fails: give each kind another's quote.
    let mut d = dataset();
    let zuid = d.region_index("zuid").expect("zuid");
    let tag = d.regions[zuid]
        .themes
        .iter_mut()
        .find(|t| t.theme == "samenwerking")
        .expect("tagged");
    tag.source = EvidenceSource::KeyPoints;
    let twente = d.region_index("twente").expect("twente");
    d.regions[twente].themes[0].source = EvidenceSource::CoverText;
    let wtn = d.region_index("we-the-north").expect("we-the-north");
    let kennis = d.regions[wtn]
        .themes
        .iter_mut()
        .find(|t| t.theme == "kennis")
        .expect("tagged");
    kennis.source = EvidenceSource::Partners;
    let failures = misplaced_evidence(&d);
    assert_eq!(failures.len(), 3, "{failures:#?}");
    assert!(
        failures[0].starts_with(
            "we-the-north / kennis: source partners but the quote stands in [\"cover_text\"]"
        ),
        "{failures:#?}"
    );
    assert!(
        failures[1].starts_with(
            "twente / vernieuwing: source cover_text but the quote stands in [\"key_points\"]"
        ),
        "{failures:#?}"
    );
    assert!(failures.iter().any(|f| f.starts_with(
        "zuid / samenwerking: source key_points but the quote stands in [\"partners\"]"
    )));
    // The loader refuses such a file too, naming the tag.
    let problems = regioprofielen::load::validate(&d);
    assert_eq!(problems.len(), 3, "{problems:?}");
}

#[test]
fn themes_exist_and_are_tagged_once() {
    let d = dataset();
    let mut failures = Vec::new();
    for r in &d.regions {
        let mut seen = BTreeSet::new();
        for t in &r.themes {
            if d.theme(&t.theme).is_none() {
                failures.push(format!("{}: unknown theme {}", r.id, t.theme));
            }
            if !seen.insert(t.theme.as_str()) {
                failures.push(format!("{}: theme {} tagged twice", r.id, t.theme));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn aliases_refer_to_printed_names_and_are_not_printed() {
    let d = dataset();
    let src = normalised_source();
    let mut failures = Vec::new();
    for r in &d.regions {
        for a in &r.aliases {
            let target_ok =
                a.refers_to == r.name || r.partners.iter().any(|p| p.name == a.refers_to);
            if !target_ok {
                failures.push(format!(
                    "{}: {:?} refers to {:?}",
                    r.id, a.name, a.refers_to
                ));
            }
            if src.contains(&a.name) {
                failures.push(format!("{}: alias {:?} is printed", r.id, a.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn notes_stand_in_the_cover_text() {
    // Each note is a statement of the cover text; it must stand before the table.
    let d = dataset();
    let src = normalised_source();
    let table = src
        .find("Samenwerkingsverband + Titel profiel")
        .expect("table header");
    let cover = &src[..table];
    let mut failures = Vec::new();
    for r in &d.regions {
        for n in &r.notes {
            if !cover.contains(&n.text) {
                failures.push(format!("{}: note not in cover text: {:?}", r.id, n.text));
            }
            let section = n.section.split(':').next().unwrap();
            if !d.national.iter().any(|s| s.heading == section) {
                failures.push(format!("{}: unknown section {:?}", r.id, n.section));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn municipalities_in_two_regions() {
    let d = dataset();
    let mut regions_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &d.regions {
        for p in r.partners_of(PartnerKind::Municipality) {
            regions_of.entry(&p.name).or_default().push(&r.id);
        }
    }
    let shared: BTreeMap<&str, Vec<&str>> = regions_of
        .into_iter()
        .filter(|(_, rs)| rs.len() > 1)
        .collect();
    let expected: BTreeMap<&str, Vec<&str>> = [
        ("Almere", vec!["flevoland", "mra"]),
        ("Lelystad", vec!["flevoland", "mra"]),
        ("Dronten", vec!["flevoland", "zwolle"]),
        ("Noordoostpolder", vec!["flevoland", "zwolle"]),
        ("Urk", vec!["flevoland", "zwolle"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(shared, expected);
}
