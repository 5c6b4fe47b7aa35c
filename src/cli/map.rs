//! `map`: the Braille map as text, the SVG for a slide, or every municipality's point as JSON.

use std::io::Write;
use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

use super::{CliError, Ctx, MapFormat, Outcome, resolve_or_report};
use crate::export::braille::{
    self, MapStyle, NO_PROFILE, Raster, Scene, TWO_REGIONS, region_letter,
};
use crate::export::{self, svg};
use crate::geo::{self, Atlas};

/// The arguments of `map`.
pub struct MapArgs<'a> {
    /// Text, SVG or JSON.
    pub format: MapFormat,
    /// Columns of the text map.
    pub width: u16,
    /// The region to highlight, as the user typed it.
    pub region: Option<&'a str>,
    /// Where to write instead of standard output.
    pub output: Option<&'a Path>,
}

/// `map [--format text|svg|json] [--width N] [--region ID] [-o FILE]`.
pub fn map(ctx: &Ctx, args: &MapArgs, out: &mut impl Write) -> Result<Outcome, CliError> {
    let m = ctx.t.map;
    let geo = geo::embedded()
        .map_err(|e| CliError::Usage(m.no_geodata.replace("{error}", &e.to_string())))?;
    let atlas = Atlas::build(ctx.data, geo);
    let highlight = match args.region {
        Some(q) => match resolve_or_report(ctx, q, out)? {
            Some(r) => vec![r],
            None => return Ok(Outcome::NotFound),
        },
        None => Vec::new(),
    };
    let format = if ctx.json {
        MapFormat::Json
    } else {
        args.format
    };
    let text = match format {
        MapFormat::Json => json(ctx, &atlas)?,
        MapFormat::Svg => svg::map_svg(ctx.data, &atlas, &highlight, ctx.t),
        MapFormat::Text => text(ctx, &atlas, &highlight, args.width, args.output.is_none()),
    };
    match args.output {
        Some(path) => {
            export::write_atomic(path, text.as_bytes())?;
            writeln!(out, "{} {}", ctx.t.cli.written_to, path.display())?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    if !atlas.unplaced.is_empty() {
        let names = atlas.unplaced.join(", ");
        eprintln!(
            "regioprofielen: {}",
            (m.unplaced)(atlas.unplaced.len(), &names)
        );
    }
    Ok(Outcome::Done)
}

/// One municipality of `map --json`, its fields in this order.
#[derive(serde::Serialize)]
struct Point<'a> {
    municipality: &'a str,
    region_ids: Vec<&'a str>,
    lat: f64,
    lon: f64,
}

/// `[{"municipality", "region_ids", "lat", "lon"}]`, in the order the data first names them.
fn json(ctx: &Ctx, atlas: &Atlas) -> Result<String, CliError> {
    let rows: Vec<Point> = atlas
        .municipalities
        .iter()
        .map(|m| Point {
            municipality: &m.name,
            region_ids: m
                .regions
                .iter()
                .map(|&r| ctx.data.regions[r].id.as_str())
                .collect(),
            lat: m.lat,
            lon: m.lon,
        })
        .collect();
    Ok(serde_json::to_string_pretty(&rows)? + "\n")
}

/// The map in Braille, `width` columns wide and as high as the country's shape needs, with
/// a legend under it. Each region's municipalities show its letter, in its colour only to a
/// terminal that takes colour.
fn text(ctx: &Ctx, atlas: &Atlas, highlight: &[usize], width: u16, to_stdout: bool) -> String {
    let m = ctx.t.map;
    let color = ctx.style.color && to_stdout;
    let style = if color {
        MapStyle::color()
    } else {
        MapStyle::plain()
    };
    let (w, s, e, n) = atlas.bounds();
    let rows = ((f64::from(width) * 2.0 * (n - s) / (e - w).max(1e-9)) / 4.0).ceil() as u16 + 1;
    let area = Rect::new(0, 0, width, rows.max(1));
    let mut buf = Buffer::empty(area);
    let raster = Raster::new(atlas, width, area.height);
    let label = highlight.first().and_then(|&r| {
        let region = &ctx.data.regions[r];
        atlas
            .middle(&[r])
            .map(|at| (region.short().to_string(), at))
    });
    let scene = Scene {
        highlight: highlight.to_vec(),
        label,
        matches: Vec::new(),
        area_prefix: braille::APPROX.to_string(),
    };
    braille::draw(atlas, &raster, &scene, &style, area, &mut buf);
    let mut lines = buffer_lines(&buf, color);
    lines.push(String::new());
    let entries: Vec<String> = ctx
        .data
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| {
            // The legend: each region's letter as its municipalities show on the map.
            let mark = paint(&region_letter(r).to_string(), style.sign_style(r), color);
            let oost = if region.route_oost { " ◆" } else { "" };
            let lit = if highlight.contains(&r) { " ‹" } else { "" };
            format!("{mark} {}{oost}{lit}", region.name)
        })
        .collect();
    let col_w = entries.iter().map(|e| visible_width(e)).max().unwrap_or(0) + 3;
    let per_line = (usize::from(width) / col_w.max(1)).max(1);
    for chunk in entries.chunks(per_line) {
        let mut line = String::new();
        for (i, e) in chunk.iter().enumerate() {
            line.push_str(e);
            if i + 1 < chunk.len() {
                line.push_str(&" ".repeat(col_w - visible_width(e)));
            }
        }
        lines.push(line);
    }
    lines.push(format!(
        "◆ {}   {TWO_REGIONS} {}",
        ctx.t.route_oost, m.two_regions
    ));
    lines.push(format!(
        "{NO_PROFILE}{} {} ({})",
        braille::APPROX,
        m.no_profile,
        m.not_drawn
    ));
    lines.push(m.attribution.to_string());
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// The width of text on screen, without its escape codes.
fn visible_width(s: &str) -> usize {
    let mut plain = String::new();
    let mut esc = false;
    for c in s.chars() {
        match (esc, c) {
            (false, '\x1b') => esc = true,
            (true, 'm') => esc = false,
            (true, _) => {}
            (false, c) => plain.push(c),
        }
    }
    plain.width()
}

/// `text` in `style` as ANSI escape codes, or as it is without colour.
fn paint(text: &str, style: Style, color: bool) -> String {
    let codes = sgr(style);
    if !color || codes.is_empty() {
        return text.to_string();
    }
    format!("\x1b[{codes}m{text}\x1b[0m")
}

/// The buffer's rows as text, trailing blanks cut, styled with escape codes when `color`.
fn buffer_lines(buf: &Buffer, color: bool) -> Vec<String> {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| {
            let mut line = String::new();
            let mut run = String::new();
            let mut run_style = Style::new();
            for x in a.left()..a.right() {
                let cell = &buf[(x, y)];
                let st = cell.style();
                if st != run_style && !run.is_empty() {
                    line.push_str(&paint(&run, run_style, color));
                    run.clear();
                }
                run_style = st;
                run.push_str(cell.symbol());
            }
            line.push_str(&paint(run.trim_end(), run_style, color));
            line.trim_end().to_string()
        })
        .collect()
}

/// The SGR parameters of a style: foreground colour and modifiers.
fn sgr(style: Style) -> String {
    let mut codes: Vec<&str> = Vec::new();
    let m = style.add_modifier;
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
    ] {
        if m.contains(flag) {
            codes.push(code);
        }
    }
    let indexed;
    let fg = match style.fg {
        Some(Color::Indexed(n)) => {
            indexed = format!("38;5;{n}");
            indexed.as_str()
        }
        Some(Color::Black) => "30",
        Some(Color::Red) => "31",
        Some(Color::Green) => "32",
        Some(Color::Yellow) => "33",
        Some(Color::Blue) => "34",
        Some(Color::Magenta) => "35",
        Some(Color::Cyan) => "36",
        Some(Color::Gray) => "37",
        Some(Color::DarkGray) => "90",
        Some(Color::LightRed) => "91",
        Some(Color::LightGreen) => "92",
        Some(Color::LightYellow) => "93",
        Some(Color::LightBlue) => "94",
        Some(Color::LightMagenta) => "95",
        Some(Color::LightCyan) => "96",
        Some(Color::White) => "97",
        _ => "",
    };
    if !fg.is_empty() {
        codes.push(fg);
    }
    codes.join(";")
}
