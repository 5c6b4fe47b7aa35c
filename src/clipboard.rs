//! Copying text to the user's clipboard through the terminal (OSC 52), which works over SSH in
//! most terminals (xterm, iTerm2, kitty, WezTerm, Windows Terminal, tmux with set-clipboard).
//!
//! Inside tmux there are three ways, and which one works depends on its settings: tmux takes
//! the plain sequence itself when `set-clipboard` is on (its default, `external`, does not),
//! passes the wrapped one through to the outer terminal when `allow-passthrough` is on (off
//! by default since tmux 3.3), and `tmux load-buffer -w -` puts the text in its buffer (and,
//! with `-w`, on the clipboard through the outer terminal). All three are used.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Terminals cap OSC 52 payloads; beyond this many bytes of text we refuse rather than send a
/// sequence the terminal would silently drop.
pub const MAX_BYTES: usize = 100_000;

/// The escape sequences that put `text` on the clipboard, or `None` when it is too long.
/// Inside tmux: the plain sequence (for `set-clipboard on`), then the same wrapped in a
/// passthrough (for `allow-passthrough on`), so it reaches the outer terminal either way.
pub fn osc52(text: &str, in_tmux: bool) -> Option<String> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let seq = format!("\x1b]52;c;{}\x07", STANDARD.encode(text));
    Some(if in_tmux {
        let wrapped = format!("\x1bPtmux;{}\x1b\\", seq.replace('\x1b', "\x1b\x1b"));
        format!("{seq}{wrapped}")
    } else {
        seq
    })
}

/// How long tmux gets to take a buffer before it is given up on.
const TMUX_WAIT: Duration = Duration::from_secs(2);

/// Puts `text` in tmux's paste buffer with `tmux load-buffer -w -` (`-w`: and on the
/// clipboard; tmux before 3.2 lacks it, so then without); whether tmux took it. `program`
/// is the tmux to run (`tmux` from the path, or a stand-in in tests). Never waits longer
/// than a few seconds.
pub fn tmux_load_buffer(program: &Path, text: &str) -> bool {
    [&["load-buffer", "-w", "-"][..], &["load-buffer", "-"][..]]
        .iter()
        .any(|args| run_with_input(program, args, text))
}

/// Runs `program` with `args`, `text` on its standard input; whether it ended well in time.
fn run_with_input(program: &Path, args: &[&str], text: &str) -> bool {
    let Ok(mut child) = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    if let Some(mut input) = child.stdin.take() {
        if input.write_all(text.as_bytes()).is_err() {
            let _ = child.kill();
            let _ = child.wait();
            return false;
        }
    }
    let deadline = Instant::now() + TMUX_WAIT;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_utf8_as_base64() {
        let s = osc52("Löss", false).unwrap();
        assert_eq!(s, "\x1b]52;c;TMO2c3M=\x07");
    }

    #[test]
    fn sends_plain_and_wrapped_in_tmux_and_refuses_huge_text() {
        let s = osc52("a", true).unwrap();
        let plain = osc52("a", false).unwrap();
        assert!(
            s.starts_with(&plain),
            "the plain sequence first, for set-clipboard"
        );
        assert!(s[plain.len()..].starts_with("\x1bPtmux;\x1b\x1b]52;c;"));
        assert!(s.ends_with("\x1b\\"));
        assert!(osc52(&"x".repeat(MAX_BYTES + 1), false).is_none());
    }

    #[cfg(unix)]
    #[test]
    fn the_tmux_buffer_gets_the_text_and_a_missing_tmux_is_no_error() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("a temporary directory");
        let got = dir.path().join("got");
        let script = dir.path().join("tmux");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\necho \"$@\" > '{0}.args'\ncat > '{0}'\n",
                got.display()
            ),
        )
        .expect("a stand-in for tmux");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(tmux_load_buffer(&script, "Löss"));
        assert_eq!(std::fs::read_to_string(&got).expect("stdin"), "Löss");
        let args = std::fs::read_to_string(dir.path().join("got.args")).expect("args");
        assert_eq!(args.trim(), "load-buffer -w -");
        assert!(!tmux_load_buffer(&dir.path().join("no-tmux"), "x"));
    }
}
