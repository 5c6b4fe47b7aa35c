//! The loader: every kind of bad file gets its own error with a position, never a panic.

use std::io::Write;

use proptest::prelude::*;
use regioprofielen::i18n::NodeKind;
use regioprofielen::load::{self, EMBEDDED_RON, LoadError, MAX_FILE_BYTES};
use regioprofielen::model::Dataset;

fn write_temp(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(bytes).expect("write");
    f
}

#[test]
fn embedded_data_loads_and_is_valid() {
    let d = load::embedded().expect("embedded data loads");
    assert!(load::validate(&d).is_empty());
}

#[test]
fn missing_file_is_an_io_error_naming_the_file() {
    let e = load::from_path(std::path::Path::new("/nonexistent/x.ron")).unwrap_err();
    assert!(matches!(e, LoadError::Io { .. }), "{e:?}");
    assert!(e.to_string().starts_with("/nonexistent/x.ron:"), "{e}");
}

#[test]
fn a_directory_is_not_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let e = load::from_path(dir.path()).unwrap_err();
    assert!(
        matches!(
            e,
            LoadError::NotRegular {
                kind: NodeKind::Directory,
                ..
            }
        ),
        "{e:?}"
    );
    let text = e.to_string();
    assert!(
        text.starts_with(&dir.path().display().to_string()),
        "{text}"
    );
    assert!(text.ends_with("geen gewoon bestand maar een map"), "{text}");
}

#[test]
fn empty_and_blank_files_are_reported_as_empty() {
    for content in [&b""[..], b"  \n\t\n"] {
        let f = write_temp(content);
        let e = load::from_path(f.path()).unwrap_err();
        assert!(matches!(e, LoadError::Empty { .. }), "{e:?}");
        assert!(e.to_string().contains("leeg"));
    }
}

#[test]
fn invalid_utf8_reports_line_and_column_of_the_first_bad_byte() {
    let f = write_temp(b"(\n  title: \"ok\",\n  ab\xffcd\n");
    let e = load::from_path(f.path()).unwrap_err();
    match &e {
        LoadError::NotUtf8 { line, column, .. } => assert_eq!((*line, *column), (3, 5)),
        other => panic!("expected NotUtf8, got {other:?}"),
    }
    let text = e.to_string();
    assert!(text.contains(":3:5:"), "{text}");
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let f = tempfile::NamedTempFile::new().unwrap();
    // A sparse 50 MB file: cheap to make, and as large as any real one to the loader.
    f.as_file().set_len(50 * 1024 * 1024).unwrap();
    let e = load::from_path(f.path()).unwrap_err();
    match e {
        LoadError::TooLarge { size, max, .. } => {
            assert_eq!(size, Some(50 * 1024 * 1024));
            assert_eq!(max, MAX_FILE_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let text = "(\n    title: \"x\"\n    themes: [],\n)";
    let e = load::from_str(text, "f.ron").unwrap_err();
    match &e {
        LoadError::Parse { line, column, .. } => assert_eq!((*line, *column), (3, 5)),
        other => panic!("expected Parse, got {other:?}"),
    }
    assert!(e.to_string().starts_with("f.ron:3:5:"), "{e}");
}

#[test]
fn unknown_fields_and_wrong_types_are_parse_errors_with_position() {
    let unknown = EMBEDDED_RON.replacen("title:", "titel: \"x\", title:", 1);
    let e = load::from_str(&unknown, "u.ron").unwrap_err();
    assert!(matches!(e, LoadError::Parse { .. }), "{e:?}");
    assert!(e.to_string().contains("titel"), "{e}");

    let wrong = EMBEDDED_RON.replacen("route_oost: true", "route_oost: \"ja\"", 1);
    let e = load::from_str(&wrong, "w.ron").unwrap_err();
    let LoadError::Parse { line, .. } = e else {
        panic!("expected Parse, got {e:?}")
    };
    let expected_line = EMBEDDED_RON
        .lines()
        .position(|l| l.contains("route_oost: true"))
        .unwrap()
        + 1;
    assert_eq!(line, expected_line);
}

#[test]
fn binary_junk_is_an_error_not_a_panic() {
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let f = write_temp(&junk);
    assert!(load::from_path(f.path()).is_err());
    let nul = write_temp(b"\0\0\0(\0title\0");
    assert!(load::from_path(nul.path()).is_err());
}

/// A minimal valid file, to break one rule at a time.
fn minimal() -> String {
    r#"(
        title: "t",
        themes: [(id: "a", label: "A", label_en: "A", description: "d")],
        regions: [
            (id: "r1", name: "Een", profile_title: "T", partners: [(name: "P", kind: municipality)],
             route_oost: false, key_points: [(kind: bullet, text: "k")],
             themes: [(theme: "a", evidence: "k", source: key_points)]),
            (id: "r2", name: "Twee", profile_title: "T", partners: [(name: "Q", kind: province)],
             route_oost: true, key_points: [(kind: paragraph, text: "k")]),
        ],
        national: [],
        without_profile: [],
    )"#
    .to_string()
}

#[test]
fn the_minimal_file_is_valid() {
    let d = load::from_str(&minimal(), "m.ron").expect("valid");
    assert_eq!(d.regions.len(), 2);
}

#[test]
fn validation_reports_every_problem_with_region_and_field() {
    let text = minimal()
        .replace("id: \"r2\"", "id: \"r1\"")
        .replace("name: \"Een\"", "name: \" \"")
        .replace("theme: \"a\"", "theme: \"zz\"")
        .replace("evidence: \"k\"", "evidence: \"\"")
        .replace("partners: [(name: \"Q\", kind: province)]", "partners: []")
        .replace(
            "key_points: [(kind: paragraph, text: \"k\")]",
            "key_points: []",
        );
    let e = load::from_str(&text, "v.ron").unwrap_err();
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("expected Invalid, got {e:?}")
    };
    let found: Vec<(Option<&str>, &str)> = problems
        .iter()
        .map(|p| (p.region.as_deref(), p.field.as_str()))
        .collect();
    for want in [
        (Some("r1"), "name"),
        (Some("r1"), "themes[0].theme"),
        (Some("r1"), "themes[0].evidence"),
        (Some("r1"), "id"),
        (Some("r1"), "partners"),
        (Some("r1"), "key_points"),
    ] {
        assert!(found.contains(&want), "missing {want:?} in {found:?}");
    }
    assert_eq!(problems.len(), 6, "{problems:?}");
    let text = e.to_string();
    // Both regions have the id r1: each is named with its place in the file.
    assert!(
        text.contains("regio r1 (#1), themes[0].theme: onbekend thema \"zz\""),
        "{text}"
    );
    assert!(
        text.contains("regio r1 (#2), id: dubbel id \"r1\" (ook #1)"),
        "{text}"
    );
}

#[test]
fn a_quote_must_stand_in_the_kind_of_field_its_source_names() {
    // The partner column's text is not a key point, and the other way round.
    let with_note = minimal().replace(
        "route_oost: false, key_points: [(kind: bullet, text: \"k\")],",
        "partner_notes: [\"Daarnaast het veld\"], route_oost: false, key_points: [(kind: bullet, text: \"k\")],",
    );
    let misplaced = with_note.replace("evidence: \"k\"", "evidence: \"het veld\"");
    let e = load::from_str(&misplaced, "m.ron").unwrap_err();
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("expected Invalid, got {e:?}")
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "themes[0].evidence");
    assert!(
        e.to_string().contains("citaat staat niet in key_points"),
        "{e}"
    );
    let placed = misplaced.replace("source: key_points", "source: partners");
    assert!(load::from_str(&placed, "m.ron").is_ok());
    let cover = misplaced.replace("source: key_points", "source: cover_text");
    assert!(load::from_str(&cover, "m.ron").is_err(), "no note holds it");
}

#[test]
fn general_statements_need_a_known_theme_and_a_quote() {
    let text = minimal().replace(
        "national: [],",
        "general_statements: [(theme: \"zz\", scope: all, section: \"S\", quote: \" \")], national: [],",
    );
    let e = load::from_str(&text, "g.ron").unwrap_err();
    let LoadError::Invalid { problems, .. } = &e else {
        panic!("expected Invalid, got {e:?}")
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["general_statements[0].theme", "general_statements[0].quote"]
    );
    let ok = minimal().replace(
        "national: [],",
        "general_statements: [(theme: \"a\", scope: most, section: \"S\", quote: \"q\")], national: [],",
    );
    let d = load::from_str(&ok, "g.ron").expect("valid");
    assert_eq!(
        d.general_statements[0].scope,
        regioprofielen::model::StatementScope::Most
    );
}

#[test]
fn control_characters_are_removed_from_loaded_text() {
    let text = minimal().replace("name: \"Een\"", "name: \"E\\u{1b}[2Jen\\u{9b}\\u{7}\"");
    let d = load::from_str(&text, "c.ron").expect("valid after cleaning");
    assert_eq!(d.regions[0].name, "E[2Jen");
    let only_escapes = minimal().replace("name: \"Een\"", "name: \"\\u{1b}\"");
    assert!(load::from_str(&only_escapes, "c.ron").is_err());
}

/// What every outcome of loading must be: a dataset that keeps the rules, or an error that
/// names the file and, where it has one, a position inside the text.
fn check_outcome(result: Result<Dataset, LoadError>, text: &[u8], name: &str) {
    let lines = text.split(|&b| b == b'\n').count();
    match result {
        Ok(d) => assert!(load::validate(&d).is_empty(), "loaded but invalid"),
        Err(e) => {
            let message = e.to_string();
            assert!(message.starts_with(name), "{message}");
            assert!(!message.contains('\u{1b}'), "{message:?}");
            if let LoadError::Parse { line, column, .. }
            | LoadError::NotUtf8 { line, column, .. }
            | LoadError::Binary { line, column, .. } = e
            {
                assert!((1..=lines).contains(&line), "line {line} of {lines}");
                assert!(column >= 1);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_load_or_fail_with_a_located_message(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check_outcome(load::from_bytes(&bytes, "p.ron"), &bytes, "p.ron");
    }

    #[test]
    fn truncated_embedded_data_fails_with_a_position(cut in 1usize..EMBEDDED_RON.len()) {
        let mut cut = cut;
        while !EMBEDDED_RON.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &EMBEDDED_RON[..cut];
        let result = load::from_str(text, "t.ron");
        if EMBEDDED_RON[cut..].trim().is_empty() {
            // Only the final line break is gone: still the whole file.
            prop_assert!(result.is_ok(), "{:?}", result.err());
        } else {
            let e = result.expect_err("a cut file does not load");
            let is_located = matches!(e, LoadError::Parse { .. } | LoadError::Empty { .. });
            prop_assert!(is_located, "{:?}", e);
            check_outcome(Err(e), text.as_bytes(), "t.ron");
        }
    }
}

#[test]
fn two_regions_with_one_short_name_are_refused() {
    let text = regioprofielen::load::EMBEDDED_RON
        .replace("short_name: \"Zuid\"", "short_name: \"zwolle\"");
    let err = match regioprofielen::load::from_str(&text, "kort.ron") {
        Ok(_) => panic!("a repeated short name must not load"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("short_name") && err.contains("zwolle"),
        "{err}"
    );
}
