//! `search QUERY`: hits for the command line, as JSON rows or plain text with optional
//! highlighting, and the closest words when nothing is found.

use std::io::{self, Write};

use serde::Serialize;

use super::{CliError, Ctx, Outcome};
use crate::i18n::Texts;
use crate::model::Dataset;
use crate::search::{Field, Hit, Index};
use crate::source::{Quote, Source};

/// `search QUERY [--limit N]`: the explorer's search engine, ranked best first.
pub fn search(
    ctx: &Ctx,
    query: &str,
    limit: usize,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    answer(ctx, query, limit, None, out)
}

/// The search's answer, with `heading` over the results when there are any (a bare word
/// says that these are search results, not the answer of `where`).
pub(super) fn answer(
    ctx: &Ctx,
    query: &str,
    limit: usize,
    heading: Option<&str>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    if !crate::search::has_words(query) {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_query.to_string()));
    }
    let index = crate::load::index(ctx.data);
    let hits = index.search(query, limit);
    if ctx.json {
        let rows = to_json_rows(ctx.data, ctx.source, &hits);
        writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
    } else if hits.is_empty() {
        writeln!(
            out,
            "{}: \"{}\".",
            ctx.t.cli.name_not_found,
            crate::text::echo(query)
        )?;
        write_suggestions(&index, query, ctx.t, out)?;
    } else {
        if let Some(heading) = heading {
            writeln!(out, "{}", ctx.style.dim(heading))?;
        }
        write_text(ctx.data, &hits, ctx.t, out, ctx.style.color)?;
    }
    Ok(if hits.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Done
    })
}

/// The "did you mean" line for a query that found nothing: the closest words of the data
/// for the query words that matched nothing; or, when every word matched somewhere, that no
/// result holds them all.
pub fn write_suggestions(
    index: &Index,
    query: &str,
    t: &Texts,
    out: &mut impl Write,
) -> io::Result<()> {
    match suggestion_line(index, query, t) {
        Some(line) => writeln!(out, "{line}"),
        None => Ok(()),
    }
}

/// The text of the "did you mean" line (see [`write_suggestions`]), if there is one.
pub fn suggestion_line(index: &Index, query: &str, t: &Texts) -> Option<String> {
    let suggestions = index.suggest(query);
    if suggestions.is_empty() {
        return (query.split_whitespace().count() > 1).then(|| t.no_result_holds_all.to_string());
    }
    let words: Vec<String> = suggestions
        .iter()
        .flat_map(|s| s.closest.iter())
        .map(|w| crate::text::clean(w).into_owned())
        .collect();
    if words.is_empty() {
        return Some(t.cli.no_close_words.to_string());
    }
    Some(format!("{}: {}?", t.did_you_mean, words.join(", ")))
}

/// One hit as the CLI prints it in JSON:
/// `{ "region_id", "region", "section", "area", "field", "match", "snippet", "score",
/// "positions": [[start, end], ...], "lines": [first, last] }`. `region_id` and `region` are
/// null for hits in the cover text; `section` is the id of the cover-text section of such a
/// hit, `area` the name of an area without a profile; positions are byte ranges within
/// `snippet`; `lines` are the lines of the matched field's quote in the source text (for a
/// theme label, its evidence; for an alias, the name it stands for), null without one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonRow<'a> {
    /// The region's id.
    pub region_id: Option<&'a str>,
    /// The region's name.
    pub region: Option<&'a str>,
    /// The id of the cover-text section.
    pub section: Option<&'a str>,
    /// The name of the area without a profile.
    pub area: Option<&'a str>,
    /// The field's stable name (see [`Field::name`]).
    pub field: &'static str,
    /// How the query matched: phrase, whole, part, form, typo or fuzzy.
    #[serde(rename = "match")]
    pub tier: &'static str,
    /// The snippet.
    pub snippet: &'a str,
    /// The score.
    pub score: i64,
    /// Highlighted byte ranges within `snippet`.
    pub positions: &'a [(usize, usize)],
    /// The lines `[first, last]` of the field's quote in the source text.
    pub lines: Option<[u32; 2]>,
}

/// The JSON rows for `hits` (which must come from an index built over `data`), with the
/// lines of each hit's quote in `source` when there is one.
pub fn to_json_rows<'a>(
    data: &'a Dataset,
    source: Option<&Source>,
    hits: &'a [Hit],
) -> Vec<JsonRow<'a>> {
    hits.iter()
        .map(|h| {
            let region = h.region.and_then(|i| data.regions.get(i));
            let area = match h.field {
                Field::WithoutProfileName(i) | Field::WithoutProfileText(i) => {
                    data.without_profile.get(i).map(|a| a.name.as_str())
                }
                _ => None,
            };
            JsonRow {
                region_id: region.map(|r| r.id.as_str()),
                region: region.map(|r| r.name.as_str()),
                section: h
                    .section
                    .and_then(|i| data.national.get(i))
                    .map(|s| s.id.as_str()),
                area,
                field: h.field.name(),
                tier: h.tier.name(),
                snippet: &h.snippet,
                score: h.score,
                positions: &h.positions,
                lines: source
                    .and_then(|s| s.lines(Quote::of_field(data, h.region, h.section, h.field)?)),
            }
        })
        .collect()
}

/// Who a hit belongs to, for people: the region's name, the cover-text section's heading or
/// the area's name.
fn owner_label<'a>(data: &'a Dataset, hit: &Hit) -> &'a str {
    if let Some(r) = hit.region.and_then(|i| data.regions.get(i)) {
        return &r.name;
    }
    if let Some(s) = hit.section.and_then(|i| data.national.get(i)) {
        return &s.heading;
    }
    match hit.field {
        Field::WithoutProfileName(i) | Field::WithoutProfileText(i) => {
            data.without_profile.get(i).map_or("", |a| a.name.as_str())
        }
        _ => "",
    }
}

/// Prints one line per hit: who, field (with its 1-based number in its list), snippet.
/// With `color`, matched characters are bold and underlined (ANSI); without, the text is
/// plain. Data text was cleaned of control characters when loaded, so nothing here can
/// reach the terminal as an escape sequence but our own.
pub fn write_text(
    data: &Dataset,
    hits: &[Hit],
    t: &Texts,
    out: &mut impl Write,
    color: bool,
) -> io::Result<()> {
    const ON: &str = "\x1b[1;4m";
    const OFF: &str = "\x1b[0m";
    for hit in hits {
        write!(
            out,
            "{} · {}",
            owner_label(data, hit),
            t.field_label(hit.field.name())
        )?;
        if let Some(i) = hit.field.index() {
            write!(out, " {}", i + 1)?;
        }
        write!(out, ": ")?;
        let mut at = 0;
        for &(a, b) in &hit.positions {
            // Positions come from the index and are valid, but a stale or foreign hit must
            // not panic: skip anything out of order or off a character boundary.
            let ok = at <= a
                && a < b
                && hit.snippet.is_char_boundary(a)
                && hit.snippet.is_char_boundary(b);
            if !ok {
                continue;
            }
            write!(out, "{}", &hit.snippet[at..a])?;
            if color {
                write!(out, "{ON}{}{OFF}", &hit.snippet[a..b])?;
            } else {
                write!(out, "{}", &hit.snippet[a..b])?;
            }
            at = b;
        }
        writeln!(out, "{}", &hit.snippet[at..])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        crate::load::embedded().expect("embedded data")
    }

    #[test]
    fn json_rows_have_the_cli_shape() {
        let data = data();
        let idx = Index::build(&data);
        let hits = idx.search("hengelo", 50);
        let rows = serde_json::to_value(to_json_rows(&data, None, &hits)).expect("serialise");
        let first = &rows[0];
        let mut keys: Vec<&String> = first.as_object().expect("object").keys().collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "area",
                "field",
                "lines",
                "match",
                "positions",
                "region",
                "region_id",
                "score",
                "section",
                "snippet"
            ]
        );
        assert_eq!(first["region_id"], "twente");
        assert_eq!(first["field"], "partner");
        assert_eq!(first["match"], "whole");
        assert_eq!(first["positions"], serde_json::json!([[0, 7]]));
        let hits = idx.search("duitsland", 50);
        let rows = serde_json::to_value(to_json_rows(&data, None, &hits)).expect("serialise");
        let national = rows
            .as_array()
            .expect("array")
            .iter()
            .find(|r| r["region_id"].is_null())
            .expect("a hit in the cover text");
        assert!(national["region"].is_null() && national["section"].is_string());
        assert_eq!(national["field"], "national");
        let hits = idx.search("schiedam", 5);
        let rows = serde_json::to_value(to_json_rows(&data, None, &hits)).expect("serialise");
        assert_eq!(rows[0]["area"], "Schiedam");
    }

    #[test]
    fn text_output_highlights_only_with_color() {
        let data = data();
        let idx = Index::build(&data);
        let hits: Vec<Hit> = idx.search("loss", 1);
        let mut plain = Vec::new();
        write_text(&data, &hits, &crate::i18n::EN, &mut plain, false).expect("write");
        let plain = String::from_utf8(plain).expect("utf8");
        assert!(
            plain.starts_with("Stedelijke Cultuurregio Zuid · "),
            "{plain}"
        );
        assert!(plain.contains("Löss") && !plain.contains('\x1b'), "{plain}");
        let mut color = Vec::new();
        write_text(&data, &hits, &crate::i18n::EN, &mut color, true).expect("write");
        let color = String::from_utf8(color).expect("utf8");
        assert!(color.contains("\x1b[1;4mLöss\x1b[0m"), "{color:?}");
    }
}
