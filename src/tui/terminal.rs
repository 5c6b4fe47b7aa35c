//! Taking over the terminal and always giving it back: on a normal exit, an error, a panic,
//! and on SIGTERM, SIGHUP, SIGINT and SIGQUIT.

use std::fmt;
use std::io::{self, Write, stdout};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::Command;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// Whether the terminal is in our hands (raw mode, alternate screen, mouse capture).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Held while a frame is written, so a signal never restores the terminal in the middle of
/// an escape sequence.
pub static OUTPUT: Mutex<()> = Mutex::new(());

/// The terminal while the interface owns it; restores it when dropped.
pub struct Session {
    /// The ratatui terminal.
    pub terminal: Terminal<CrosstermBackend<io::Stdout>>,
}

impl Session {
    /// Enters raw mode, the alternate screen and mouse capture, after installing the panic
    /// hook and the signal handler that undo it.
    pub fn start() -> io::Result<Self> {
        install_panic_hook();
        #[cfg(unix)]
        signals::install()?;
        ACTIVE.store(true, Ordering::SeqCst);
        // From here on every failure restores: `Session` is not built yet, so do it by hand.
        let setup = || -> io::Result<Terminal<CrosstermBackend<io::Stdout>>> {
            enable_raw_mode()?;
            execute!(
                stdout(),
                EnterAlternateScreen,
                EnableMouseClicks,
                EnableBracketedPaste,
                cursor::Hide
            )?;
            Terminal::new(CrosstermBackend::new(stdout()))
        };
        match setup() {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Mouse reports of button presses and the wheel only (xterm modes 1000 and 1006, SGR
/// coordinates). crossterm's `EnableMouseCapture` also asks for every pointer movement
/// (mode 1003): a stream of events, over SSH too, that nothing here uses. Switched off by
/// `DisableMouseCapture`, which turns off every mode.
struct EnableMouseClicks;

impl Command for EnableMouseClicks {
    fn write_ansi(&self, f: &mut impl fmt::Write) -> fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }

    #[cfg(windows)]
    fn execute_winapi(&self) -> io::Result<()> {
        ratatui::crossterm::event::EnableMouseCapture.execute_winapi()
    }
}

/// Gives the terminal back, once: mouse capture and bracketed paste off, the main screen
/// back, the cursor shown, raw mode off. Every step is tried even if an earlier one failed
/// (after SIGHUP the terminal may be gone).
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = stdout();
    let _ = execute!(out, DisableBracketedPaste);
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, cursor::Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// Restores the terminal before the panic message is printed, so the message is readable
/// and the shell usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The panic may have happened while this thread held the output lock: do not wait.
        let _guard = OUTPUT.try_lock();
        restore();
        previous(info);
    }));
}

#[cfg(unix)]
mod signals {
    use std::io;

    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::iterator::Signals;

    /// Starts a thread that, on a terminating signal, restores the terminal and exits with
    /// 128 + the signal number (the shell's convention).
    ///
    /// The main thread blocks in `event::read` and cannot be woken, so this thread does the
    /// restoring itself; it takes the output lock first so no frame is half written.
    pub fn install() -> io::Result<()> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _guard = super::OUTPUT
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    super::restore();
                    std::process::exit(128 + signal);
                }
            })?;
        Ok(())
    }
}
