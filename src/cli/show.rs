//! `show NAME` (a region, or a part of the cover text) and `compare A B [C D]`.

use std::io::Write;

use super::{CliError, Ctx, Outcome, resolve_or_report};
use crate::i18n::THEME_SEPARATOR;
use crate::matrix::{Cell, GENERAL, Matrix, NEITHER, OWN};
use crate::model::{KeyPointKind, PartnerKind, Region};
use crate::partners::SharedPartners;
use crate::parts::Target;
use crate::source::Quote;

/// `show NAME`: one region's whole profile, or a part of the cover text whole (see
/// [`super::part`]); a name that fits nothing or several is [`Outcome::Unresolved`].
pub fn show(ctx: &Ctx, query: &str, out: &mut impl Write) -> Result<Outcome, CliError> {
    let i = match super::part::resolve_or_report(ctx, query, out)? {
        None => return Ok(Outcome::Unresolved),
        Some(Target::Part(part)) => {
            super::part::write_part(ctx, part, out)?;
            return Ok(Outcome::Done);
        }
        Some(Target::Region(i)) => i,
    };
    if ctx.json {
        let v = region_json(ctx, i)?;
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        write_profile(ctx, &SharedPartners::build(ctx.data), i, out)?;
    }
    Ok(Outcome::Done)
}

/// The quote of item `i` of a region's list (region, item).
type QuoteOf = fn(usize, usize) -> Quote;

/// A region as the JSON of `show`: its fields as in the data file, and with a source text
/// the lines `[first, last]` of every quote: `lines` on each partner, key point, note and
/// theme tag (its evidence), and `name_lines`, `profile_title_lines`, `route_oost_lines`
/// and `partner_notes_lines` (one per note) beside the plain texts.
pub fn region_json(ctx: &Ctx, r: usize) -> Result<serde_json::Value, CliError> {
    let region = &ctx.data.regions[r];
    let mut v = serde_json::to_value(region)?;
    let Some(src) = ctx.source else {
        return Ok(v);
    };
    let lines = |q| serde_json::json!(src.lines(q));
    if let Some(obj) = v.as_object_mut() {
        obj.insert("name_lines".into(), lines(Quote::Name(r)));
        obj.insert("profile_title_lines".into(), lines(Quote::ProfileTitle(r)));
        if region.route_oost {
            obj.insert("route_oost_lines".into(), lines(Quote::RouteOost(r)));
        }
        let notes: Vec<_> = (0..region.partner_notes.len())
            .map(|i| lines(Quote::PartnerNote(r, i)))
            .collect();
        obj.insert("partner_notes_lines".into(), notes.into());
    }
    let lists: [(&str, QuoteOf); 4] = [
        ("partners", Quote::Partner),
        ("key_points", Quote::KeyPoint),
        ("notes", Quote::Note),
        ("themes", Quote::Evidence),
    ];
    for (key, quote) in lists {
        if let Some(items) = v.get_mut(key).and_then(|x| x.as_array_mut()) {
            for (i, item) in items.iter_mut().enumerate() {
                if let Some(o) = item.as_object_mut() {
                    o.insert("lines".into(), lines(quote(r, i)));
                }
            }
        }
    }
    Ok(v)
}

/// A profile as terminal text, each quote followed by its lines in the source text (dim)
/// when there is one.
pub fn write_profile(
    ctx: &Ctx,
    shared: &SharedPartners,
    ri: usize,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (t, s, data) = (ctx.t, ctx.style, ctx.data);
    let r = &data.regions[ri];
    let at = |q| s.dim(&crate::export::at(ctx.source, t, q));
    writeln!(
        out,
        "{}  {}{}",
        s.bold(&r.name),
        s.dim(&format!("[{}]", r.id)),
        at(Quote::Name(ri))
    )?;
    writeln!(out, "{}{}", r.profile_title, at(Quote::ProfileTitle(ri)))?;
    if r.route_oost {
        writeln!(out, "{}{}", t.route_oost, at(Quote::RouteOost(ri)))?;
    }
    writeln!(out)?;
    writeln!(out, "{} ({})", s.bold(t.partners), r.partners.len())?;
    for kind in PartnerKind::ALL {
        let names = crate::export::partner_names(data, shared, ri, kind, t);
        if !names.is_empty() {
            let lines: Vec<[u32; 2]> = (0..r.partners.len())
                .filter(|&i| r.partners[i].kind == kind)
                .filter_map(|i| ctx.source.and_then(|src| src.lines(Quote::Partner(ri, i))))
                .collect();
            let first = lines.iter().map(|l| l[0]).min();
            let last = lines.iter().map(|l| l[1]).max();
            let span = t.cite.at(first.zip(last).map(|(a, b)| [a, b]));
            let span = s.dim(&span);
            writeln!(
                out,
                "  {}: {}{span}",
                t.kind_heading_for(kind, names.len()),
                names.join(", ")
            )?;
        }
    }
    for (i, n) in r.partner_notes.iter().enumerate() {
        writeln!(out, "  {n}{}", at(Quote::PartnerNote(ri, i)))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", s.bold(t.key_points))?;
    for (i, k) in r.key_points.iter().enumerate() {
        let lines = at(Quote::KeyPoint(ri, i));
        match k.kind {
            KeyPointKind::Heading => writeln!(out, "  {}{lines}", s.bold(&k.text))?,
            kind => writeln!(out, "  {}{}{lines}", t.key_point_prefix(kind), k.text)?,
        }
    }
    write_themes(ctx, r, out)?;
    if !r.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", s.bold(t.notes))?;
        for (i, n) in r.notes.iter().enumerate() {
            let section = s.dim(&format!("[{}]", n.section));
            writeln!(out, "  {section} {}{}", n.text, at(Quote::Note(ri, i)))?;
        }
    }
    if !r.aliases.is_empty() {
        writeln!(out)?;
        let list: Vec<String> = r
            .aliases
            .iter()
            .map(|a| format!("{} → {}", a.name, a.refers_to))
            .collect();
        writeln!(
            out,
            "{}",
            s.dim(&format!("{}: {}", t.alias, list.join(", ")))
        )?;
    }
    Ok(())
}

/// A profile's themes: own tags (●) with their quotes, then the ○ themes with the cover text's
/// quote, the themes neither names (·), and what the signs mean.
fn write_themes(ctx: &Ctx, r: &Region, out: &mut impl Write) -> Result<(), CliError> {
    let (t, s, data) = (ctx.t, ctx.style, ctx.data);
    let m = Matrix::build(data);
    let Some(ri) = data.region_index(&r.id) else {
        return Ok(());
    };
    writeln!(out)?;
    writeln!(
        out,
        "{} {}",
        s.bold(t.themes),
        s.dim(&format!("({})", t.themes_are_interpretation))
    )?;
    let mut neither = Vec::new();
    for (ti, theme) in data.themes.iter().enumerate() {
        let label = t.theme_label(theme);
        let after = |q| t.cite.after(ctx.source.and_then(|src| src.lines(q)));
        match m.cell(ri, ti) {
            Cell::Own(i) => {
                let tag = &r.themes[i];
                let source = t.source_name(tag.source);
                let lines = after(Quote::Evidence(ri, i));
                writeln!(
                    out,
                    "  {OWN} {label}: “{}” {}",
                    tag.evidence,
                    s.dim(&format!("({source}{lines})"))
                )?;
            }
            Cell::General(gi) => {
                let g = &data.general_statements[gi];
                let source = format!("{}; {}", t.marks.general_source, g.section);
                let lines = after(Quote::General(gi));
                writeln!(
                    out,
                    "  {GENERAL} {label}: “{}” {}",
                    g.quote,
                    s.dim(&format!("({source}{lines})"))
                )?;
            }
            Cell::Neither => neither.push(label),
        }
    }
    if !neither.is_empty() {
        writeln!(
            out,
            "  {NEITHER} {}: {}",
            t.marks.neither_heading,
            // Not "·": that is the sign of this kind of cell (as in the explorer).
            neither.join("; ")
        )?;
    }
    for (sign, text) in t.marks.caption(true) {
        writeln!(out, "  {}", s.dim(&format!("{sign} {text}")))?;
    }
    Ok(())
}

/// `compare A B [C D]`: shared themes and the themes only one region has (own tags), and
/// apart from them each region's ○ themes.
pub fn compare(ctx: &Ctx, queries: &[String], out: &mut impl Write) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let mut picked = Vec::new();
    for q in queries {
        let Some(i) = resolve_or_report(ctx, q, out)? else {
            return Ok(Outcome::NotFound);
        };
        if picked.contains(&i) {
            return Err(CliError::Usage(format!(
                "{} {}",
                ctx.t.cli.compare_twice, data.regions[i].id
            )));
        }
        picked.push(i);
    }
    let c = Matrix::build(data).compare(&picked);
    let id = |t: usize| data.themes[t].id.as_str();
    if ctx.json {
        let only: serde_json::Map<String, serde_json::Value> = c
            .regions
            .iter()
            .zip(&c.only)
            .map(|(&r, ts)| {
                (
                    data.regions[r].id.clone(),
                    serde_json::json!(ts.iter().map(|&t| id(t)).collect::<Vec<_>>()),
                )
            })
            .collect();
        let general: serde_json::Map<String, serde_json::Value> = c
            .regions
            .iter()
            .zip(&c.general)
            .map(|(&r, ts)| {
                (
                    data.regions[r].id.clone(),
                    serde_json::json!(ts.iter().map(|&t| id(t)).collect::<Vec<_>>()),
                )
            })
            .collect();
        let v = serde_json::json!({
            "regions": c.regions.iter().map(|&r| data.regions[r].id.as_str()).collect::<Vec<_>>(),
            "shared": c.shared.iter().map(|&t| id(t)).collect::<Vec<_>>(),
            "only": only,
            "general": general,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(Outcome::Done);
    }
    let (t, s) = (ctx.t, ctx.style);
    let labels = |ts: &[usize]| -> String {
        if ts.is_empty() {
            "—".into()
        } else {
            ts.iter()
                .map(|&i| t.theme_label(&data.themes[i]))
                .collect::<Vec<_>>()
                .join(THEME_SEPARATOR)
        }
    };
    writeln!(out, "{}: {}", s.bold(t.shared_themes), labels(&c.shared))?;
    for (k, &r) in c.regions.iter().enumerate() {
        writeln!(
            out,
            "{} {}: {}",
            s.bold(t.only_in),
            data.regions[r].name,
            labels(&c.only[k])
        )?;
    }
    for (k, &r) in c.regions.iter().enumerate() {
        if !c.general[k].is_empty() {
            writeln!(
                out,
                "{GENERAL} {} ({}): {}",
                s.bold(t.marks.general_heading),
                data.regions[r].name,
                labels(&c.general[k])
            )?;
        }
    }
    for &r in &c.regions {
        let reg = &data.regions[r];
        writeln!(out)?;
        writeln!(
            out,
            "{}  {}",
            s.bold(&reg.name),
            s.dim(&format!("[{}]", reg.id))
        )?;
        writeln!(out, "  {}", reg.profile_title)?;
        let mut facts = vec![t.cli.partners.of(reg.partners.len())];
        if reg.route_oost {
            facts.push("ROUTE OOST".into());
        }
        writeln!(out, "  {}", facts.join(" · "))?;
        let m = Matrix::build(data);
        let own: Vec<usize> = m.row(r).collect();
        let general: Vec<usize> = m.row_general(r).collect();
        writeln!(out, "  {}: {OWN} {}", t.themes, labels(&own))?;
        if !general.is_empty() {
            writeln!(
                out,
                "  {:w$}  {GENERAL} {}",
                "",
                labels(&general),
                w = t.themes.chars().count()
            )?;
        }
    }
    Ok(Outcome::Done)
}
