//! The parts of the cover text that `show` prints whole (a section, the attention points, the
//! themes for programmatic cooperation, the areas without a profile), and finding what `show`
//! was asked for: a region or such a part, by what users type.
//!
//! The names of the groups and of the areas' part are interpretation, like aliases: words
//! people type, in Dutch and English, taken where the document has them from its own words
//! ("de volgende aandachtspunten:", "de volgende kansen en thema’s:"). They find a part; they
//! are never printed as if the document said them.

use crate::lookup::{RegionTier, Resolution, name_key, resolve_region_tiered};
use crate::model::{Dataset, SectionItemKind};

/// A part of the cover text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `national[s]`, whole.
    Section(usize),
    /// The items of one kind in `national[s]` (the attention points, the themes for
    /// programmatic cooperation), each with the paragraph that introduces it (the one right
    /// before, when it ends in a colon).
    Group(usize, SectionItemKind),
    /// The areas without a profile: what the document says of them.
    WithoutProfile,
}

/// The kinds of item that make a group of their own, with the group's id and the names that
/// find it (as [`name_key`]s compare them). The questions to the Raad are not among them: they
/// are a section of their own.
const GROUPS: [(SectionItemKind, &str, &[&str]); 2] = [
    (
        SectionItemKind::AttentionPoint,
        "aandachtspunten",
        &[
            "aandachtspunten",
            "aandachtspunten 2021-2024",
            "attention points",
        ],
    ),
    (
        SectionItemKind::ProgrammeTheme,
        "kansen-en-themas",
        &[
            "kansen en thema’s",
            "thema’s voor programmatische samenwerking",
            "programmatische samenwerking",
            "opportunities and themes",
            "programme themes",
            "themes for programmatic cooperation",
        ],
    ),
];

/// The id of the areas' part, and the names that find it besides the areas' own names.
const WITHOUT_PROFILE: (&str, &[&str]) = (
    "zonder-profiel",
    &[
        "zonder profiel",
        "gebieden zonder profiel",
        "geen profiel",
        "nog geen profiel",
        "without profile",
        "without a profile",
        "areas without a profile",
        "areas without profile",
        "no profile",
    ],
);

impl Part {
    /// Every part of `data`, in the document's order: each section followed by its groups,
    /// then the areas without a profile (when there are any).
    pub fn all(data: &Dataset) -> Vec<Part> {
        let mut out = Vec::new();
        for (s, sec) in data.national.iter().enumerate() {
            out.push(Part::Section(s));
            for (kind, _, _) in GROUPS {
                if sec.items.iter().any(|i| i.kind == kind) {
                    out.push(Part::Group(s, kind));
                }
            }
        }
        if !data.without_profile.is_empty() {
            out.push(Part::WithoutProfile);
        }
        out
    }

    /// The part's id: a section's own, a group's (`aandachtspunten`, with the section's id
    /// after it when another section has such a group too), `zonder-profiel`.
    pub fn id(self, data: &Dataset) -> String {
        match self {
            Part::Section(s) => data
                .national
                .get(s)
                .map_or_else(String::new, |x| x.id.clone()),
            Part::Group(s, kind) => {
                let id = group(kind).map_or("", |g| g.1);
                let sections = data
                    .national
                    .iter()
                    .filter(|x| x.items.iter().any(|i| i.kind == kind))
                    .count();
                match data.national.get(s) {
                    Some(sec) if sections > 1 => format!("{id}-{}", sec.id),
                    _ => id.to_string(),
                }
            }
            Part::WithoutProfile => WITHOUT_PROFILE.0.to_string(),
        }
    }

    /// The section the part stands in: its own, or for the areas the section whose item
    /// holds what the document says of them.
    pub fn section(self, data: &Dataset) -> Option<usize> {
        match self {
            Part::Section(s) | Part::Group(s, _) => Some(s),
            Part::WithoutProfile => {
                let text = &data.without_profile.first()?.text;
                data.national
                    .iter()
                    .position(|sec| sec.items.iter().any(|i| i.text.contains(text.as_str())))
            }
        }
    }

    /// The indices of the items of its section that a section or a group prints, in order
    /// (none for the areas).
    pub fn items(self, data: &Dataset) -> Vec<usize> {
        let Some(sec) = self.section(data).and_then(|s| data.national.get(s)) else {
            return Vec::new();
        };
        match self {
            Part::Section(_) => (0..sec.items.len()).collect(),
            Part::Group(_, kind) => {
                let mut out = Vec::new();
                for (i, item) in sec.items.iter().enumerate() {
                    if item.kind != kind {
                        continue;
                    }
                    // The paragraph that introduces a run of them ("… de volgende
                    // aandachtspunten:").
                    let intro = i
                        .checked_sub(1)
                        .filter(|&j| {
                            let before = &sec.items[j];
                            before.kind == SectionItemKind::Paragraph
                                && before.text.trim_end().ends_with(':')
                        })
                        .filter(|j| !out.contains(j));
                    out.extend(intro);
                    out.push(i);
                }
                out
            }
            Part::WithoutProfile => Vec::new(),
        }
    }

    /// The names that find the part (see [`Names`]).
    fn names(self, data: &Dataset) -> Names {
        let mut begun = vec![name_key(&self.id(data))];
        let mut whole = Vec::new();
        match self {
            Part::Section(s) => begun.extend(data.national.get(s).map(|x| name_key(&x.heading))),
            Part::Group(_, kind) => {
                let names = group(kind).map_or(&[][..], |g| g.2);
                begun.extend(names.iter().map(|n| name_key(n)));
            }
            Part::WithoutProfile => {
                begun.extend(WITHOUT_PROFILE.1.iter().map(|n| name_key(n)));
                whole.extend(data.without_profile.iter().map(|a| name_key(&a.name)));
            }
        }
        Names { begun, whole }
    }
}

/// The names that find a part, as [`name_key`]s.
struct Names {
    /// Those that find it by their beginning too: a section's id and heading, a group's id and
    /// names.
    begun: Vec<String>,
    /// Those that find it only whole: the areas' own names ("noord" must not take the
    /// province Noord-Holland away from its region).
    whole: Vec<String>,
}

/// The group of items of this kind, if such items make one.
fn group(
    kind: SectionItemKind,
) -> Option<(SectionItemKind, &'static str, &'static [&'static str])> {
    GROUPS.into_iter().find(|g| g.0 == kind)
}

/// What `show` was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A region (index).
    Region(usize),
    /// A part of the cover text.
    Part(Part),
}

/// The outcome of resolving what `show` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetResolution {
    /// Exactly one region or part.
    Found(Target),
    /// Several fit equally well, in the order of the data.
    Ambiguous(Vec<Target>),
    /// Nothing fits.
    NotFound,
}

/// Resolves what `show` was asked for. The strongest match wins, in this order: a region's
/// id, name or own alias; a part's id or name whole (a section's heading, "aandachtspunten",
/// an area without a profile); the beginning of a region's id or name; the beginning of a
/// part's id or name ("vragen", "blik op"); then the rest of [`resolve_region`]'s tiers (a
/// part of a name or title, a partner, a fuzzy match). So every region reference that
/// found a region before still does, unless it is a part's name or the beginning of one
/// and no more than part of a region's name.
///
/// [`resolve_region`]: crate::lookup::resolve_region
pub fn resolve_target(data: &Dataset, query: &str) -> TargetResolution {
    let key = name_key(query);
    if key.is_empty() {
        return TargetResolution::NotFound;
    }
    let (region, tier) = resolve_region_tiered(data, query);
    let regions = |r: Resolution| match r {
        Resolution::Found(i) => TargetResolution::Found(Target::Region(i)),
        Resolution::Ambiguous(v) => {
            TargetResolution::Ambiguous(v.into_iter().map(Target::Region).collect())
        }
        Resolution::NotFound => TargetResolution::NotFound,
    };
    if tier == RegionTier::Exact {
        return regions(region);
    }
    let named: Vec<(Part, Names)> = Part::all(data)
        .into_iter()
        .map(|p| (p, p.names(data)))
        .collect();
    let pick = |hits: Vec<Part>| match hits.as_slice() {
        [] => None,
        [one] => Some(TargetResolution::Found(Target::Part(*one))),
        _ => Some(TargetResolution::Ambiguous(
            hits.into_iter().map(Target::Part).collect(),
        )),
    };
    let whole = named
        .iter()
        .filter(|(_, n)| n.begun.iter().chain(&n.whole).any(|n| *n == key))
        .map(|(p, _)| *p)
        .collect();
    if let Some(found) = pick(whole) {
        return found;
    }
    if tier == RegionTier::Beginning {
        return regions(region);
    }
    let begun = named
        .iter()
        .filter(|(_, n)| n.begun.iter().any(|n| n.starts_with(&key)))
        .map(|(p, _)| *p)
        .collect();
    pick(begun).unwrap_or_else(|| regions(region))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lookup::resolve_region;

    fn data() -> Dataset {
        crate::load::embedded().expect("embedded data")
    }

    fn found(data: &Dataset, q: &str) -> String {
        match resolve_target(data, q) {
            TargetResolution::Found(Target::Region(i)) => data.regions[i].id.clone(),
            TargetResolution::Found(Target::Part(p)) => format!("part {}", p.id(data)),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn parts_are_found_by_id_name_and_beginning_of_heading() {
        let d = data();
        for (q, want) in [
            ("vragen", "part vragen-aan-de-raad"),
            ("Vragen aan de Raad voor Cultuur", "part vragen-aan-de-raad"),
            ("blik op de toekomst", "part blik-op-de-toekomst"),
            ("BLIK", "part blik-op-de-toekomst"),
            ("inleiding", "part inleiding"),
            ("totstandkoming", "part totstandkoming"),
            ("aandachtspunten", "part aandachtspunten"),
            ("attention points", "part aandachtspunten"),
            ("kansen en thema's", "part kansen-en-themas"),
            ("zonder profiel", "part zonder-profiel"),
            ("areas without a profile", "part zonder-profiel"),
            ("Schiedam", "part zonder-profiel"),
            ("Noord-Holland Noord", "part zonder-profiel"),
        ] {
            assert_eq!(found(&d, q), want, "{q}");
        }
        // Two headings begin with "in".
        let TargetResolution::Ambiguous(two) = resolve_target(&d, "in") else {
            panic!("in is ambiguous");
        };
        assert_eq!(
            two,
            [
                Target::Part(Part::Section(0)),
                Target::Part(Part::Section(2))
            ]
        );
    }

    #[test]
    fn every_region_reference_of_the_data_finds_what_it_found_before() {
        let d = data();
        let mut names: Vec<String> = Vec::new();
        for r in &d.regions {
            names.extend([r.id.clone(), r.name.clone(), r.short().to_string()]);
            names.extend(r.partners.iter().map(|p| p.name.clone()));
            names.extend(r.aliases.iter().map(|a| a.name.clone()));
            // Every beginning of the id.
            names.extend((1..=r.id.len()).map(|n| r.id[..n].to_string()));
        }
        for q in names {
            let before = resolve_region(&d, &q);
            let now = resolve_target(&d, &q);
            let same = match (&before, &now) {
                (Resolution::Found(i), TargetResolution::Found(Target::Region(j))) => i == j,
                (Resolution::Ambiguous(v), TargetResolution::Ambiguous(w)) => {
                    w.iter().copied().eq(v.iter().map(|&i| Target::Region(i)))
                }
                (Resolution::NotFound, _) => true,
                _ => false,
            };
            assert!(same, "{q}: {before:?} then {now:?}");
        }
    }

    #[test]
    fn a_group_holds_its_introduction_and_its_items() {
        let d = data();
        let s = d
            .national
            .iter()
            .position(|x| x.id == "blik-op-de-toekomst")
            .expect("the section");
        let items = Part::Group(s, SectionItemKind::AttentionPoint).items(&d);
        let sec = &d.national[s];
        assert!(
            sec.items[items[0]]
                .text
                .ends_with("de volgende aandachtspunten:")
        );
        assert!(
            items[1..]
                .iter()
                .all(|&i| sec.items[i].kind == SectionItemKind::AttentionPoint)
        );
        assert_eq!(items.len(), 6);
        assert_eq!(
            Part::WithoutProfile.section(&d),
            d.national.iter().position(|x| x.id == "totstandkoming")
        );
    }
}
