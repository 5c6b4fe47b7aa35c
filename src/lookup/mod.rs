//! Finding regions by what users type: `show REGION` and `where NAME`.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use std::collections::{HashMap, HashSet};

use crate::model::{Alias, Dataset, Partner, PartnerKind};
use crate::text::fold;

mod theme;

pub use theme::{ThemeResolution, resolve_theme};

/// A name reduced to what identifies it: folded, letters and digits only, so "Den Bosch",
/// "den-bosch" and "’s-Hertogenbosch"/"s hertogenbosch" compare the way users expect.
pub fn name_key(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The outcome of resolving a region reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one region (index).
    Found(usize),
    /// Several regions fit equally well (indices, document order).
    Ambiguous(Vec<usize>),
    /// Nothing fits.
    NotFound,
}

/// How strongly a region reference matched: the tiers of [`resolve_region`], strongest
/// first, so a caller that also looks for other things can put them between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RegionTier {
    /// The id, the name, or an alias of the region itself.
    Exact,
    /// The beginning of the id or the name.
    Beginning,
    /// A part of the name or the profile title, a partner's name or an alias of a partner.
    Part,
    /// A fuzzy match of id, name and title (or nothing matched).
    Fuzzy,
}

/// Resolves a region reference: an id, a name, an alias, a partner name, or a unique prefix,
/// part or fuzzy match of the id or name. Earlier tiers win, so an exact id is never
/// ambiguous with a fuzzy match.
pub fn resolve_region(data: &Dataset, query: &str) -> Resolution {
    resolve_region_tiered(data, query).0
}

/// As [`resolve_region`], with the tier that decided.
pub fn resolve_region_tiered(data: &Dataset, query: &str) -> (Resolution, RegionTier) {
    let key = name_key(query);
    if key.is_empty() {
        return (Resolution::NotFound, RegionTier::Fuzzy);
    }
    let regions = &data.regions;
    let by = |pred: &dyn Fn(usize) -> bool| -> Vec<usize> {
        (0..regions.len()).filter(|&i| pred(i)).collect()
    };
    let id_key = |i: usize| name_key(&regions[i].id);
    let name_k = |i: usize| name_key(&regions[i].name);
    let tiers: [&dyn Fn(usize) -> bool; 5] = [
        &|i| id_key(i) == key || name_k(i) == key,
        &|i| {
            regions[i]
                .aliases
                .iter()
                .any(|a| a.refers_to == regions[i].name && name_key(&a.name) == key)
        },
        &|i| id_key(i).starts_with(&key) || name_k(i).starts_with(&key),
        &|i| name_k(i).contains(&key) || name_key(&regions[i].profile_title).contains(&key),
        &|i| {
            regions[i].partners.iter().any(|p| name_key(&p.name) == key)
                || regions[i].aliases.iter().any(|a| name_key(&a.name) == key)
        },
    ];
    let strength = [
        RegionTier::Exact,
        RegionTier::Exact,
        RegionTier::Beginning,
        RegionTier::Part,
        RegionTier::Part,
    ];
    for (tier, strength) in tiers.into_iter().zip(strength) {
        let hits = by(tier);
        match hits.len() {
            0 => continue,
            1 => return (Resolution::Found(hits[0]), strength),
            _ => return (Resolution::Ambiguous(hits), strength),
        }
    }
    (fuzzy_region(data, query), RegionTier::Fuzzy)
}

/// The fuzzy tier of [`resolve_region`]: a clear winner over id, name and title is found, a
/// close race is ambiguous.
fn fuzzy_region(data: &Dataset, query: &str) -> Resolution {
    let regions = &data.regions;
    let matcher = SkimMatcherV2::default();
    let q = fold(query);
    let mut scored: Vec<(i64, usize)> = regions
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let hay = fold(&format!("{} {} {}", r.id, r.name, r.profile_title));
            matcher.fuzzy_match(&hay, &q).map(|s| (s, i))
        })
        .filter(|(s, _)| *s >= 2 * q.chars().count() as i64 * 8)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match scored.as_slice() {
        [] => Resolution::NotFound,
        [(_, i)] => Resolution::Found(*i),
        [(a, i), (b, _), ..] if *a >= b + b / 2 => Resolution::Found(*i),
        many => {
            let best = many[0].0;
            let mut v: Vec<usize> = many
                .iter()
                .filter(|(s, _)| s * 3 >= best * 2)
                .map(|(_, i)| *i)
                .collect();
            v.sort_unstable();
            Resolution::Ambiguous(v)
        }
    }
}

/// One answer to "where is NAME?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The partner's (or area's) name as printed.
    pub partner: String,
    /// The partner's kind; `None` for an area without profile.
    pub kind: Option<PartnerKind>,
    /// The region (index); `None` for an area without a profile yet.
    pub region: Option<usize>,
    /// The alias the user typed, when the match came through an alias.
    pub via_alias: Option<String>,
    /// For an area without profile: what the document says.
    pub note: Option<String>,
}

/// Which region(s) a municipality or other partner belongs to. Only exact names (after
/// [`name_key`]) or aliases answer; when none does, a region's own name or id answers with
/// that region (a [`Place`] without a kind, `partner` its name), since a region is a valid
/// thing to look up too. The caller shows [`closest_names`] when this is empty. One pass over
/// the partners, whatever the number of answers.
pub fn where_is(data: &Dataset, name: &str) -> Vec<Place> {
    let mut places = partners_named(data, name);
    if places.is_empty() {
        let key = name_key(name);
        places = data
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                !key.is_empty() && (name_key(&r.id) == key || name_key(&r.name) == key)
            })
            .map(|(ri, r)| Place {
                partner: r.name.clone(),
                kind: None,
                region: Some(ri),
                via_alias: None,
                note: None,
            })
            .collect();
    }
    places
}

/// The regions `name` names outright, in document order: the id, the name, the short name
/// (see [`crate::model::Region::short`]) or an alias of the region itself, compared as
/// [`name_key`]s ("zeeland", "MRA", "Zuid-Limburg"). A partner's name names no region
/// here, even where the region is the partner's only one.
pub fn regions_named(data: &Dataset, name: &str) -> Vec<usize> {
    let key = name_key(name);
    if key.is_empty() {
        return Vec::new();
    }
    data.regions
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            [r.id.as_str(), r.name.as_str(), r.short()]
                .iter()
                .any(|n| name_key(n) == key)
                || r.aliases
                    .iter()
                    .any(|a| a.refers_to == r.name && name_key(&a.name) == key)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The partners, aliases and areas without a profile named `name` (see [`where_is`]); an
/// alias of a region answers with the region (a [`Place`] without a kind).
pub fn partners_named(data: &Dataset, name: &str) -> Vec<Place> {
    let key = name_key(name);
    if key.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Place> = Vec::new();
    let mut seen: HashSet<(String, Option<usize>, Option<PartnerKind>)> = HashSet::new();
    let mut push = |p: Place| {
        if seen.insert((p.partner.clone(), p.region, p.kind)) {
            out.push(p);
        }
    };
    for (ri, r) in data.regions.iter().enumerate() {
        for p in r.partners.iter().filter(|p| name_key(&p.name) == key) {
            push(Place {
                partner: p.name.clone(),
                kind: Some(p.kind),
                region: Some(ri),
                via_alias: None,
                note: None,
            });
        }
    }
    let aliases: Vec<(usize, &Alias)> = data
        .regions
        .iter()
        .enumerate()
        .flat_map(|(ri, r)| r.aliases.iter().map(move |a| (ri, a)))
        .filter(|(_, a)| name_key(&a.name) == key)
        .collect();
    // Where each partner an alias refers to sits, found in one pass.
    let wanted: HashSet<&str> = aliases.iter().map(|(_, a)| a.refers_to.as_str()).collect();
    let mut holders: HashMap<&str, Vec<(usize, &Partner)>> = HashMap::new();
    if !wanted.is_empty() {
        for (rj, r) in data.regions.iter().enumerate() {
            for p in r
                .partners
                .iter()
                .filter(|p| wanted.contains(p.name.as_str()))
            {
                holders.entry(p.name.as_str()).or_default().push((rj, p));
            }
        }
    }
    let mut expanded: HashSet<&str> = HashSet::new();
    for (ri, a) in aliases {
        // An alias of a partner answers for every region that has that partner (once: a
        // second alias for the same partner would find the same places).
        let first = expanded.insert(a.refers_to.as_str());
        let places = holders.get(a.refers_to.as_str()).filter(|_| first);
        for &(rj, p) in places.into_iter().flatten() {
            push(Place {
                partner: p.name.clone(),
                kind: Some(p.kind),
                region: Some(rj),
                via_alias: Some(a.name.clone()),
                note: None,
            });
        }
        let r = &data.regions[ri];
        if a.refers_to == r.name {
            push(Place {
                partner: r.name.clone(),
                kind: None,
                region: Some(ri),
                via_alias: Some(a.name.clone()),
                note: None,
            });
        }
    }
    for a in data
        .without_profile
        .iter()
        .filter(|a| name_key(&a.name) == key)
    {
        push(Place {
            partner: a.name.clone(),
            kind: None,
            region: None,
            via_alias: None,
            note: Some(a.text.clone()),
        });
    }
    out
}

/// The names (regions, partners, aliases, areas without profile) closest to `name`, best
/// first.
pub fn closest_names(data: &Dataset, name: &str, limit: usize) -> Vec<String> {
    let key = name_key(name);
    let mut names: Vec<&str> = data
        .regions
        .iter()
        .flat_map(|r| {
            std::iter::once(r.name.as_str())
                .chain(r.partners.iter().map(|p| p.name.as_str()))
                .chain(r.aliases.iter().map(|a| a.name.as_str()))
        })
        .chain(data.without_profile.iter().map(|a| a.name.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut scored: Vec<(f64, &str)> = names
        .into_iter()
        .map(|n| {
            let k = name_key(n);
            // Containment ("twente" in "hofvantwente") is a strong hint; otherwise similarity.
            let bonus = if !key.is_empty() && (k.contains(&key) || key.contains(&k)) {
                0.5
            } else {
                0.0
            };
            // Names a quarter as long as the input or less are never close to it: skip the
            // comparison, which takes time in the product of the lengths (a pasted page).
            let comparable = key.len() <= 4 * k.len() + 8;
            let similar = if comparable {
                strsim::jaro_winkler(&key, &k)
            } else {
                0.0
            };
            (similar + bonus, n)
        })
        .filter(|(s, _)| *s >= 0.85)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, n)| n.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_key_ignores_case_diacritics_and_punctuation() {
        assert_eq!(name_key("’s-Hertogenbosch"), name_key("s-hertogenbosch"));
        assert_eq!(name_key("Den Haag."), "denhaag");
        assert_eq!(name_key("Löss"), "loss");
    }

    #[test]
    fn a_region_is_where_it_is_when_no_partner_has_its_name() {
        let data = crate::load::embedded().expect("embedded data");
        let twente = where_is(&data, "Twente");
        assert_eq!(twente.len(), 1);
        assert_eq!(twente[0].region, data.region_index("twente"));
        assert_eq!(
            (twente[0].kind, twente[0].partner.as_str()),
            (None, "Twente")
        );
        assert_eq!(where_is(&data, "mra")[0].region, data.region_index("mra"));
        // A partner of that name answers as before.
        let zwolle = where_is(&data, "Zwolle");
        assert!(zwolle.iter().all(|p| p.kind.is_some()), "{zwolle:?}");
    }
}
