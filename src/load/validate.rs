//! The rules a dataset must keep, checked in one pass over it (sets, not searches, so a file
//! of 100,000 regions takes no longer per region than one of 15), and the cleaning of its
//! text.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::{MAX_THEMES, Problem};
use crate::model::{Dataset, Region, ThemeTag};
use crate::text::clean;

/// Remembers what it has seen, to find repeats in one pass.
#[derive(Debug)]
pub struct Seen<T>(HashSet<T>);

impl<T: Hash + Eq> Seen<T> {
    /// An empty memory with room for `n` items.
    pub fn with_capacity(n: usize) -> Self {
        Self(HashSet::with_capacity(n))
    }

    /// Whether `item` was seen before; remembers it.
    pub fn repeat(&mut self, item: T) -> bool {
        !self.0.insert(item)
    }
}

/// Checks the rules a dataset must keep; returns every problem found (empty when valid).
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut top = |field: String, message: String| {
        out.push(Problem {
            region: None,
            position: None,
            field,
            message,
        })
    };
    if data.regions.is_empty() {
        top("regions".into(), "geen enkele regio".into());
    }
    if data.themes.is_empty() {
        top("themes".into(), "geen enkel thema".into());
    }
    if data.themes.len() > MAX_THEMES {
        top(
            "themes".into(),
            format!(
                "{} thema's; een tabel van regio's en thema's kan er hoogstens {MAX_THEMES} tonen",
                data.themes.len()
            ),
        );
    }
    let mut theme_ids = Seen::with_capacity(data.themes.len());
    for (i, t) in data.themes.iter().enumerate() {
        if t.id.trim().is_empty() {
            top(format!("themes[{i}].id"), "leeg".into());
        }
        if t.label.trim().is_empty() {
            top(format!("themes[{i}].label"), "leeg".into());
        }
        if theme_ids.repeat(t.id.as_str()) {
            top(format!("themes[{i}].id"), format!("dubbel id \"{}\"", t.id));
        }
    }
    for (i, s) in data.national.iter().enumerate() {
        if s.heading.trim().is_empty() {
            top(format!("national[{i}].heading"), "leeg".into());
        }
        for (j, item) in s.items.iter().enumerate() {
            if item.text.trim().is_empty() {
                top(format!("national[{i}].items[{j}].text"), "leeg".into());
            }
        }
    }
    for (i, a) in data.without_profile.iter().enumerate() {
        if a.name.trim().is_empty() {
            top(format!("without_profile[{i}].name"), "leeg".into());
        }
    }
    let themes: HashSet<&str> = data.themes.iter().map(|t| t.id.as_str()).collect();
    for (i, g) in data.general_statements.iter().enumerate() {
        if !themes.contains(g.theme.as_str()) {
            top(
                format!("general_statements[{i}].theme"),
                format!("onbekend thema \"{}\"", g.theme),
            );
        }
        if g.quote.trim().is_empty() {
            top(
                format!("general_statements[{i}].quote"),
                "leeg citaat".into(),
            );
        }
        if g.section.trim().is_empty() {
            top(format!("general_statements[{i}].section"), "leeg".into());
        }
    }
    // Where each id first stands, and which ids stand more than once: the problems of regions
    // that share an id name their positions too, or two would read as one.
    let mut first_at: HashMap<&str, usize> = HashMap::with_capacity(data.regions.len());
    let mut shared: HashSet<&str> = HashSet::new();
    for (i, r) in data.regions.iter().enumerate() {
        if !r.id.trim().is_empty() && *first_at.entry(r.id.as_str()).or_insert(i) != i {
            shared.insert(r.id.as_str());
        }
    }
    for (i, r) in data.regions.iter().enumerate() {
        let first = first_at.get(r.id.as_str()).copied();
        let id = Id {
            first: first.filter(|&f| f != i),
            shared: shared.contains(r.id.as_str()),
        };
        validate_region(&themes, i, r, id, &mut out);
    }
    short_names(data, &mut out);
    out
}

/// A short name stands for its region where room is short: two regions must not share one
/// (folded), or a narrow screen could not tell them apart.
fn short_names(data: &Dataset, out: &mut Vec<Problem>) {
    let mut first: std::collections::HashMap<String, usize> =
        std::collections::HashMap::with_capacity(data.regions.len());
    for (i, r) in data.regions.iter().enumerate() {
        let key = crate::text::fold(r.short());
        match first.get(&key) {
            Some(&j)
                if !r.short_name.trim().is_empty()
                    || !data.regions[j].short_name.trim().is_empty() =>
            {
                out.push(Problem {
                    region: Some(r.id.clone()),
                    position: None,
                    field: "short_name".into(),
                    message: format!(
                        "korte naam \"{}\" is ook die van regio {}",
                        r.short(),
                        data.regions[j].id
                    ),
                });
            }
            Some(_) => {}
            None => {
                first.insert(key, i);
            }
        }
    }
}

/// What the other regions say about a region's id.
#[derive(Debug, Clone, Copy)]
struct Id {
    /// Where the first region with this id stands, when that is another region.
    first: Option<usize>,
    /// Whether other regions have this id too.
    shared: bool,
}

fn validate_region(
    themes: &HashSet<&str>,
    index: usize,
    r: &Region,
    id: Id,
    out: &mut Vec<Problem>,
) {
    let (who, position) = if r.id.trim().is_empty() {
        (format!("#{}", index + 1), None)
    } else {
        (r.id.clone(), id.shared.then_some(index + 1))
    };
    let mut add = |field: String, message: String| {
        out.push(Problem {
            region: Some(who.clone()),
            position,
            field,
            message,
        })
    };
    let empty = || "leeg".to_string();
    if r.id.trim().is_empty() {
        add("id".into(), empty());
    } else if let Some(first) = id.first {
        add(
            "id".into(),
            format!("dubbel id \"{}\" (ook #{})", r.id, first + 1),
        );
    }
    if r.name.trim().is_empty() {
        add("name".into(), empty());
    }
    if r.profile_title.trim().is_empty() {
        add("profile_title".into(), empty());
    }
    if r.partners.is_empty() {
        add("partners".into(), "geen enkele partner".into());
    }
    for (j, p) in r.partners.iter().enumerate() {
        if p.name.trim().is_empty() {
            add(format!("partners[{j}].name"), empty());
        }
    }
    if r.key_points.is_empty() {
        add("key_points".into(), "geen enkel kernpunt".into());
    }
    for (j, k) in r.key_points.iter().enumerate() {
        if k.text.trim().is_empty() {
            add(format!("key_points[{j}].text"), empty());
        }
    }
    for (j, n) in r.notes.iter().enumerate() {
        if n.text.trim().is_empty() {
            add(format!("notes[{j}].text"), empty());
        }
    }
    if !r.aliases.is_empty() {
        let partners: HashSet<&str> = r.partners.iter().map(|p| p.name.as_str()).collect();
        for (j, a) in r.aliases.iter().enumerate() {
            if a.name.trim().is_empty() {
                add(format!("aliases[{j}].name"), empty());
            }
            if a.refers_to != r.name && !partners.contains(a.refers_to.as_str()) {
                add(
                    format!("aliases[{j}].refers_to"),
                    format!(
                        "\"{}\" is geen partner en niet de naam van de regio",
                        a.refers_to
                    ),
                );
            }
        }
    }
    let mut tagged = Seen::with_capacity(r.themes.len());
    for (j, t) in r.themes.iter().enumerate() {
        if !themes.contains(t.theme.as_str()) {
            add(
                format!("themes[{j}].theme"),
                format!("onbekend thema \"{}\"", t.theme),
            );
        } else if tagged.repeat(t.theme.as_str()) {
            add(
                format!("themes[{j}].theme"),
                format!("thema \"{}\" staat er twee keer", t.theme),
            );
        }
        if t.evidence.trim().is_empty() {
            add(format!("themes[{j}].evidence"), "leeg citaat".into());
        } else if !evidence_stands(r, t) {
            // A quote said to stand in the key points that stands elsewhere would send a
            // reader to the wrong place in the document.
            add(
                format!("themes[{j}].evidence"),
                format!("citaat staat niet in {}", t.source.id()),
            );
        }
    }
}

/// Whether `tag`'s quote stands inside one field of the kind it names. Every start checks
/// every quote, so this is kept cheap: the places of the quote's first byte (found with
/// SIMD by `memchr`) are compared, where a general substring search would first analyse
/// the whole quote, for every field.
pub fn evidence_stands(r: &Region, tag: &ThemeTag) -> bool {
    let needle = tag.evidence.as_bytes();
    let Some(&first) = needle.first() else {
        return true;
    };
    r.texts_of(tag.source).iter().any(|t| {
        let hay = t.as_bytes();
        memchr::memchr_iter(first, hay).any(|i| hay[i..].starts_with(needle))
    })
}

/// Removes control and direction characters from every text of a dataset, so nothing
/// printed from it can reach the terminal as an escape sequence.
pub fn sanitize(d: &mut Dataset) {
    fn c(s: &mut String) {
        if let std::borrow::Cow::Owned(o) = clean(s) {
            *s = o;
        }
    }
    c(&mut d.title);
    for t in &mut d.themes {
        for s in [&mut t.id, &mut t.label, &mut t.label_en, &mut t.description] {
            c(s);
        }
    }
    for r in &mut d.regions {
        for s in [
            &mut r.id,
            &mut r.name,
            &mut r.short_name,
            &mut r.profile_title,
        ] {
            c(s);
        }
        r.partners.iter_mut().for_each(|p| c(&mut p.name));
        r.partner_notes.iter_mut().for_each(c);
        r.key_points.iter_mut().for_each(|k| c(&mut k.text));
        for n in &mut r.notes {
            c(&mut n.section);
            c(&mut n.text);
        }
        for a in &mut r.aliases {
            c(&mut a.name);
            c(&mut a.refers_to);
        }
        for t in &mut r.themes {
            c(&mut t.theme);
            c(&mut t.evidence);
        }
    }
    for s in &mut d.national {
        c(&mut s.id);
        c(&mut s.heading);
        for i in &mut s.items {
            if let Some(h) = &mut i.heading {
                c(h);
            }
            c(&mut i.text);
        }
    }
    for a in &mut d.without_profile {
        c(&mut a.name);
        c(&mut a.text);
    }
    for g in &mut d.general_statements {
        for s in [&mut g.theme, &mut g.section, &mut g.quote] {
            c(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::hash::Hasher;

    use super::*;

    thread_local! {
        static COMPARED: Cell<usize> = const { Cell::new(0) };
    }

    /// An id that counts how often it is compared.
    #[derive(Debug)]
    struct Counted(u64);

    impl PartialEq for Counted {
        fn eq(&self, other: &Self) -> bool {
            COMPARED.with(|c| c.set(c.get() + 1));
            self.0 == other.0
        }
    }

    impl Eq for Counted {}

    impl Hash for Counted {
        fn hash<H: Hasher>(&self, h: &mut H) {
            self.0.hash(h);
        }
    }

    /// The repeat check compares each id with about one other, not with all before it: the
    /// number of comparisons grows with the number of ids, not with its square.
    #[test]
    fn finding_repeats_takes_comparisons_in_proportion_to_the_ids() {
        for n in [1_000u64, 100_000] {
            COMPARED.with(|c| c.set(0));
            let mut seen = Seen::with_capacity(n as usize);
            // Every id twice: the second half are all repeats.
            let repeats = (0..2 * n).filter(|i| seen.repeat(Counted(i % n))).count();
            assert_eq!(repeats as u64, n);
            let compared = COMPARED.with(Cell::get) as u64;
            assert!(compared <= 3 * n, "{compared} comparisons for {n} ids");
        }
    }
}
