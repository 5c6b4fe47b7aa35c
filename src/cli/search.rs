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
        // The data is Dutch: the document's word for an English one, where it is known.
        if let Some(hint) = ctx.t.dutch_hint(query, ctx.data) {
            writeln!(out, "{hint}")?;
        }
    } else {
        if let Some(heading) = heading {
            writeln!(out, "{}", ctx.style.dim(heading))?;
        }
        write_text(ctx.data, ctx.source, &hits, ctx.t, out, ctx.style.color)?;
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
/// `snippet`; `lines` are the lines of the first matched phrase in the source text, or of
/// the matched field's quote where the words matched are not in it (for a theme label, its
/// evidence; for an alias, the name it stands for), null without a source text;
/// `match_lines` the lines of every matched phrase, `field_lines` those of the whole quote.
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
    /// The lines `[first, last]` of what matched in the source text: the first matched
    /// phrase (words matched one after another), else the field's quote.
    pub lines: Option<[u32; 2]>,
    /// The lines of every matched phrase, in order.
    pub match_lines: Vec<[u32; 2]>,
    /// The lines of the field's whole quote.
    pub field_lines: Option<[u32; 2]>,
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
            let quote = Quote::of_field(data, h.region, h.section, h.field);
            let field_lines = source.zip(quote).and_then(|(s, q)| s.lines(q));
            let match_lines = source
                .zip(quote)
                .map(|(s, q)| matched_lines(data, s, q, h))
                .unwrap_or_default();
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
                lines: match_lines.first().copied().or(field_lines),
                match_lines,
                field_lines,
            }
        })
        .collect()
}

/// The lines of each place where a phrase of `hit` matched in the quote `q` of its field (none when
/// the field is not the quote itself, as for a theme label, whose quote is its evidence).
fn matched_lines(data: &Dataset, src: &Source, q: Quote, hit: &Hit) -> Vec<[u32; 2]> {
    let Some(full) = q.text(data) else {
        return Vec::new();
    };
    let parts = crate::search::ranges_in(full, &hit.snippet, &hit.positions);
    crate::search::occurrences(full, &parts)
        .iter()
        .filter_map(|words| crate::search::span(&src.ranges_within(q, full, words)))
        .map(|r| src.lines_of(r))
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

/// Prints one line per hit: who, field (with its 1-based number in its list), its lines in
/// the source text, and the whole sentence of the field around the first match (see
/// [`shown`]). With `color`, matched characters are bold and underlined (ANSI); without,
/// the text is plain. Data text was cleaned of control characters when loaded, so nothing
/// here can reach the terminal as an escape sequence but our own.
pub fn write_text(
    data: &Dataset,
    source: Option<&Source>,
    hits: &[Hit],
    t: &Texts,
    out: &mut impl Write,
    color: bool,
) -> io::Result<()> {
    const ON: &str = "\x1b[1;4m";
    const OFF: &str = "\x1b[0m";
    for hit in hits {
        let shown = shown(data, source, hit);
        write!(
            out,
            "{} · {}",
            owner_label(data, hit),
            t.field_label(
                hit.field
                    .text_kind(hit.region.and_then(|r| data.regions.get(r)))
            )
        )?;
        // The number of the item in its list: not for a theme's quote, whose number would
        // be the tag's, not the key point's.
        if let (Some(i), false) = (hit.field.index(), matches!(hit.field, Field::Evidence(_))) {
            write!(out, " {}", i + 1)?;
        }
        write!(out, "{}: ", t.cite.at(shown.lines))?;
        if shown.cut_start {
            write!(out, "{}", crate::sentence::ELLIPSIS)?;
        }
        let text = shown.text;
        let mut at = 0;
        for r in &shown.ranges {
            // The ranges are checked in `shown`, but a stale or foreign hit must not panic:
            // skip anything out of order or off a character boundary.
            let ok = at <= r.start
                && r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end);
            if !ok {
                continue;
            }
            write!(out, "{}", &text[at..r.start])?;
            if color {
                write!(out, "{ON}{}{OFF}", &text[r.clone()])?;
            } else {
                write!(out, "{}", &text[r.clone()])?;
            }
            at = r.end;
        }
        write!(out, "{}", &text[at..])?;
        if shown.cut_end {
            write!(out, "{}", crate::sentence::ELLIPSIS)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// What a hit shows on the command line: a piece of its field's text, where its matches
/// are in it, whether it is cut at either end, and its lines in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text shown, without the marks of a cut.
    pub text: &'a str,
    /// The matched characters, as byte ranges of `text`.
    pub ranges: Vec<std::ops::Range<usize>>,
    /// Whether the text was cut before its start ("…" goes there).
    pub cut_start: bool,
    /// Whether it was cut after its end.
    pub cut_end: bool,
    /// The lines `[first, last]` of `text` in the source text: of the sentence itself where
    /// the field is a quote, else of the quote the field stands for (a theme label: its
    /// evidence).
    pub lines: Option<[u32; 2]>,
}

/// A field of at most this many characters is shown whole: it is a sentence or two at most,
/// and a ";" in a short one ("3. Cultuur voor iedereen; over educatie, …") ends no thought.
pub const WHOLE_CHARS: usize = 160;

/// The whole sentence of a hit's field around its first match (see
/// [`crate::sentence::around`]), bounded for a very long sentence, and its lines; a short
/// field whole (see [`WHOLE_CHARS`]).
pub fn shown<'a>(data: &'a Dataset, source: Option<&Source>, hit: &'a Hit) -> Shown<'a> {
    let quote = Quote::of_field(data, hit.region, hit.section, hit.field);
    // The field's whole text, where the field is the quote itself (a label, an alias or a
    // partner with its kind stands for a quote of other words).
    let own = quote
        .filter(|_| is_own_text(hit.field))
        .and_then(|q| Some((q, q.text(data)?)));
    let whole = own.and_then(|(q, full)| {
        let ranges = crate::search::ranges_in(full, &hit.snippet, &hit.positions);
        let found = !ranges.is_empty() || hit.positions.is_empty();
        found.then_some((q, full, ranges))
    });
    let (full, ranges): (&str, Vec<std::ops::Range<usize>>) = match &whole {
        Some((_, full, ranges)) => (full, ranges.clone()),
        None => {
            let ranges = hit.positions.iter().map(|&(a, b)| a..b).collect();
            (hit.snippet.as_str(), ranges)
        }
    };
    let first = ranges.first().cloned().unwrap_or(0..0);
    let sentence = if full.chars().count() <= WHOLE_CHARS {
        0..full.len()
    } else {
        let start = crate::sentence::around(full, first.start).start;
        let end = crate::sentence::around(full, first.end.saturating_sub(1).max(first.start)).end;
        start.min(end)..end.max(start)
    };
    let (range, cut_start, cut_end) = crate::sentence::bounded(full, sentence, first);
    let lines = source.and_then(|src| match whole {
        Some((q, full, _)) => src
            .lines_within(q, full, range.clone())
            .or_else(|| src.lines(q)),
        None => src.lines(quote?),
    });
    Shown {
        text: &full[range.clone()],
        ranges: ranges
            .iter()
            .filter(|r| r.start >= range.start && r.end <= range.end)
            .map(|r| r.start - range.start..r.end - range.start)
            .collect(),
        cut_start,
        cut_end,
        lines,
    }
}

/// Whether the field's text is the text of the quote it stands for.
fn is_own_text(field: Field) -> bool {
    !matches!(
        field,
        Field::Theme(_) | Field::ThemeEn(_) | Field::Alias(_) | Field::PartnerKind(_)
    )
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
                "field_lines",
                "lines",
                "match",
                "match_lines",
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
        write_text(&data, None, &hits, &crate::i18n::EN, &mut plain, false).expect("write");
        let plain = String::from_utf8(plain).expect("utf8");
        assert!(
            plain.starts_with("Stedelijke Cultuurregio Zuid · "),
            "{plain}"
        );
        assert!(plain.contains("Löss") && !plain.contains('\x1b'), "{plain}");
        let mut color = Vec::new();
        write_text(&data, None, &hits, &crate::i18n::EN, &mut color, true).expect("write");
        let color = String::from_utf8(color).expect("utf8");
        assert!(color.contains("\x1b[1;4mLöss\x1b[0m"), "{color:?}");
    }
}
