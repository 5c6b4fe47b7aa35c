//! The command line on bad input and awkward output: exit codes and messages that say what
//! and where, exports that keep modes and links and refuse what is not a file, CSV that a
//! spreadsheet cannot run, and no control or direction character from the user or the data
//! on the terminal.

#![cfg(unix)]

mod cli_support;

use cli_support::{BIN, err, out, run};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs through `sh -c` (for umasks and closed descriptors); `$0` is the binary.
fn sh(script: &str) -> Output {
    Command::new("sh")
        .args(["-c", script, BIN])
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for (args, says) in [
        (&["search", "x", "--limit", "0"][..], "0"),
        (&["search", ""][..], "geef iets om naar te zoeken"),
        (&["search", " ", "!!"][..], "geef iets om naar te zoeken"),
        (&["where", ""][..], "geef een naam"),
        (&["show", "  "][..], "geef een naam"),
        (&["--lang", "en", "where", ""][..], "give a name"),
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(err(&o).contains(says), "{args:?}: {}", err(&o));
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_closed_or_full_standard_output_is_an_error() {
    let o = sh("exec \"$0\" list >&-");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("standaarduitvoer is gesloten"),
        "{}",
        err(&o)
    );
    let o = sh("exec \"$0\" export --format md > /dev/full");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("standaarduitvoer: schrijven mislukt"),
        "{}",
        err(&o)
    );
}

#[test]
fn bad_data_files_say_what_and_where() {
    let dir = tempfile::tempdir().unwrap();
    let nul = dir.path().join("nul.ron");
    fs::write(&nul, [0u8; 64]).unwrap();
    let o = run(&["--data", nul.to_str().unwrap(), "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("nul.ron:1:1: een NUL-byte"), "{}", err(&o));

    let o = run(&["--data", "/dev/zero", "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("/dev/zero: geen gewoon bestand maar een apparaat"));

    let bom = dir.path().join("bom.ron");
    let mut text = b"\xef\xbb\xbf".to_vec();
    text.extend_from_slice(regioprofielen::load::EMBEDDED_RON.as_bytes());
    fs::write(&bom, text).unwrap();
    let o = run(&["validate", bom.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    let evil = dir.path().join("x\u{1b}[2Jy.ron");
    let o = run(&["--data", evil.to_str().unwrap(), "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).contains('\u{1b}'), "{:?}", err(&o));
    assert!(err(&o).contains("x\\u{1b}[2Jy.ron"), "{}", err(&o));
}

#[test]
fn a_fifo_without_a_writer_is_given_up_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .expect("a FIFO");
    let o = run(&["--data", fifo.to_str().unwrap(), "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("kwam er niets uit deze pipe"),
        "{}",
        err(&o)
    );
}

#[test]
fn escapes_in_arguments_are_shown_not_sent() {
    // A word that is no command is a question now, which finds nothing.
    let o = run(&["\u{1b}]0;pwned\u{7}"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!err(&o).contains('\u{1b}'), "{:?}", err(&o));
    assert!(!out(&o).contains('\u{1b}') && !out(&o).contains('\u{7}'));
    let o = run(&["list", "--\u{1b}]0;pwned\u{7}"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).contains('\u{1b}'), "{:?}", err(&o));
    let o = run(&["where", "x\u{202e}y\u{1b}[31m"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out(&o).contains('\u{202e}') && !out(&o).contains('\u{1b}'));
}

/// The embedded data with a region name that a spreadsheet would run and one that reads
/// backwards.
fn hostile_data(dir: &Path) -> String {
    let text = regioprofielen::load::EMBEDDED_RON
        .replacen(
            "name: \"Twente\"",
            "name: \"=HYPERLINK(\\\"http://x\\\")\"",
            1,
        )
        .replacen("name: \"Zeeland\"", "name: \"Zee\\u{202e}land\"", 1);
    let path = dir.join("hostile.ron");
    fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn csv_cells_that_start_a_formula_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_data(dir.path());
    for args in [
        &["--data", &data, "export", "--format", "csv"][..],
        &["--data", &data, "matrix", "--format", "csv"][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let text = out(&o);
        assert!(
            text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","),
            "{text}"
        );
        assert!(!text.contains(",\"=HYPERLINK"), "{text}");
    }
}

#[test]
fn direction_controls_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_data(dir.path());
    for args in [
        &["--data", &data, "list"][..],
        &["--data", &data, "show", "zeeland"][..],
        &["--data", &data, "export", "--format", "md"][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        assert!(out(&o).contains("Zeeland"), "{args:?}");
        assert!(!out(&o).contains('\u{202e}'), "{args:?}");
    }
}

fn export_to(target: &Path, umask: &str) -> Output {
    sh(&format!(
        "umask {umask} && exec \"$0\" export --format md -o '{}'",
        target.display()
    ))
}

#[test]
fn a_new_export_gets_the_umask_and_an_old_one_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("nieuw.md");
    let o = export_to(&new, "027");
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(fs::metadata(&new).unwrap().mode() & 0o777, 0o640);
    let o = export_to(&new, "022");
    assert_eq!(o.status.code(), Some(0));
    let old = dir.path().join("oud.md");
    for mode in [0o644, 0o600, 0o664] {
        fs::write(&old, "oud").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(mode)).unwrap();
        let o = export_to(&old, "077");
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let meta = fs::metadata(&old).unwrap();
        assert_eq!(meta.mode() & 0o777, mode, "kept {mode:o}");
        assert!(fs::read_to_string(&old).unwrap().starts_with("# "));
    }
    // Nothing but the two files: no temporary file left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn a_symlink_is_followed_and_a_hard_link_kept() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("doel.md");
    fs::write(&target, "oud").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("doel.md", &link).unwrap();
    let o = export_to(&link, "022");
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&target).unwrap().starts_with("# "));
    // A link to a file that does not exist yet creates it.
    let dangling = dir.path().join("naar-nieuw.md");
    std::os::unix::fs::symlink("nieuw.md", &dangling).unwrap();
    assert_eq!(export_to(&dangling, "022").status.code(), Some(0));
    assert!(
        fs::read_to_string(dir.path().join("nieuw.md"))
            .unwrap()
            .starts_with("# ")
    );
    // A second name of the same file sees the new content.
    let other = dir.path().join("tweede-naam.md");
    fs::hard_link(&target, &other).unwrap();
    fs::write(&target, "oud").unwrap();
    assert_eq!(export_to(&target, "022").status.code(), Some(0));
    assert!(fs::read_to_string(&other).unwrap().starts_with("# "));
}

#[test]
fn what_is_not_a_regular_file_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pijp");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .unwrap();
    let sub = dir.path().join("map");
    fs::create_dir(&sub).unwrap();
    let cases = [
        (sub.to_str().unwrap().to_string(), "een map"),
        (".".to_string(), "een map"),
        (fifo.to_str().unwrap().to_string(), "een pipe"),
        ("/dev/null".to_string(), "een apparaat"),
    ];
    for (path, kind) in cases {
        let o = run(&["export", "--format", "md", "-o", &path]);
        assert_eq!(o.status.code(), Some(2), "{path}");
        let e = err(&o);
        assert!(
            e.contains(&format!("{path}: geen gewoon bestand maar {kind}")),
            "{e}"
        );
    }
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device_like()
    );
    // A directory that is not there: the message names the path given, not a temporary file.
    let missing = dir.path().join("nope").join("x.md");
    let o = run(&["export", "--format", "md", "-o", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains(&format!("{}: kan niet schrijven", missing.display())));
    assert!(!err(&o).contains(".regioprofielen-"), "{}", err(&o));
}

#[test]
fn dash_writes_to_the_standard_output() {
    let o = run(&["export", "--format", "csv", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).starts_with("id,name,"), "{}", out(&o));
    assert!(!Path::new("-").exists());
}

trait CharDevice {
    fn is_char_device_like(&self) -> bool;
}

impl CharDevice for fs::FileType {
    fn is_char_device_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_char_device(self)
    }
}
