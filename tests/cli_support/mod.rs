//! Helpers shared by the command line's tests: the real binary run with arguments (and a
//! locale), and what it printed.

#![allow(dead_code)]

use std::process::{Command, Output};

/// The built binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_regioprofielen");

/// The binary with `args` and `NO_COLOR` set; its output is captured and its standard input
/// closed when it runs.
fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).env("NO_COLOR", "1");
    cmd
}

/// The binary run with `args` in the test's environment.
pub fn run(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

/// As [`run`], with no locale variable but the ones in `locale`.
pub fn run_in(locale: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = command(args);
    for name in regioprofielen::i18n::LOCALE_VARS {
        cmd.env_remove(name);
    }
    for (name, value) in locale {
        cmd.env(name, value);
    }
    cmd.output().expect("the binary runs")
}

/// Standard output, invalid UTF-8 replaced.
pub fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error, invalid UTF-8 replaced.
pub fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Standard output, which must be UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

/// Standard error, which must be UTF-8.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// The binary's exit status and its standard output read as JSON.
pub fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let o = run(args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", out(&o)));
    (o.status.code(), v)
}
