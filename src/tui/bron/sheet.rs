//! What the Bron view computes once for a source text: each line's width, what the data
//! uses of each line, and the margin's words for what starts on it.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use crate::i18n::{Texts, TuiTexts};
use crate::matrix::{GENERAL, MOST, OWN};
use crate::model::{Dataset, EvidenceSource, SectionItemKind, StatementScope};
use crate::source::{Quote, Source};
use crate::tui::app::App;
use crate::tui::shown::short_label;

/// The source laid out for the Bron view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The width in columns of each line, without the space at its end.
    pub widths: Vec<u16>,
    /// The widest line.
    pub longest: u16,
    /// For each line, the bytes of the text the data quotes (sorted, apart).
    pub used: Vec<Vec<Range<usize>>>,
    /// For each line, what starts on it ("kernpunt 2; ● Erfgoed", "twente: naam",
    /// "twente: begeleidende tekst"); empty for none.
    pub labels: Vec<String>,
}

/// How a character of the source is drawn: control characters (tabs, form feeds) as a space,
/// so no text of a file can reach the terminal as an escape sequence.
pub fn shown(c: char) -> (char, usize) {
    if c.is_control() {
        (' ', 1)
    } else {
        (c, c.width().unwrap_or(0))
    }
}

/// The width of a line as drawn.
pub fn width(line: &str) -> usize {
    line.chars().map(|c| shown(c).1).sum()
}

/// The pieces of the byte range `r` of `source` on each line it spans, without the space at
/// either end of a piece: what is drawn highlighted of a quote that runs over line breaks.
pub fn per_line(source: &Source, r: Range<usize>) -> Vec<(usize, Range<usize>)> {
    if r.start >= r.end {
        return Vec::new();
    }
    let text = source.text();
    let first = source.line_of(r.start);
    let last = source.line_of(r.end - 1);
    (first..=last)
        .filter_map(|l| {
            let line = source.line_range(l);
            let a = r.start.max(line.start);
            let b = r.end.min(line.end);
            let piece = text.get(a..b)?;
            let lead = piece.len() - piece.trim_start().len();
            let kept = piece.trim().len();
            (kept > 0).then(|| (l, a + lead..a + lead + kept))
        })
        .collect()
}

impl Sheet {
    /// Lays out `source` for `data`, with the margin's words in the interface's language.
    pub fn new(source: &Source, data: &Dataset, t: &Texts, tt: &TuiTexts) -> Sheet {
        let n = source.line_count();
        // Space at a line's end is not drawn (nor highlighted): it takes no room.
        let widths: Vec<u16> = (0..n)
            .map(|l| u16::try_from(width(source.line(l).trim_end())).unwrap_or(u16::MAX))
            .collect();
        let mut used: Vec<Vec<Range<usize>>> = vec![Vec::new(); n];
        let mut starts: Vec<Vec<(Option<String>, String)>> = vec![Vec::new(); n];
        // In a region's row of the table its name says whose the lines are; the cover text
        // names the region with each statement about it.
        let in_row = |q: Quote| match q {
            Quote::Name(_) | Quote::Note(..) => false,
            Quote::Evidence(r, i) => data
                .regions
                .get(r)
                .and_then(|x| x.themes.get(i))
                .is_some_and(|t| t.source != EvidenceSource::CoverText),
            q => q.region().is_some(),
        };
        for (q, place) in source.places().iter() {
            for (l, r) in per_line(source, place.range()) {
                if let Some(u) = used.get_mut(l) {
                    u.push(r);
                }
            }
            let first = source.line_of(place.start as usize);
            if let Some(s) = starts.get_mut(first) {
                let (owner, what) = parts(q, data, t, tt);
                s.push((owner.filter(|_| !in_row(q)), what));
            }
        }
        for u in &mut used {
            *u = merged(std::mem::take(u));
        }
        let labels = starts.into_iter().map(joined).collect();
        Sheet {
            longest: widths.iter().copied().max().unwrap_or(0),
            widths,
            used,
            labels,
        }
    }
}

/// Sorted, overlapping and touching ranges joined.
fn merged(mut v: Vec<Range<usize>>) -> Vec<Range<usize>> {
    v.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// A line's labels, each once, the fields of one region after its id once ("twente:
/// partners, kernpunt 1"), groups apart by "; ".
fn joined(parts: Vec<(Option<String>, String)>) -> String {
    let mut out: Vec<(Option<String>, Vec<String>)> = Vec::new();
    for (owner, part) in parts {
        match out.iter_mut().find(|(o, _)| *o == owner) {
            Some((_, list)) if !list.contains(&part) => list.push(part),
            Some(_) => {}
            None => out.push((owner, vec![part])),
        }
    }
    out.into_iter()
        .map(|(owner, parts)| match owner {
            Some(o) => format!("{o}: {}", parts.join(", ")),
            None => parts.join("; "),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a quote is, in words: "Twente: kernpunt 2", "Twente: ● Erfgoed", "¶ 3 ·
/// Totstandkoming", "○ Kennis".
pub fn label(q: Quote, data: &Dataset, t: &Texts, tt: &TuiTexts) -> String {
    match parts(q, data, t, tt) {
        (Some(_), field) => {
            let region = q
                .region()
                .and_then(|r| data.regions.get(r))
                .map_or("", App::short_name);
            format!("{region}: {field}")
        }
        (None, what) => what,
    }
}

/// What a quote is, in words: the id of the region it belongs to, if any (the margin's
/// short name for it), and the rest.
fn parts(q: Quote, data: &Dataset, t: &Texts, tt: &TuiTexts) -> (Option<String>, String) {
    let b = tt.bron;
    let theme = |id: &str| {
        data.theme(id).map_or_else(
            || id.to_string(),
            |th| short_label(t.theme_label(th)).to_string(),
        )
    };
    let section = |s: usize| data.national.get(s).map_or("", |x| x.heading.as_str());
    let item = |s: usize, i: usize| {
        let items = data.national.get(s).map_or(&[][..], |x| &x.items[..]);
        match items.get(i).map(|x| x.kind) {
            Some(SectionItemKind::Question) => {
                let k = items[..i]
                    .iter()
                    .filter(|x| x.kind == SectionItemKind::Question)
                    .count();
                b.question.replace("{n}", &(k + 1).to_string())
            }
            _ => b.paragraph.replace("{n}", &(i + 1).to_string()),
        }
    };
    let field = match q {
        Quote::Title => return (None, b.title.to_string()),
        Quote::Heading(s) => return (None, format!("§ {}", section(s))),
        // The number first: in a narrow margin the heading is what gets cut.
        Quote::ItemHeading(s, i) | Quote::Item(s, i) => {
            return (None, format!("{} · {}", item(s, i), section(s)));
        }
        Quote::AreaName(a) | Quote::AreaText(a) => {
            let name = data.without_profile.get(a).map_or("", |x| x.name.as_str());
            return (None, format!("{}: {name}", b.no_profile));
        }
        Quote::General(g) => {
            let Some(st) = data.general_statements.get(g) else {
                return (None, String::new());
            };
            let sign = if st.scope == StatementScope::All {
                GENERAL
            } else {
                MOST
            };
            return (None, format!("{sign} {}", theme(&st.theme)));
        }
        Quote::Name(_) => b.region_fields[0].to_string(),
        Quote::ProfileTitle(_) => b.region_fields[1].to_string(),
        Quote::Partner(..) => b.region_fields[2].to_string(),
        Quote::PartnerNote(..) => b.region_fields[3].to_string(),
        Quote::RouteOost(_) => b.region_fields[4].to_string(),
        Quote::KeyPoint(_, i) => b.region_fields[5].replace("{n}", &(i + 1).to_string()),
        Quote::Note(..) => b.region_fields[6].to_string(),
        Quote::Evidence(r, i) => {
            let tag = data.regions.get(r).and_then(|x| x.themes.get(i));
            format!(
                "{OWN} {}",
                tag.map_or_else(String::new, |x| theme(&x.theme))
            )
        }
    };
    let region = q
        .region()
        .and_then(|r| data.regions.get(r))
        .map(|r| r.id.clone());
    (region, field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_merged_and_labels_grouped_by_region() {
        assert_eq!(merged(vec![5..7, 0..2, 2..3, 6..9]), vec![0..3, 5..9]);
        let twente = || Some("twente".to_string());
        let parts = vec![
            (None, "§ Totstandkoming ¶ 3".to_string()),
            (twente(), "partners".to_string()),
            (twente(), "partners".to_string()),
            (twente(), "● Erfgoed".to_string()),
            (None, "§ Totstandkoming ¶ 3".to_string()),
            (None, "○ Kennis".to_string()),
        ];
        assert_eq!(
            joined(parts),
            "§ Totstandkoming ¶ 3; ○ Kennis; twente: partners, ● Erfgoed"
        );
    }
}
