//! What is on screen as a Markdown document, for `e` (save) and `y` (copy): the selected
//! profile, the comparison, the matrix as filtered and sorted, the selected section, or in
//! the Bron view the cited quotes (else the lines shown) with their lines.

use super::app::App;
use super::bron::sheet;
use super::view::View;
use crate::export::{
    at, comparison_md, header, matrix_md, profile_md, section_md, without_profile_md,
};
use crate::source::range_text;
use crate::text::fold;

/// A Markdown document and the file name it is saved under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// A file name that says what is in it, e.g. `regioprofiel-twente.md`.
    pub file_name: String,
    /// The content: Markdown, or SVG for the map.
    pub markdown: String,
}

/// The document of the current view, or why there is none (a message for the status bar).
pub fn on_screen(app: &App) -> Result<Document, &'static str> {
    let w = app.tt().work;
    let t = app.texts();
    let data = app.data();
    let src = app.source();
    match app.view() {
        View::Profiles => {
            let r = app.selected_region().ok_or(w.nothing_out)?;
            let region = &data.regions[r];
            Ok(Document {
                file_name: format!("regioprofiel-{}.md", slug(&region.id)),
                markdown: format!(
                    "{}{}",
                    header(data, src, t),
                    profile_md(data, app.partners(), src, r, t)
                ),
            })
        }
        View::Compare => {
            let c = app.comparison();
            if c.regions.len() < 2 {
                return Err(w.compare_needs_two);
            }
            let ids: Vec<String> = c
                .regions
                .iter()
                .map(|&r| slug(&data.regions[r].id))
                .collect();
            Ok(Document {
                file_name: format!("vergelijking-{}.md", ids.join("-")),
                markdown: comparison_md(data, app.partners(), src, &c, t),
            })
        }
        View::Matrix => {
            let rows = app.matrix_rows();
            if rows.is_empty() {
                return Err(w.nothing_out);
            }
            let mut md = format!("# {} ({})\n\n", t.themes, t.themes_are_interpretation);
            md.push_str(&header(data, src, t));
            // A filtered matrix says so, or the file would pass for the whole picture.
            if let Some(account) = app.shown_account(false) {
                md.push_str(&format!("{account}\n\n"));
            }
            md.push_str(&matrix_md(data, src, app.matrix(), &rows, t));
            Ok(Document {
                file_name: "matrix.md".into(),
                markdown: md,
            })
        }
        View::Context => {
            let i = app.section();
            let (heading, markdown) = match data.national.get(i) {
                Some(sec) => (sec.heading.as_str(), section_md(data, src, i, t)),
                None if !data.without_profile.is_empty() => {
                    (t.without_profile, without_profile_md(data, src, t))
                }
                None => return Err(w.nothing_out),
            };
            Ok(Document {
                file_name: format!("context-{}.md", slug(heading)),
                markdown: format!("{}{markdown}", header(data, src, t)),
            })
        }
        View::Source => {
            let src = src.ok_or(w.nothing_out)?;
            let bron = app.bron();
            let mut md = header(data, Some(src), t);
            let lines = match (&bron.mark, bron.find.is_active()) {
                (Some(m), false) => {
                    for &q in &m.quotes {
                        let text = q.text(data).unwrap_or_default();
                        let label = sheet::label(q, data, t, app.tt());
                        md.push_str(&format!("- **{label}**: “{text}”{}\n", at(Some(src), t, q)));
                    }
                    m.lines
                }
                _ => {
                    let shown = match bron.find.hit() {
                        Some(h) => h.lines[0] as usize - 1..h.lines[1] as usize,
                        None => app.bron_shown(),
                    };
                    if shown.is_empty() {
                        return Err(w.nothing_out);
                    }
                    for l in shown.clone() {
                        md.push_str(format!("> {}", src.line(l).trim_end()).trim_end());
                        md.push('\n');
                    }
                    let lines = [shown.start as u32 + 1, shown.end as u32];
                    md.push_str(&format!("\n({})\n", t.cite.range(lines)));
                    lines
                }
            };
            Ok(Document {
                file_name: format!("bron-{}.md", slug(&range_text(lines))),
                markdown: md,
            })
        }
        View::Map => {
            let atlas = app.map_state().atlas.as_ref().ok_or(w.nothing_out)?;
            let highlight = app.map_highlight();
            let name = if app.map_state().group {
                "route-oost".to_string()
            } else {
                highlight
                    .first()
                    .map_or("nederland".into(), |&r| slug(&data.regions[r].id))
            };
            Ok(Document {
                file_name: format!("kaart-{name}.svg"),
                markdown: crate::export::svg::map_svg(data, atlas, &highlight, t),
            })
        }
    }
}

/// A file-name-safe form of a name: folded to plain lower case, words joined by hyphens
/// ("Blik op de toekomst" gives "blik-op-de-toekomst"); never empty.
pub fn slug(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    // Long headings make unwieldy file names: keep the first 40 characters, at a hyphen.
    let out = if out.len() > 40 {
        let cut = out[..40].rfind('-').unwrap_or(40);
        &out[..cut]
    } else {
        out
    };
    if out.is_empty() {
        "tekst".into()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_plain_and_short() {
        assert_eq!(slug("Blik op de toekomst"), "blik-op-de-toekomst");
        assert_eq!(slug("’s-Hertogenbosch & Één"), "s-hertogenbosch-een");
        assert_eq!(slug("!!!"), "tekst");
        assert!(slug(&"woord ".repeat(30)).len() <= 40);
    }
}
