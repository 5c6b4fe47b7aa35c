//! The theme tags and what the cover text says of all profiles, held against the document:
//! the statements stand where they say and say the scope they are given, none is missing, and
//! the matrix's cells for the regions whose tags were reviewed are pinned.

mod source_support;

use regioprofielen::matrix::{Cell, Matrix};
use regioprofielen::model::{Dataset, StatementScope};
use source_support::dataset;

/// The section (and subheading) a statement names, as `Note::section` does: "Totstandkoming"
/// or "Blik op de toekomst: cultuuronderwijs". The texts of the items it covers.
fn section_texts<'a>(d: &'a Dataset, section: &str) -> Vec<&'a str> {
    let (heading, sub) = match section.split_once(": ") {
        Some((h, s)) => (h, Some(s)),
        None => (section, None),
    };
    let Some(sec) = d.national.iter().find(|s| s.heading == heading) else {
        return Vec::new();
    };
    sec.items
        .iter()
        .filter(|it| match sub {
            // Item headings end in a full stop: "cultuuronderwijs."
            Some(sub) => it.heading.as_deref().map(|h| h.trim_end_matches('.')) == Some(sub),
            None => it.heading.is_none(),
        })
        .map(|it| it.text.as_str())
        .collect()
}

#[test]
fn every_general_statement_stands_in_its_section() {
    let d = dataset();
    assert!(!d.general_statements.is_empty());
    let mut failures = Vec::new();
    for g in &d.general_statements {
        let texts = section_texts(&d, &g.section);
        if !texts.iter().any(|t| t.contains(g.quote.as_str())) {
            failures.push(format!("{} ({}): {:?}", g.theme, g.section, g.quote));
        }
        if d.theme(&g.theme).is_none() {
            failures.push(format!("unknown theme {}", g.theme));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The words of a text, lower case, without the punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The scope a text states, as the data's rule reads it: "vrijwel alle", "veel" or "meerdere"
/// is `most`; "alle", "ieder(e)" or "elk(e)" otherwise `all`.
fn stated_scope(text: &str) -> Option<StatementScope> {
    let w = words(text);
    let most = w.windows(2).any(|p| p[0] == "vrijwel" && p[1] == "alle")
        || w.iter().any(|x| x == "veel" || x == "meerdere");
    let all = w
        .iter()
        .any(|x| ["alle", "ieder", "iedere", "elk", "elke"].contains(&x.as_str()));
    if most {
        Some(StatementScope::Most)
    } else if all {
        Some(StatementScope::All)
    } else {
        None
    }
}

#[test]
fn every_statement_has_the_scope_its_words_state() {
    let d = dataset();
    for g in &d.general_statements {
        assert_eq!(stated_scope(&g.quote), Some(g.scope), "{:?}", g.quote);
    }
    assert_eq!(
        stated_scope("Er is in vrijwel alle profielen sprake van"),
        Some(StatementScope::Most),
        "\"vrijwel alle\" is not all"
    );
    assert_eq!(
        stated_scope("Elk profiel is gebaseerd op onderzoek."),
        Some(StatementScope::All)
    );
    assert_eq!(stated_scope("De profielen leggen verbanden"), None);
}

/// The sentences of a cover-text item: cut after ".", "?" or "!" (and a closing quote) where
/// a capital follows.
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        if !matches!(chars[i], '.' | '?' | '!') {
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j], '’' | '”') {
            j += 1;
        }
        let spaced = j < chars.len() && chars[j] == ' ';
        if spaced && chars.get(j + 1).is_some_and(|c| c.is_uppercase()) {
            out.push(
                chars[start..j]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_string(),
            );
            start = j + 1;
        }
    }
    let rest: String = chars[start..].iter().collect();
    if !rest.trim().is_empty() {
        out.push(rest.trim().to_string());
    }
    out
}

/// Sentences of the cover text that have a word of scope but are no statement about the
/// themes of the profiles, and why.
const NOT_ABOUT_THE_PROFILES: [(&str, &str); 11] = [
    (
        "Elke regio kreeg de kans een profiel op te stellen.",
        "the chance to write one",
    ),
    (
        "Veel steden investeren in cultuur.",
        "cities' spending, not the profiles",
    ),
    (
        "Het kabinet hecht veel waarde aan de regionale aanpak;",
        "the cabinet",
    ),
    (
        "De blik gaat veel verder dan een korte termijn.",
        "the profiles' tone",
    ),
    (
        "Er is, alle profielen samen beschouwd, aandacht voor alle disciplines,",
        "all taken together, not each; disciplines are no theme",
    ),
    (
        "Veel lokaal beleid of lokale voorzieningen zijn dan ook buiten beschouwing gebleven.",
        "what the profiles leave out",
    ),
    (
        "De profielen samen vormen dus geen totaalbeeld",
        "what the profiles are not",
    ),
    (
        "Zo maken de vier grote theatergezelschappen",
        "theatre companies",
    ),
    (
        "Door deze op elkaar af te stemmen,",
        "applying to several governments",
    ),
    ("Alle zes de cultuurfondsen wijzen erop", "the funds"),
    (
        "We vragen de Raad hierbij in te gaan op elk van de vier doelstellingen",
        "the question to the Raad",
    ),
];

#[test]
fn every_sentence_of_scope_in_the_cover_text_is_a_statement_or_set_aside() {
    let d = dataset();
    let mut unaccounted = Vec::new();
    let mut set_aside = 0;
    for item in d.national.iter().flat_map(|s| &s.items) {
        for sentence in sentences(&item.text) {
            if stated_scope(&sentence).is_none() {
                continue;
            }
            let stated = d
                .general_statements
                .iter()
                .any(|g| sentence.contains(g.quote.as_str()) || g.quote.contains(&sentence));
            let aside = NOT_ABOUT_THE_PROFILES
                .iter()
                .any(|(start, _)| sentence.starts_with(start));
            match (stated, aside) {
                (true, false) => {}
                (false, true) => set_aside += 1,
                _ => unaccounted.push(sentence),
            }
        }
    }
    assert!(
        unaccounted.is_empty(),
        "neither a statement nor set aside (or both):\n{}",
        unaccounted.join("\n")
    );
    assert_eq!(
        set_aside,
        NOT_ABOUT_THE_PROFILES.len(),
        "every exception is used"
    );
    // Twelve sentences speak of all or many profiles; two of them name more than one theme.
    let distinct: std::collections::BTreeSet<&str> = d
        .general_statements
        .iter()
        .map(|g| g.quote.as_str())
        .collect();
    assert_eq!(distinct.len(), 12);
    assert_eq!(d.general_statements.len(), 15);
}

/// A region's row as signs, in taxonomy order.
fn row(d: &Dataset, m: &Matrix, id: &str) -> String {
    let r = d.region_index(id).expect("a region");
    (0..d.themes.len()).map(|t| m.cell(r, t).symbol()).collect()
}

#[test]
fn the_reviewed_regions_have_these_cells() {
    // Columns: onderwijs talent makers vernieuwing publiek presentatie erfgoed leefomgeving
    // internationaal kennis samenwerking maatschappij.
    let d = dataset();
    let m = Matrix::build(&d);
    let expected = [
        ("we-the-north", "●●·●●···●●●●"),
        ("brabantstad", "●●·●●···●●●·"),
        ("arnhem-nijmegen", "○●●·●●···●●●"),
        ("ede-wageningen", "○●·●··●●·○●●"),
        ("mra", "○○·●●·●·●●●·"),
        ("haaglanden", "○●·●●●●·●●··"),
        ("zuid", "○○●·●·●·●○●·"),
    ];
    for (id, cells) in expected {
        assert_eq!(row(&d, &m, id), cells, "{id}");
    }
    // Talent, cultural education and research are said of all profiles; nothing else is.
    let general: Vec<&str> = (0..d.themes.len())
        .filter(|&t| m.theme_general(t).is_some())
        .map(|t| d.themes[t].id.as_str())
        .collect();
    assert_eq!(general, ["onderwijs", "talent", "kennis"]);
    let all: Vec<usize> = (0..d.regions.len()).collect();
    let own: usize = all.iter().map(|&r| m.row_total(r)).sum();
    let said: usize = all.iter().map(|&r| m.row_general_total(r)).sum();
    assert_eq!((own, said), (95, 21));
}

#[test]
fn a_general_cell_shows_the_first_statement_and_an_own_tag_wins() {
    let d = dataset();
    let m = Matrix::build(&d);
    let twente = d.region_index("twente").expect("twente");
    let onderwijs = d.theme_index("onderwijs").expect("onderwijs");
    let Cell::General(g) = m.cell(twente, onderwijs) else {
        panic!("Twente names no education of its own")
    };
    assert_eq!(
        d.general_statements[g].quote,
        "In ieder profiel wordt het belang benadrukt van cultuuronderwijs."
    );
    let zeeland = d.region_index("zeeland").expect("zeeland");
    assert!(matches!(m.cell(zeeland, onderwijs), Cell::Own(_)));
    // A theme the cover text names only for many profiles is never a cell.
    let publiek = d.theme_index("publiek").expect("publiek");
    assert!(!m.theme_most(publiek).is_empty());
    let zeeland_publiek = m.cell(zeeland, publiek);
    assert_eq!(zeeland_publiek, Cell::Neither);
}

#[test]
fn the_tag_rule_is_written_in_the_data_and_the_readme() {
    let rule = "the quote must carry the theme on its own";
    // Line breaks and the RON file's comment marks aside.
    let flat = |s: &str| source_support::collapse(&s.replace("//", " "));
    assert!(
        flat(include_str!("../assets/profiles.ron")).contains(rule),
        "assets/profiles.ron"
    );
    assert!(
        flat(include_str!("../README.md")).contains(rule),
        "README.md"
    );
}
