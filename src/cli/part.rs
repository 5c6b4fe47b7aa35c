//! `show` for a part of the cover text: a section, a group of its items, or what the document
//! says of the areas without a profile, printed whole and verbatim, each paragraph and item
//! followed by its lines in the source text; and what `show` says when a name resolves to
//! nothing or to several regions or parts.

use std::io::Write;

use super::{CliError, Ctx};
use crate::i18n::fill;
use crate::model::{SectionItem, SectionItemKind};
use crate::parts::{Part, Target, TargetResolution, resolve_target};
use crate::source::{Quote, Source};
use crate::text::{ECHO_CHARS, cut, echo};

/// The region or part `query` names; when it names nothing or several, the message (the
/// candidates, or what there is) is written and `None` returned.
pub(super) fn resolve_or_report(
    ctx: &Ctx,
    query: &str,
    out: &mut impl Write,
) -> Result<Option<Target>, CliError> {
    if crate::lookup::name_key(query).is_empty() {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_name.to_string()));
    }
    let data = ctx.data;
    let cands = match resolve_target(data, query) {
        TargetResolution::Found(t) => return Ok(Some(t)),
        TargetResolution::Ambiguous(cands) => cands,
        TargetResolution::NotFound => {
            if ctx.json {
                let v = serde_json::json!({"error": "not_found", "query": cut(query, ECHO_CHARS)});
                writeln!(out, "{v}")?;
                return Ok(None);
            }
            let t = ctx.t;
            writeln!(out, "{} \"{}\".", t.cli.show_not_found, echo(query))?;
            let ids: Vec<&str> = data.regions.iter().map(|r| r.id.as_str()).collect();
            writeln!(out, "{}: {}", t.regions, ids.join(", "))?;
            let parts: Vec<String> = Part::all(data).iter().map(|p| p.id(data)).collect();
            if !parts.is_empty() {
                writeln!(out, "{}: {}", t.cli.parts, parts.join(", "))?;
            }
            return Ok(None);
        }
    };
    let named: Vec<(String, String)> = cands
        .iter()
        .map(|&c| match c {
            Target::Region(i) => (data.regions[i].id.clone(), data.regions[i].name.clone()),
            Target::Part(p) => (p.id(data), label(ctx, p)),
        })
        .collect();
    if ctx.json {
        let list: Vec<_> = named
            .iter()
            .map(|(id, name)| serde_json::json!({"id": id, "name": name}))
            .collect();
        let query = cut(query, ECHO_CHARS);
        let v = serde_json::json!({"error": "ambiguous", "query": query, "candidates": list});
        writeln!(out, "{v}")?;
        return Ok(None);
    }
    let heading = match cands.first() {
        Some(Target::Part(_)) => ctx.t.cli.parts_ambiguous,
        _ => ctx.t.cli.ambiguous,
    };
    writeln!(out, "{heading} \"{}\":", echo(query))?;
    let w = named
        .iter()
        .map(|(id, _)| id.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(18);
    for (id, name) in named {
        writeln!(out, "  {id:<w$} {name}")?;
    }
    Ok(None)
}

/// What a part is, for a list of candidates: a section's heading, a group with the section it
/// stands in, the areas without a profile.
fn label(ctx: &Ctx, part: Part) -> String {
    let data = ctx.data;
    let heading = |s: usize| data.national.get(s).map_or("", |x| x.heading.as_str());
    match part {
        Part::Section(s) => heading(s).to_string(),
        Part::Group(s, kind) => fill(
            ctx.t.cli.group_in,
            &[
                ("group", ctx.t.cli.group_names[kind as usize]),
                ("section", heading(s)),
            ],
        ),
        Part::WithoutProfile => ctx.t.without_profile.to_string(),
    }
}

/// `show PART`: the part whole, as text or (with `--json`) as an object (see [`part_json`]).
pub(super) fn write_part(ctx: &Ctx, part: Part, out: &mut impl Write) -> Result<(), CliError> {
    if ctx.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&part_json(ctx, part))?
        )?;
        return Ok(());
    }
    let (t, s, data) = (ctx.t, ctx.style, ctx.data);
    let at = |q| s.dim(&crate::export::at(ctx.source, t, q));
    let section = part.section(data);
    let sec = section.and_then(|i| data.national.get(i).map(|x| (i, x)));
    match (part, sec) {
        (Part::Section(_), Some((i, sec))) => {
            writeln!(out, "{}{}", s.bold(&sec.heading), at(Quote::Heading(i)))?;
        }
        (_, Some((i, sec))) => {
            let lines = crate::export::at(ctx.source, t, Quote::Heading(i));
            let from = fill(
                t.cli.part_from,
                &[("section", &sec.heading), ("lines", &lines)],
            );
            writeln!(out, "{}", s.dim(&from))?;
        }
        _ => {}
    }
    if part == Part::WithoutProfile {
        // The document says one thing of several areas at once: each text once.
        let areas = &data.without_profile;
        for (a, area) in areas.iter().enumerate() {
            if areas[..a].iter().any(|b| b.text == area.text) {
                continue;
            }
            writeln!(out)?;
            writeln!(out, "{}{}", area.text, at(Quote::AreaText(a)))?;
        }
        return Ok(());
    }
    let Some((si, sec)) = sec else {
        return Ok(());
    };
    for i in part.items(data) {
        let item = &sec.items[i];
        writeln!(out)?;
        if let Some(h) = &item.heading {
            let q = Quote::ItemHeading(si, i);
            writeln!(out, "{}{h}{}", prefix(ctx.source, q, item, true), at(q))?;
        }
        let q = Quote::Item(si, i);
        writeln!(
            out,
            "{}{}{}",
            prefix(ctx.source, q, item, false),
            item.text,
            at(q)
        )?;
    }
    Ok(())
}

/// The document's own mark before a quote ("• "), if it has one: what stands before the
/// quote on its line, when that is a short run of signs without letters. Without a source
/// text, the bullet the document's kinds of item have: on the heading of an attention point
/// or theme, and on a question.
fn prefix(source: Option<&Source>, q: Quote, item: &SectionItem, heading: bool) -> String {
    let Some(src) = source else {
        let bulleted = match item.kind {
            SectionItemKind::AttentionPoint | SectionItemKind::ProgrammeTheme => heading,
            SectionItemKind::Question => item.heading.is_none(),
            SectionItemKind::Paragraph => false,
        };
        return if bulleted {
            "• ".into()
        } else {
            String::new()
        };
    };
    marker(src, q).map_or_else(String::new, |m| format!("{m} "))
}

/// What stands before quote `q` on its line in `src`, when it is a mark: at most four
/// characters, none of them a letter.
fn marker(src: &Source, q: Quote) -> Option<&str> {
    let start = src.place(q)?.start as usize;
    let line = src.line_range(src.line_of(start));
    let before = src.text().get(line.start..start)?.trim();
    let mark = !before.is_empty()
        && before.chars().count() <= 4
        && !before.chars().any(char::is_alphabetic);
    mark.then_some(before)
}

/// A part as the JSON of `show`: `{ "part", "kind" (section, group or without_profile),
/// "section", "heading", "heading_lines", "items": [{ "kind", "heading", "heading_lines",
/// "marker", "text", "lines" }] }`, and for the areas without a profile `"areas": [{ "name",
/// "lines" }]`, with `items` the document's text about them, each once (its `kind` null: a
/// part of a paragraph). `section` and
/// `heading` are those of the section the part stands in; lines are `[first, last]` in the
/// source text, null without one, and `marker` is the document's mark before the item.
fn part_json(ctx: &Ctx, part: Part) -> serde_json::Value {
    let data = ctx.data;
    let lines = |q| ctx.source.and_then(|src| src.lines(q));
    let mark = |q| ctx.source.and_then(|src| marker(src, q));
    let si = part.section(data);
    let sec = si.and_then(|i| data.national.get(i));
    let kind = match part {
        Part::Section(_) => "section",
        Part::Group(..) => "group",
        Part::WithoutProfile => "without_profile",
    };
    let mut v = serde_json::json!({
        "part": part.id(data),
        "kind": kind,
        "section": sec.map(|x| x.id.as_str()),
        "heading": sec.map(|x| x.heading.as_str()),
        "heading_lines": si.and_then(|i| lines(Quote::Heading(i))),
    });
    let items: Vec<serde_json::Value> = match (part, si, sec) {
        (Part::WithoutProfile, _, _) => {
            let areas = &data.without_profile;
            (0..areas.len())
                .filter(|&a| !areas[..a].iter().any(|b| b.text == areas[a].text))
                .map(|a| {
                    serde_json::json!({
                        "kind": null, "heading": null, "heading_lines": null,
                        "marker": null, "text": areas[a].text,
                        "lines": lines(Quote::AreaText(a)),
                    })
                })
                .collect()
        }
        (_, Some(s), Some(sec)) => part
            .items(data)
            .into_iter()
            .map(|i| {
                let item = &sec.items[i];
                let heading = item.heading.as_ref().map(|_| Quote::ItemHeading(s, i));
                serde_json::json!({
                    "kind": item_kind(item.kind),
                    "heading": item.heading,
                    "heading_lines": heading.and_then(lines),
                    "marker": heading.and_then(mark).or_else(|| mark(Quote::Item(s, i))),
                    "text": item.text,
                    "lines": lines(Quote::Item(s, i)),
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    v["items"] = items.into();
    if part == Part::WithoutProfile {
        let areas: Vec<_> = data
            .without_profile
            .iter()
            .enumerate()
            .map(|(a, area)| serde_json::json!({"name": area.name, "lines": lines(Quote::AreaName(a))}))
            .collect();
        v["areas"] = areas.into();
    }
    v
}

/// The id of an item's kind, as in the data files.
fn item_kind(kind: SectionItemKind) -> &'static str {
    match kind {
        SectionItemKind::Paragraph => "paragraph",
        SectionItemKind::AttentionPoint => "attention_point",
        SectionItemKind::ProgrammeTheme => "programme_theme",
        SectionItemKind::Question => "question",
    }
}
