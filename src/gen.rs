//! A deterministic generator of synthetic datasets: same schema, same kinds of text and text
//! lengths as the real profiles, any number of regions. For benchmarks and tests.
//!
//! Words are drawn from the running text of `assets/source.txt`, so their frequencies are
//! those of real Dutch policy prose ("de", "en" and "cultuur" common, "wereldmagazijn" rare);
//! place names are built from Dutch-sounding syllables. The theme taxonomy is the real one.

use crate::model::{
    Alias, AreaWithoutProfile, Dataset, EvidenceSource, KeyPoint, KeyPointKind, Note, Partner,
    PartnerKind, Region, Section, SectionItem, SectionItemKind, Theme, ThemeTag,
};

const SOURCE: &str = include_str!("../assets/source.txt");

const HEADS: &[&str] = &[
    "Al", "Bor", "Din", "Haak", "Hel", "Hen", "Los", "Olden", "Rijs", "Tub", "Wier", "Ens", "Zwol",
    "Kam", "Mep", "Dal", "Om", "Har", "Hoog", "Stap", "Gou", "Del", "Lei", "Zoe", "Pur", "Bever",
    "Hil", "Lan", "Vel", "Wees", "Zand", "Apel", "Deven", "Zut", "Arn", "Nij", "Ter", "Vlis",
    "Mid", "Goe", "Eind", "Til", "Bre", "Maas", "Heer", "Sit", "Dor", "Am", "Ut", "Wage", "Gro",
    "Em", "As", "Leeu", "Zee", "Brö", "Kreë", "Noord", "Oost", "West", "Zuid",
];
const TAILS: &[&str] = &[
    "lo", "ne", "kel", "land", "bergen", "doorn", "gelo", "ser", "zaal", "sen", "ten", "rand",
    "den", "schede", "le", "pen", "pel", "fsen", "men", "berg", "veen", "horst", "da", "meer",
    "sum", "ren", "voort", "ter", "phen", "hem", "megen", "neuzen", "singen", "burg", "hoven",
    "stricht", "len", "tard", "drecht", "dam", "wijk", "wolde", "broek", "ningen", "warden",
];
const NAME_FORMS: &[&str] = &[
    "Cultuurregio {}",
    "Stedelijke Regio {}",
    "{} en regio",
    "Regioprofiel {}",
    "Stedelijke Cultuurregio {}",
    "{}",
];
const SECTIONS: &[&str] = &[
    "Inleiding",
    "Totstandkoming",
    "Inhoud en reikwijdte",
    "Blik op de toekomst",
    "Vragen aan de Raad voor Cultuur",
];

/// splitmix64: tiny, fast, good enough for test data, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }
}

/// The words of the source document in running order (so drawing one at random follows
/// their real frequencies). Never empty: the source is compiled in.
fn vocabulary() -> Vec<&'static str> {
    let words: Vec<&'static str> = SOURCE
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    if words.is_empty() {
        vec!["cultuur", "regio", "profiel"]
    } else {
        words
    }
}

/// The theme taxonomy of the embedded data (one stand-in theme if that could not load, so
/// generated data stays valid).
fn taxonomy() -> Vec<Theme> {
    match crate::load::embedded() {
        Ok(d) if !d.themes.is_empty() => d.themes,
        _ => vec![Theme {
            id: "cultuur".into(),
            label: "Cultuur".into(),
            label_en: "Culture".into(),
            description: "Cultuur.".into(),
        }],
    }
}

struct Gen {
    rng: Rng,
    vocab: Vec<&'static str>,
}

impl Gen {
    fn place(&mut self) -> String {
        let mut name = format!("{}{}", self.rng.pick(HEADS), self.rng.pick(TAILS));
        if self.rng.chance(8) {
            name = format!("{name}-{}{}", self.rng.pick(HEADS), self.rng.pick(TAILS));
        } else if self.rng.chance(4) {
            name = format!("’s-{name}");
        } else if self.rng.chance(4) {
            name = format!("Hof van {name}");
        }
        name
    }

    /// `n` words of running text; the first capitalised.
    fn words(&mut self, n: usize) -> String {
        let mut out = String::new();
        for i in 0..n {
            let w = *self.rng.pick(&self.vocab);
            if i == 0 {
                let mut cs = w.chars();
                if let Some(c) = cs.next() {
                    out.extend(c.to_uppercase());
                    out.push_str(cs.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(w);
                if self.rng.chance(6) && i + 1 < n {
                    out.push(',');
                }
            }
        }
        out
    }

    fn sentence(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.range(lo, hi);
        let mut s = self.words(n);
        s.push(if self.rng.chance(70) { '.' } else { ';' });
        s
    }

    fn region(&mut self, i: usize, taxonomy: &[Theme]) -> Region {
        let home = self.place();
        let form = *self.rng.pick(NAME_FORMS);
        let name = form.replace("{}", &home);
        let mut partners = vec![Partner {
            name: home,
            kind: PartnerKind::Municipality,
        }];
        for _ in 1..self.rng.range(5, 40) {
            let name = self.place();
            partners.push(Partner {
                name,
                kind: PartnerKind::Municipality,
            });
        }
        let province = self.place();
        partners.push(Partner {
            name: province,
            kind: PartnerKind::Province,
        });
        if self.rng.chance(30) {
            let name = format!("Cultuurnetwerk {}", self.place());
            partners.push(Partner {
                name,
                kind: PartnerKind::Organisation,
            });
        }
        let key_points: Vec<KeyPoint> = (0..self.rng.range(3, 10))
            .map(|_| KeyPoint {
                kind: KeyPointKind::Bullet,
                text: self.sentence(10, 40),
            })
            .collect();
        let notes = (0..self.rng.range(0, 3))
            .map(|_| Note {
                section: self.rng.pick(SECTIONS).to_string(),
                text: self.sentence(15, 45),
            })
            .collect();
        let aliases = if self.rng.chance(25) {
            let target = self.rng.pick(&partners).name.clone();
            vec![Alias {
                name: format!("Den {}", self.place()),
                refers_to: target,
            }]
        } else {
            Vec::new()
        };
        let mut themes: Vec<ThemeTag> = Vec::new();
        for _ in 0..self.rng.range(2, 6) {
            let theme = self.rng.pick(taxonomy).id.clone();
            if themes.iter().any(|t| t.theme == theme) {
                continue;
            }
            // Evidence is a verbatim run of words from one of the key points.
            let kp = &self.rng.pick(&key_points).text;
            let words: Vec<&str> = kp.split(' ').collect();
            let len = self.rng.range(3, 8).min(words.len());
            let from = self.rng.range(0, words.len() - len);
            themes.push(ThemeTag {
                theme,
                evidence: words[from..from + len].join(" "),
                source: EvidenceSource::KeyPoints,
            });
        }
        let title_words = self.rng.range(2, 6);
        Region {
            id: format!("regio-{}", i + 1),
            name,
            short_name: String::new(),
            profile_title: self.words(title_words),
            partners,
            partner_notes: if self.rng.chance(15) {
                vec![self.sentence(8, 20)]
            } else {
                Vec::new()
            },
            route_oost: self.rng.chance(30),
            key_points,
            notes,
            aliases,
            themes,
        }
    }
}

/// Generates a valid dataset with `regions` regions (at least one), deterministically from
/// `seed`: the same arguments always give the same dataset.
pub fn generate(regions: usize, seed: u64) -> Dataset {
    let themes = taxonomy();
    let mut g = Gen {
        rng: Rng(seed),
        vocab: vocabulary(),
    };
    let regions = (0..regions.max(1)).map(|i| g.region(i, &themes)).collect();
    let national = SECTIONS
        .iter()
        .enumerate()
        .map(|(i, heading)| Section {
            id: format!("sectie-{}", i + 1),
            heading: heading.to_string(),
            items: (0..g.rng.range(2, 8))
                .map(|_| SectionItem {
                    kind: SectionItemKind::Paragraph,
                    heading: g.rng.chance(30).then(|| g.words(3)),
                    text: g.sentence(30, 80),
                })
                .collect(),
        })
        .collect();
    let without_profile = (0..3)
        .map(|_| AreaWithoutProfile {
            name: g.place(),
            text: g.sentence(10, 20),
        })
        .collect();
    Dataset {
        title: "Gegenereerde profielen van stedelijke regio’s".into(),
        source: None,
        themes,
        general_statements: Vec::new(),
        regions,
        national,
        without_profile,
    }
}

/// A data file of `regions` minimal regions, as RON text: each a name, a one-word title, one
/// partner and a key point of two words, without the optional fields: about 150 bytes a
/// region. So 100,000 regions fit under the loader's size limit: the most regions a real
/// file can hold, for measuring loading at scale. Deterministic in `seed`.
pub fn minimal_ron(regions: usize, seed: u64) -> String {
    let mut g = Gen {
        rng: Rng(seed),
        vocab: vocabulary(),
    };
    let header = Dataset {
        title: "Gegenereerde minimale profielen".into(),
        source: None,
        themes: taxonomy(),
        regions: Vec::new(),
        national: Vec::new(),
        without_profile: Vec::new(),
        general_statements: Vec::new(),
    };
    // Serialising the header cannot fail (plain strings and lists); an empty text would
    // fail to load, which the caller sees.
    let header = ron::ser::to_string(&header).unwrap_or_default();
    let mut body = String::with_capacity(regions * 160);
    for i in 0..regions.max(1) {
        if i > 0 {
            body.push(',');
        }
        let (name, partner) = (g.place(), g.place());
        let (title, point) = (g.words(1), g.words(2));
        body.push_str(&format!(
            "(id:\"r{i}\",name:{name:?},profile_title:{title:?},\
             partners:[(name:{partner:?},kind:municipality)],route_oost:false,\
             key_points:[(kind:bullet,text:{point:?})])"
        ));
    }
    header.replacen("regions:[]", &format!("regions:[{body}]"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_the_reference_sequence() {
        // First outputs of splitmix64 seeded with 0 (from the reference implementation).
        let mut r = Rng(0);
        assert_eq!(r.next(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn minimal_files_load_and_stay_small() {
        let text = minimal_ron(1_000, 3);
        let d = crate::load::from_str(&text, "m.ron").expect("a minimal file loads");
        assert_eq!(d.regions.len(), 1_000);
        let per_region = text.len() / 1_000;
        // 100,000 regions must fit under the loader's limit.
        assert!(
            per_region * 100_000 < crate::load::MAX_FILE_BYTES as usize,
            "{per_region}"
        );
    }

    #[test]
    fn vocabulary_comes_from_the_source() {
        let v = vocabulary();
        assert!(v.len() > 1000);
        assert!(v.contains(&"wereldmagazijn"));
        assert!(v.iter().all(|w| w.chars().all(char::is_alphabetic)));
    }
}
