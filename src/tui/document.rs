//! What is on screen as a Markdown document, for `e` (save) and `y` (copy): the selected
//! profile, the comparison, the matrix as filtered and sorted, or the selected section.

use super::app::App;
use super::view::View;
use crate::export::{comparison_md, header, matrix_md, profile_md, section_md, without_profile_md};
use crate::text::fold;

/// A Markdown document and the file name it is saved under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// A file name that says what is in it, e.g. `regioprofiel-twente.md`.
    pub file_name: String,
    /// The content.
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
                    profile_md(data, src, region, t)
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
                markdown: comparison_md(data, src, &c, t),
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
