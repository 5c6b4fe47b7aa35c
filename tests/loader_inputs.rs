//! What `--data` may point at besides a good file: a byte order mark, NUL bytes, a device,
//! a pipe with or without a writer, a file name with escape characters, and data that breaks
//! the rules at scale.

#![cfg(unix)]

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use regioprofielen::i18n::NodeKind;
use regioprofielen::load::{self, EMBEDDED_RON, LoadError, MAX_FILE_BYTES, MAX_THEMES};

fn write_temp(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(bytes).expect("write");
    f
}

fn mkfifo(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("fifo");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &path,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .expect("a FIFO");
    path
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(EMBEDDED_RON.as_bytes());
    let f = write_temp(&bytes);
    let d = load::from_path(f.path()).expect("a file with a BOM loads");
    assert_eq!(d.regions.len(), 15);
    // Positions after it are those the user sees (the mark takes no column).
    let broken = "\u{feff}(\n  titel: 1,\n)";
    match load::from_str(broken, "b.ron").unwrap_err() {
        LoadError::Parse { line, column, .. } => assert_eq!((line, column), (2, 3)),
        other => panic!("expected Parse, got {other:?}"),
    }
}

#[test]
fn nul_bytes_mark_a_binary_file_with_their_place() {
    let f = write_temp(&[0u8; 4096]);
    let e = load::from_path(f.path()).unwrap_err();
    assert!(
        matches!(
            e,
            LoadError::Binary {
                line: 1,
                column: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("NUL-byte"), "{e}");
    let e = load::from_bytes(b"(\n  title: \"a\0b\"", "n.ron").unwrap_err();
    assert!(
        matches!(
            e,
            LoadError::Binary {
                line: 2,
                column: 12,
                ..
            }
        ),
        "{e:?}"
    );
    // A NUL before invalid UTF-8 is the clearer sign.
    let e = load::from_bytes(b"ab\0cd\xff", "m.ron").unwrap_err();
    assert!(matches!(e, LoadError::Binary { column: 3, .. }), "{e:?}");
}

#[test]
fn a_device_is_refused_by_what_it_is_not_by_a_size() {
    let e = load::from_path(Path::new("/dev/zero")).unwrap_err();
    assert!(
        matches!(
            e,
            LoadError::NotRegular {
                kind: NodeKind::Device,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        "/dev/zero: geen gewoon bestand maar een apparaat"
    );
    let en = e.describe(regioprofielen::i18n::Lang::En.errors());
    assert_eq!(en, "/dev/zero: not a regular file but a device");
}

#[test]
fn a_fifo_without_a_writer_gives_up_after_the_wait() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path());
    let started = Instant::now();
    let e = load::read_data(&fifo, Duration::from_millis(200)).unwrap_err();
    assert!(matches!(e, LoadError::PipeSilent { .. }), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "it returned");
    assert!(e.to_string().contains("kwam er niets uit deze pipe"), "{e}");
}

#[test]
fn a_fifo_with_a_writer_is_read_to_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("opens for writing");
            // In two pieces with a pause: the reader waits for the second.
            let (a, b) = EMBEDDED_RON.split_at(1000);
            f.write_all(a.as_bytes()).unwrap();
            std::thread::sleep(Duration::from_millis(100));
            f.write_all(b.as_bytes()).unwrap();
        })
    };
    let d = load::from_path(&fifo).expect("the data arrives through the pipe");
    writer.join().unwrap();
    assert_eq!(d.regions.len(), 15);
}

#[test]
fn a_pipe_past_the_limit_is_too_large_without_a_made_up_size() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut f = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            let block = vec![b' '; 1 << 20];
            for _ in 0..=(MAX_FILE_BYTES >> 20) {
                if f.write_all(&block).is_err() {
                    return;
                }
            }
        })
    };
    let e = load::from_path(&fifo).unwrap_err();
    drop(writer);
    assert!(matches!(e, LoadError::TooLarge { size: None, .. }), "{e:?}");
    assert!(e.to_string().contains("meer dan 16777216 bytes"), "{e}");
}

#[test]
fn escape_characters_in_a_path_are_shown_not_sent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a\u{1b}[2Jb\u{202e}.ron");
    let e = load::from_path(&path).unwrap_err();
    let text = e.to_string();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(text.contains("a\\u{1b}[2Jb\\u{202e}.ron"), "{text}");
}

#[test]
fn repeated_ids_among_many_regions_are_each_reported_once() {
    let mut d = regioprofielen::r#gen::generate(3_000, 5);
    for i in (0..3_000).step_by(3) {
        d.regions[i].id = d.regions[i + 1].id.clone();
    }
    let problems = load::validate(&d);
    let repeats = problems
        .iter()
        .filter(|p| p.field == "id" && p.message.starts_with("dubbel id"))
        .count();
    assert_eq!(repeats, 1_000);
}

#[test]
fn more_themes_than_a_matrix_can_show_is_a_problem() {
    let mut d = regioprofielen::r#gen::generate(3, 5);
    let base = d.themes[0].clone();
    for i in d.themes.len()..=MAX_THEMES {
        let mut t = base.clone();
        t.id = format!("thema-{i}");
        d.themes.push(t);
    }
    let problems = load::validate(&d);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "themes");
    d.themes.pop();
    assert!(load::validate(&d).is_empty());
}
