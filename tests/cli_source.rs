//! The source text on the command line: line ranges in `show`, `search --json` and the
//! Markdown exports, `cite` for every region and theme, `--source` and `validate --source`.

mod cli_support;

use std::process::Command;

use cli_support::{run, stderr, stdout};
use regioprofielen::cli::{self, Ctx, Outcome, Style};
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::matrix::{Cell, Matrix};
use regioprofielen::source::{Quote, range_text};

fn json(args: &[&str]) -> serde_json::Value {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

fn lines(v: &serde_json::Value) -> [u32; 2] {
    let a = v.as_array().unwrap_or_else(|| panic!("lines: {v}"));
    assert_eq!(a.len(), 2, "{v}");
    let n = |x: &serde_json::Value| u32::try_from(x.as_u64().expect("a number")).expect("small");
    [n(&a[0]), n(&a[1])]
}

#[test]
fn show_json_has_the_lines_of_every_quote() {
    let d = load::embedded().expect("embedded data");
    let src = load::embedded_source();
    for (r, region) in d.regions.iter().enumerate() {
        let v = json(&["show", &region.id, "--json"]);
        assert_eq!(
            lines(&v["name_lines"]),
            src.lines(Quote::Name(r)).expect("name")
        );
        assert_eq!(
            lines(&v["profile_title_lines"]),
            src.lines(Quote::ProfileTitle(r)).expect("title")
        );
        assert_eq!(v["route_oost_lines"].is_array(), region.route_oost);
        type QuoteOf = fn(usize, usize) -> Quote;
        let lists: [(&str, QuoteOf, usize); 4] = [
            ("partners", Quote::Partner, region.partners.len()),
            ("key_points", Quote::KeyPoint, region.key_points.len()),
            ("notes", Quote::Note, region.notes.len()),
            ("themes", Quote::Evidence, region.themes.len()),
        ];
        for (key, quote, n) in lists {
            for i in 0..n {
                let got = lines(&v[key][i]["lines"]);
                assert_eq!(
                    Some(got),
                    src.lines(quote(r, i)),
                    "{} {key}[{i}]",
                    region.id
                );
                assert!(got[0] >= 1 && got[0] <= got[1]);
            }
        }
        for i in 0..region.partner_notes.len() {
            assert_eq!(
                Some(lines(&v["partner_notes_lines"][i])),
                src.lines(Quote::PartnerNote(r, i))
            );
        }
    }
}

#[test]
fn show_text_puts_the_lines_after_each_quote() {
    let o = run(&["show", "ede-wageningen"]);
    let text = stdout(&o);
    assert!(
        text.contains("De Proeftuin van Nederland (r. 562)"),
        "{text}"
    );
    assert!(
        text.contains("ruimte voor talentontwikkeling en creativiteit. (r. 580–584)"),
        "{text}"
    );
    assert!(
        text.contains("“Rust en ruimte bieden ruimte voor talentontwikkeling en creativiteit.” (kernpunten; r. 580–584)"),
        "{text}"
    );
    let o = run(&["--lang", "en", "show", "ede-wageningen"]);
    assert!(stdout(&o).contains("De Proeftuin van Nederland (l. 562)"));
}

#[test]
fn themes_cites_the_statements_about_all_profiles_by_line() {
    let o = run(&["themes"]);
    assert!(
        stdout(&o).contains("“Elk profiel is gebaseerd op onderzoek.” (Totstandkoming; r. 65)")
    );
    let v = json(&["themes", "--json"]);
    let kennis = v
        .as_array()
        .expect("themes")
        .iter()
        .find(|t| t["id"] == "kennis")
        .expect("kennis");
    let all = kennis["general"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|g| g["scope"] == "all")
        .expect("one about all profiles");
    assert_eq!(lines(&all["lines"]), [65, 65]);
}

#[test]
fn search_json_has_the_lines_of_the_hit() {
    let v = json(&["search", "hengelo", "--json"]);
    assert_eq!(v[0]["field"], "partner");
    assert_eq!(lines(&v[0]["lines"]), [374, 374]);
    // A theme label is interpretation: its lines are those of the tag's evidence.
    let v = json(&["search", "internationalisering", "--json", "--limit", "50"]);
    let rows = v.as_array().expect("rows");
    assert!(rows.iter().all(|r| r["lines"].is_array()), "{v:#}");
    let v = json(&["search", "schiedam", "--json"]);
    assert_eq!(v[0]["area"], "Schiedam");
    assert_eq!(lines(&v[0]["lines"]), [30, 30]);
}

#[test]
fn markdown_exports_name_the_document_once_and_carry_the_lines_of_each_quote() {
    let md = stdout(&run(&["export", "--format", "md"]));
    let header = "Bron: *Aandachtspunten bij profielen van stedelijke regio’s*; regelnummers (r.) volgens de brontekst.";
    assert_eq!(md.matches(header).count(), 1, "{}", &md[..400]);
    assert!(md.contains("## Twente (r. 366)"));
    assert!(md.contains("- Dit doen we binnen de thema’s tijd en ruimte, traditie en innovatie en Grenzeloos Twente (r. 402–404)"));
    assert!(md.contains("“traditie en innovatie” (kernpunten; r. 402–404)"));
    assert!(md.contains("(een kop van dit programma, niet van het document)"));
    // One text of several areas stands once, after their names.
    assert_eq!(
        md.matches("Zij hebben nu nog geen profiel opgesteld. (r. 29–31)")
            .count(),
        1
    );
    assert!(md.contains("- **Schiedam**, **Noord-Holland Noord**, **Midden en Noord-Limburg**: Enkele gebieden hebben de minister van OCW laten weten samenwerking te onderzoeken. Het gaat om Schiedam, Noord-Holland Noord en Midden en Noord-Limburg. Zij hebben nu nog geen profiel opgesteld. (r. 29–31)"));
    let md = stdout(&run(&["matrix", "--format", "md"]));
    assert!(md.starts_with(header), "{}", &md[..200]);
    assert!(md.contains("“Elk profiel is gebaseerd op onderzoek.” (Totstandkoming; r. 65)"));
    let md = stdout(&run(&["--lang", "en", "export", "--format", "md"]));
    assert!(md.contains("Source: *Aandachtspunten bij profielen van stedelijke regio’s*; line numbers (l.) as in the source text."));
    assert!(md.contains("## Twente (l. 366)"));
}

#[test]
fn cite_works_for_every_region_and_theme() {
    let d = load::embedded().expect("embedded data");
    let src = load::embedded_source();
    let m = Matrix::build(&d);
    for lang in [Lang::Nl, Lang::En] {
        for json in [false, true] {
            let ctx = Ctx {
                data: &d,
                source: Some(&src),
                t: lang.texts(),
                style: Style::plain(),
                json,
            };
            for (r, region) in d.regions.iter().enumerate() {
                for (ti, theme) in d.themes.iter().enumerate() {
                    let cmd = cli::Command::Cite {
                        region: region.id.clone(),
                        theme: Some(theme.id.clone()),
                    };
                    let mut out = Vec::new();
                    let outcome = cli::run(&ctx, &cmd, &mut out).expect("cite runs");
                    let out = String::from_utf8(out).expect("utf-8");
                    let quote = match m.cell(r, ti) {
                        Cell::Own(i) => Some(Quote::Evidence(r, i)),
                        Cell::General(g) => Some(Quote::General(g)),
                        Cell::Neither => None,
                    };
                    let who = format!("{} × {}", region.id, theme.id);
                    match quote {
                        Some(q) => {
                            assert_eq!(outcome, Outcome::Done, "{who}");
                            let l = src.lines(q).expect("located");
                            let text = q.text(&d).expect("a quote");
                            if json {
                                let v: serde_json::Value =
                                    serde_json::from_str(&out).expect("JSON");
                                assert_eq!(v["quotes"][0]["text"], text, "{who}");
                                assert_eq!(lines(&v["quotes"][0]["lines"]), l, "{who}");
                            } else {
                                let line = format!(
                                    "“{text}” ({}, {} {})",
                                    d.title,
                                    lang.texts().cite.line,
                                    range_text(l)
                                );
                                assert!(out.contains(&line), "{who}: {out}");
                            }
                        }
                        None => {
                            assert_eq!(outcome, Outcome::NotFound, "{who}");
                            if !json {
                                assert!(out.contains(lang.texts().cite.not_named), "{who}: {out}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn cite_through_the_binary() {
    let o = run(&["cite", "twente", "erfgoed"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "● Twente — Erfgoed, identiteit en verhalen: voor de regio genoemd, in de kernpunten\n  “het belang van het materiële en immateriële erfgoed” (Aandachtspunten bij profielen van stedelijke regio’s, r. 396–398)\n\nHet thema is interpretatie; het citaat staat letterlijk in het document.\n"
    );
    // A theme by the beginning of its label; every theme of a region without one.
    let o = run(&["cite", "Stedelijke Regio Utrecht", "Leefomg"]);
    assert!(stdout(&o).contains("naar een integrale gebiedsontwikkeling voor erfgoed en cultuur"));
    let o = run(&["cite", "leiden"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("· Niet genoemd voor deze regio: Ruimte voor makers"));
    assert_eq!(
        run(&["cite", "twente", "presentatie"]).status.code(),
        Some(1)
    );
    assert_eq!(run(&["cite", "nergens", "erfgoed"]).status.code(), Some(1));
    let o = run(&["cite", "twente", "sport"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("onbekend thema \"sport\" (onderwijs, talent"),
        "{}",
        stderr(&o)
    );
}

/// A directory with a copy of the embedded data and its source text; `edit` changes the data.
fn copy(edit: impl Fn(&str) -> String) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = dir.path().join("kopie.ron");
    let text = dir.path().join("bron.txt");
    std::fs::write(&data, edit(load::EMBEDDED_RON)).expect("write");
    std::fs::write(&text, load::EMBEDDED_SOURCE_TEXT).expect("write");
    let s = |p: std::path::PathBuf| p.to_str().expect("utf-8 path").to_string();
    (dir, s(data), s(text))
}

#[test]
fn validate_with_a_source_catches_a_changed_word() {
    let (_dir, data, text) = copy(|s| s.to_string());
    let o = run(&["validate", &data, "--source", &text]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let quotes = Quote::all(&load::embedded().expect("embedded data")).len();
    let said = format!("alle {quotes} citaten staan letterlijk in");
    assert!(stdout(&o).contains(&said), "{}", stdout(&o));

    let (_dir, data, text) = copy(|s| s.replacen("Grenzeloos Twente", "Grenzenloos Twente", 1));
    let o = run(&["validate", &data, "--source", &text]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("regio twente, key_points[2].text: staat niet letterlijk in")
            && err.contains("het dichtst erbij (r. 402–404, 14 van 15 woorden gelijk): “Dit doen we binnen de thema’s tijd en ruimte, traditie en innovatie en Grenzeloos Twente”"),
        "{err}"
    );
    // Without a source text the word is not checked.
    assert_eq!(run(&["validate", &data]).status.code(), Some(0));
}

#[test]
fn a_data_file_names_its_source_text_relative_to_itself() {
    let (dir, data, _) = copy(|s| {
        s.replacen(
            "    title: \"Aandachtspunten bij profielen van stedelijke regio’s\",",
            "    title: \"Aandachtspunten bij profielen van stedelijke regio’s\",\n    source: Some(\"bron.txt\"),",
            1,
        )
    });
    let v = json(&["--data", &data, "show", "twente", "--json"]);
    assert_eq!(lines(&v["key_points"][0]["lines"]), [388, 392]);
    assert_eq!(
        v["source"],
        serde_json::Value::Null,
        "a region has no source field"
    );
    // From another directory too.
    let o = Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .args(["validate", &data])
        .current_dir(std::env::temp_dir())
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::remove_file(dir.path().join("bron.txt")).expect("remove");
    let o = run(&["--data", &data, "show", "twente"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bron.txt: kan het bestand niet lezen"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn without_a_source_text_nothing_else_changes() {
    let (_dir, data, _) = copy(|s| s.to_string());
    let v = json(&["--data", &data, "show", "twente", "--json"]);
    assert!(v.get("name_lines").is_none() && v["key_points"][0].get("lines").is_none());
    let o = run(&["--data", &data, "show", "twente"]);
    assert!(!stdout(&o).contains("(r. "), "{}", stdout(&o));
    let md = stdout(&run(&["--data", &data, "export", "--format", "md"]));
    assert!(!md.contains("(r. ") && !md.contains("Bron: *"));
    let o = run(&["--data", &data, "cite", "twente", "erfgoed"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("“het belang van het materiële en immateriële erfgoed” (Aandachtspunten bij profielen van stedelijke regio’s)\n"));
    assert!(stdout(&o).contains("Zonder brontekst"));
}

#[test]
fn a_bad_source_text_is_a_clear_error() {
    let o = run(&["--source", "/nonexistent/bron.txt", "show", "twente"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/bron.txt: kan het bestand niet lezen"));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, b"abc\n\xff\xfe").expect("write");
    let o = run(&["--source", junk.to_str().expect("utf-8"), "show", "twente"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("junk.txt:2:1: geen geldige UTF-8"),
        "{}",
        stderr(&o)
    );
    // Another text: every quote of the built-in data is reported, and nothing panics.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "Een heel andere tekst.\n").expect("write");
    let o = run(&["--source", other.to_str().expect("utf-8"), "show", "twente"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("regio twente, name: staat niet letterlijk in"));
}

#[test]
fn the_closest_passage_of_a_text_cannot_send_escape_sequences() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let text = dir.path().join("bron.txt");
    let changed =
        load::EMBEDDED_SOURCE_TEXT.replace("Grenzeloos Twente", "Grenzeloos\x1b[31m Twente");
    std::fs::write(&text, changed).expect("write");
    let o = run(&["--source", text.to_str().expect("utf-8"), "show", "twente"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("key_points[2].text: staat niet letterlijk in"),
        "{err}"
    );
    assert!(!err.contains('\x1b'), "{err:?}");
}
