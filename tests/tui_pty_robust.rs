//! The explorer in a real pseudo-terminal under the inputs that used to hang it or leave the
//! terminal raw: unfinished escape sequences, pastes of any size, Ctrl-Z and SIGTSTP, a
//! terminal claiming 10000x10000, a failed allocation, and a long random session whose
//! memory must stay flat.

#![cfg(unix)]

mod pty_support;

use std::time::Duration;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRng, TestRunner};
use pty_support::{Pty, command};

/// Starts the explorer and waits for its first frame.
fn started() -> Pty {
    let mut pty = Pty::start();
    pty.expect(&["Regio's (15)"]);
    pty
}

/// Quits with `q` and checks the terminal was handed back.
fn quit(mut pty: Pty) {
    pty.keys(b"q");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn ctrl_c_ends_the_session_after_any_unfinished_sequence() {
    for start in [
        &b"\x1b[<0;"[..],
        b"\x1b[1;",
        b"\x1b[M",
        b"\x1b[200~een plakje",
    ] {
        let mut pty = started();
        pty.keys(start);
        pty.keys(b"\x03");
        assert_eq!(pty.exit_code(), 0, "{start:?}");
        pty.assert_restored();
    }
}

#[test]
fn an_unfinished_sequence_is_dropped_and_q_works_after_it() {
    for start in [&b"\x1b[<0;"[..], b"\x1b[1;", b"\x1b[M"] {
        let mut pty = started();
        pty.keys(start);
        // Nothing more arrives: the sequence runs out of time and is dropped, so this `j`
        // moves the cursor instead of finishing it.
        pty.settle(Duration::from_millis(200));
        pty.keys(b"j");
        pty.expect(&["› BrabantStad"]);
        quit(pty);
    }
}

#[test]
fn esc_and_q_end_a_paste_that_never_ends() {
    let mut pty = started();
    pty.keys(b"/");
    pty.expect(&["Zoek /"]);
    pty.keys(b"\x1b[200~twente enzovoort");
    // Esc ends the broken paste and the search; q then quits.
    pty.keys(b"\x1bq");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

#[test]
fn a_large_paste_is_one_search_and_ctrl_c_follows_it_at_once() {
    let mut pty = started();
    pty.keys(b"/");
    pty.expect(&["Zoek /"]);
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend("zwolle ".repeat(100_000 / 7).bytes());
    paste.extend_from_slice(b"\x1b[201~");
    pty.keys(&paste);
    pty.expect(&["Zoekvraag ingekort tot 512 tekens", "Zwolle"]);
    pty.keys(b"\x03");
    assert_eq!(pty.exit_code(), 0);
    pty.assert_restored();
}

/// Suspends (by `how`), checks the terminal is handed back and the process stopped, then
/// continues it and checks the explorer took the terminal again and redrew.
fn suspend_and_resume(how: impl Fn(&mut Pty)) {
    let mut pty = started();
    pty.keys(b"j");
    pty.expect(&["› BrabantStad"]);
    assert!(pty.is_raw());
    how(&mut pty);
    pty.wait_state('T');
    // Handed back while stopped: the shell would be usable.
    pty.assert_restored();
    assert!(!pty.is_raw(), "cooked mode while stopped");
    pty.signal("CONT");
    // Back: the alternate screen again (which starts empty), drawn anew, in raw mode.
    pty.expect(&["Regio's (15)", "› BrabantStad"]);
    assert!(pty.parser.screen().alternate_screen());
    assert!(pty.is_raw(), "raw mode after resuming");
    // Keys act at once, without Enter.
    pty.keys(b"j");
    pty.expect(&["› Twente"]);
    quit(pty);
}

#[test]
fn ctrl_z_suspends_and_fg_resumes_with_a_redraw() {
    suspend_and_resume(|pty| pty.keys(b"\x1a"));
}

#[test]
fn sigtstp_from_outside_suspends_and_resumes_with_a_redraw() {
    suspend_and_resume(|pty| pty.signal("TSTP"));
}

#[test]
fn a_huge_terminal_is_drawn_capped_and_left_clean() {
    let mut pty = started();
    let before = pty.status_kb("VmRSS");
    pty.resize_terminal_only(10_000, 10_000);
    pty.settle(Duration::from_millis(500));
    pty.keys(b"j");
    pty.settle(Duration::from_millis(500));
    let during = pty.status_kb("VmRSS");
    // Two buffers of 1000x1000 cells and the output of one frame: tens of megabytes, not
    // the gigabytes 10000x10000 would take.
    assert!(
        during < before + 400 * 1024,
        "{before} kB before, {during} kB at 10000x10000"
    );
    pty.resize(80, 24);
    pty.expect(&["› BrabantStad", "Regio's (15)"]);
    quit(pty);
}

#[test]
fn a_failed_allocation_still_restores_the_terminal() {
    // Measure how much address space the explorer takes at 80x24 (one malloc arena, so the
    // number is steady) …
    let mut cmd = command();
    cmd.env("MALLOC_ARENA_MAX", "1");
    let mut pty = Pty::spawn(cmd);
    pty.expect(&["Regio's (15)"]);
    let vm = pty.status_kb("VmSize");
    quit(pty);
    // … then start it with a little more than that as its limit, and make it need far more:
    // the buffers for 1000x1000 cells cannot be had, the allocation fails and the process
    // aborts without a panic.
    let cell = std::mem::size_of::<ratatui::buffer::Cell>() as u64;
    let headroom = 1_000_000 * cell / 1024 / 2;
    let limit = vm + headroom;
    let mut cmd = portable_pty::CommandBuilder::new("sh");
    cmd.args([
        "-c",
        &format!("ulimit -v {limit} && exec \"$0\"", limit = limit),
        env!("CARGO_BIN_EXE_regioprofielen"),
    ]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("MALLOC_ARENA_MAX", "1");
    let mut pty = Pty::spawn(cmd);
    pty.expect(&["Regio's (15)"]);
    pty.resize_terminal_only(1000, 1000);
    let code = pty.exit_code();
    assert_ne!(code, 0, "the allocation failed");
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(
        raw.contains("memory allocation"),
        "it failed as an allocation"
    );
    pty.assert_restored();
}

/// One random thing a user does.
fn step() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => prop::sample::select(vec![
            &b"j"[..], b"k", b"g", b"G", b"\t", b"\x1b[Z", b"1", b"2", b"3", b"4", b" ", b"\r",
            b"\x1b", b"?", b"a", b"x", b"X", b"f", b"s", b"o", b"c", b"h", b"l", b"\x1b[A",
            b"\x1b[B", b"\x1b[5~", b"\x1b[6~", b"y", b"e",
        ])
        .prop_map(<[u8]>::to_vec),
        // No q: where the search field is not open (in the help), it would quit.
        1 => "[a-pr-z ]{1,6}".prop_map(|s| format!("/{s}\r").into_bytes()),
        1 => "[a-zé ]{1,40}".prop_map(|s| format!("/\x1b[200~{s}\x1b[201~\x1b").into_bytes()),
        1 => (1u16..120, 1u16..40)
            .prop_map(|(x, y)| format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m").into_bytes()),
        1 => (1u16..120, 1u16..40).prop_map(|(x, y)| format!("\x1b[<65;{x};{y}M").into_bytes()),
    ]
}

/// Plays `steps`, then waits until the explorer has caught up (the help it opens shows).
fn play(pty: &mut Pty, steps: &[Vec<u8>]) {
    for s in steps {
        pty.keys(s);
    }
    // Back to a known state: out of any search or help, then the help.
    pty.keys(b"\x1b\x1b\x1b");
    pty.settle(Duration::from_millis(100));
    pty.keys(b"?");
    pty.expect(&["Toetsen"]);
    pty.keys(b"\x1b");
    pty.expect_gone("Toetsen");
}

#[test]
fn a_long_random_session_keeps_its_memory_flat() {
    let dir = tempfile::tempdir().expect("a directory for the saved files");
    let mut pty = Pty::start_in(Some(dir.path()));
    pty.expect(&["Regio's (15)"]);
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let round = prop::collection::vec(step(), 400);
    let mut next_round = || {
        round
            .new_tree(&mut runner)
            .expect("a round of steps")
            .current()
    };
    // A first round settles every cache and buffer.
    play(&mut pty, &next_round());
    let settled = pty.status_kb("VmRSS");
    for size in [(100, 30), (60, 16), (80, 24)] {
        pty.resize(size.0, size.1);
        play(&mut pty, &next_round());
    }
    let after = pty.status_kb("VmRSS");
    assert!(
        after <= settled + settled / 4,
        "memory grew from {settled} kB to {after} kB over 1,200 steps"
    );
    quit(pty);
}

#[test]
fn a_deleted_working_directory_is_a_message_not_the_end() {
    let dir = tempfile::tempdir().expect("a directory");
    let mut pty = Pty::start_in(Some(dir.path()));
    pty.expect(&["Regio's (15)"]);
    std::fs::remove_dir(dir.path()).expect("the directory goes");
    // The clipboard needs no directory.
    pty.keys(b"y");
    pty.expect(&["terminal gestuurd"]);
    // Saving cannot work, and says why; the explorer goes on.
    pty.keys(b"e");
    pty.expect(&["Opslaan mislukt", "de huidige map bestaat niet"]);
    pty.keys(b"j");
    pty.expect(&["› BrabantStad"]);
    quit(pty);
}
