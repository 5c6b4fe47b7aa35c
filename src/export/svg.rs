//! The map as SVG, for a slide: the outline and water, one circle per municipality in its
//! region's colour with the region's letter in it (a municipality in two regions ringed in the
//! second one's colour), the areas without a profile as approximate labels, a legend of every
//! region with its colour and letter and ROUTE OOST marked, and the attribution the geodata
//! require. The looks are the explorer's (see [`super::looks`]); the letters are white, which
//! every region colour carries at 3:1 or more. Written with `quick-xml`, which escapes every
//! text and attribute.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::looks::{region_hex, region_letter};
use crate::geo::{Atlas, Fit, Ring};
use crate::i18n::Texts;
use crate::model::Dataset;

const WIDTH: f64 = 940.0;
const HEIGHT: f64 = 720.0;
/// The map's box: left part of the picture.
const MAP: (f64, f64, f64, f64) = (20.0, 60.0, 560.0, 620.0);
const LEGEND_X: f64 = 600.0;
const FONT: &str = "Helvetica, Arial, sans-serif";

type W = Writer<Vec<u8>>;

/// A municipality's circle: its radius, and that of one in two regions (ringed).
const DOT_R: &str = "6";
const DOT_R_TWO: &str = "6.5";

/// The SVG document of the map. `highlight` regions are drawn full and the others faded
/// (none: all full).
pub fn map_svg(data: &Dataset, atlas: &Atlas, highlight: &[usize], t: &Texts) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into a Vec cannot fail.
    let _ = document(&mut w, data, atlas, highlight, t);
    let mut s = String::from_utf8_lossy(&w.into_inner()).into_owned();
    s.push('\n');
    s
}

fn document(
    w: &mut W,
    data: &Dataset,
    atlas: &Atlas,
    highlight: &[usize],
    t: &Texts,
) -> io::Result<()> {
    let m = t.map;
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (width, height) = (num(WIDTH), num(HEIGHT));
    let view_box = format!("0 0 {width} {height}");
    w.create_element("svg")
        .with_attributes([
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", width.as_str()),
            ("height", height.as_str()),
            ("viewBox", view_box.as_str()),
            ("font-family", FONT),
        ])
        .write_inner_content(|w| {
            w.create_element("title")
                .write_text_content(BytesText::new(m.svg_title))?;
            w.create_element("desc")
                .write_text_content(BytesText::new(m.attribution))?;
            w.create_element("rect")
                .with_attributes([("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
                .write_empty()?;
            text(
                w,
                20.0,
                36.0,
                m.svg_title,
                &[("font-size", "22"), ("font-weight", "bold")],
            )?;
            let (x0, y0, x1, y1) = MAP;
            let fit = Fit::new(atlas.bounds(), x1 - x0, y1 - y0);
            let at = |lon: f64, lat: f64| {
                let (x, y) = fit.point(lon, lat);
                (x + x0, y + y0)
            };
            let path = |rings: &[Ring]| {
                let mut d = String::new();
                for ring in rings {
                    for (i, &(lon, lat)) in ring.iter().enumerate() {
                        let (x, y) = at(lon, lat);
                        d.push_str(&format!(
                            "{}{} {} ",
                            if i == 0 { "M" } else { "L" },
                            num(x),
                            num(y)
                        ));
                    }
                    d.push_str("Z ");
                }
                d.trim_end().to_string()
            };
            let land = path(&atlas.outline);
            w.create_element("path")
                .with_attributes([
                    ("id", "land"),
                    ("d", land.as_str()),
                    ("fill", "#f1efe8"),
                    ("stroke", "#8a8a8a"),
                    ("stroke-width", "0.8"),
                ])
                .write_empty()?;
            let water = path(&atlas.water);
            w.create_element("path")
                .with_attributes([
                    ("id", "water"),
                    ("d", water.as_str()),
                    ("fill", "#cfe2f3"),
                    ("fill-rule", "evenodd"),
                    ("stroke", "#8fb3d9"),
                    ("stroke-width", "0.6"),
                ])
                .write_empty()?;
            for a in &atlas.areas {
                let (x, y) = at(a.lon, a.lat);
                // Ending just left of the place, so it covers none of the circles beside it.
                let label = format!("{} ≈", a.name);
                text(
                    w,
                    x - 8.0,
                    y + 4.0,
                    &label,
                    &[
                        ("font-size", "12"),
                        ("font-style", "italic"),
                        ("fill", "#666666"),
                        ("text-anchor", "end"),
                    ],
                )?;
            }
            w.create_element("g")
                .with_attribute(("id", "municipalities"))
                .write_inner_content(|w| {
                    for mu in &atlas.municipalities {
                        let (x, y) = at(mu.lon, mu.lat);
                        let faded = !highlight.is_empty()
                            && !mu.regions.iter().any(|r| highlight.contains(r));
                        // The highlighted region leads where a municipality is in two, as
                        // in the explorer; the other one rings it.
                        let lit = mu.regions.iter().find(|r| highlight.contains(r));
                        let Some(&lead) = lit.or(mu.regions.first()) else {
                            continue;
                        };
                        let two = mu.regions.len() > 1;
                        let fill = region_hex(lead);
                        let stroke = mu
                            .regions
                            .iter()
                            .find(|&&r| r != lead)
                            .map_or_else(|| "#ffffff".to_string(), |&r| region_hex(r));
                        let (cx, cy) = (num(x), num(y));
                        let names: Vec<&str> = mu
                            .regions
                            .iter()
                            .map(|&r| data.regions[r].name.as_str())
                            .collect();
                        let tip = format!("{}: {}", mu.name, names.join(", "));
                        let opacity = if faded { "0.3" } else { "1" };
                        w.create_element("circle")
                            .with_attributes([
                                ("class", "municipality"),
                                ("data-name", mu.name.as_str()),
                                ("data-region", data.regions[lead].id.as_str()),
                                ("cx", cx.as_str()),
                                ("cy", cy.as_str()),
                                ("r", if two { DOT_R_TWO } else { DOT_R }),
                                ("fill", fill.as_str()),
                                ("stroke", stroke.as_str()),
                                ("stroke-width", if two { "2.5" } else { "1" }),
                                ("opacity", opacity),
                            ])
                            .write_inner_content(|w| {
                                w.create_element("title")
                                    .write_text_content(BytesText::new(&tip))?;
                                Ok::<(), io::Error>(())
                            })?;
                        letter(w, x, y, lead, 8.0, opacity)?;
                    }
                    Ok::<(), io::Error>(())
                })?;
            let oost: Vec<usize> = (0..data.regions.len())
                .filter(|&r| data.regions[r].route_oost)
                .collect();
            if let Some((lon, lat)) = atlas.middle(&oost) {
                let (x, y) = at(lon, lat);
                text(
                    w,
                    x,
                    y - 28.0,
                    "ROUTE OOST",
                    &[
                        ("font-size", "13"),
                        ("font-weight", "bold"),
                        ("fill", "#444444"),
                        ("text-anchor", "middle"),
                        ("letter-spacing", "1"),
                    ],
                )?;
            }
            legend(w, data, highlight, t)?;
            text(
                w,
                20.0,
                HEIGHT - 16.0,
                m.attribution,
                &[
                    ("id", "attribution"),
                    ("font-size", "11"),
                    ("fill", "#555555"),
                ],
            )?;
            Ok::<(), io::Error>(())
        })?;
    Ok(())
}

/// The legend: every region with its colour (ROUTE OOST ones marked), then the symbols.
fn legend(w: &mut W, data: &Dataset, highlight: &[usize], t: &Texts) -> io::Result<()> {
    let m = t.map;
    w.create_element("g")
        .with_attribute(("id", "legend"))
        .write_inner_content(|w| {
            text(
                w,
                LEGEND_X,
                80.0,
                m.legend_regions,
                &[("font-size", "15"), ("font-weight", "bold")],
            )?;
            let mut y = 104.0;
            for (r, region) in data.regions.iter().enumerate() {
                let mark = if region.route_oost { " ◆" } else { "" };
                let lit = if highlight.contains(&r) {
                    format!(" ({})", m.highlighted)
                } else {
                    String::new()
                };
                let label = format!("{}{mark}{lit}", region.name);
                w.create_element("g")
                    .with_attributes([
                        ("class", "legend-region"),
                        ("data-region", region.id.as_str()),
                    ])
                    .write_inner_content(|w| {
                        let (x, ry) = (num(LEGEND_X), num(y - 10.0));
                        let fill = region_hex(r);
                        w.create_element("rect")
                            .with_attributes([
                                ("x", x.as_str()),
                                ("y", ry.as_str()),
                                ("width", "14"),
                                ("height", "14"),
                                ("rx", "3"),
                                ("fill", fill.as_str()),
                            ])
                            .write_empty()?;
                        letter(w, LEGEND_X + 7.0, y - 3.0, r, 10.0, "1")?;
                        text(w, LEGEND_X + 20.0, y, &label, &[("font-size", "13")])
                    })?;
                y += 22.0;
            }
            y += 8.0;
            let oost = format!("◆ {}", t.route_oost);
            text(w, LEGEND_X, y, &oost, &[("font-size", "12")])?;
            y += 20.0;
            w.create_element("rect")
                .with_attributes([
                    ("x", num(LEGEND_X).as_str()),
                    ("y", num(y - 10.0).as_str()),
                    ("width", "12"),
                    ("height", "12"),
                    ("rx", "6"),
                    ("fill", "#cccccc"),
                    ("stroke", "#555555"),
                    ("stroke-width", "2.5"),
                ])
                .write_empty()?;
            text(w, LEGEND_X + 20.0, y, m.two_regions, &[("font-size", "12")])?;
            y += 16.0;
            let how = format!("({})", m.two_regions_svg);
            let grey = [("font-size", "11"), ("fill", "#666666")];
            text(w, LEGEND_X + 20.0, y, &how, &grey)?;
            y += 20.0;
            text(
                w,
                LEGEND_X,
                y,
                &format!("≈ {}", m.no_profile),
                &[("font-size", "12"), ("font-style", "italic")],
            )?;
            y += 16.0;
            text(
                w,
                LEGEND_X + 14.0,
                y,
                &format!("({})", m.not_drawn),
                &[
                    ("font-size", "11"),
                    ("font-style", "italic"),
                    ("fill", "#666666"),
                ],
            )?;
            Ok::<(), io::Error>(())
        })?;
    Ok(())
}

/// A region's letter in white, centred on (`x`, `y`).
fn letter(w: &mut W, x: f64, y: f64, region: usize, size: f64, opacity: &str) -> io::Result<()> {
    let sign = region_letter(region).to_string();
    let size_attr = num(size);
    // The baseline about a third of the size under the middle centres a capital, in
    // renderers without `dominant-baseline` too.
    text(
        w,
        x,
        y + size * 0.35,
        &sign,
        &[
            ("class", "region-letter"),
            ("font-size", size_attr.as_str()),
            ("font-weight", "bold"),
            ("fill", "#ffffff"),
            ("text-anchor", "middle"),
            ("opacity", opacity),
            ("pointer-events", "none"),
        ],
    )
}

fn text(w: &mut W, x: f64, y: f64, content: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    let (x, y) = (num(x), num(y));
    w.create_element("text")
        .with_attributes([("x", x.as_str()), ("y", y.as_str())])
        .with_attributes(attrs.iter().copied())
        .write_text_content(BytesText::new(content))?;
    Ok(())
}

/// A coordinate with at most one decimal, without a trailing ".0".
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}
