//! Taking over the terminal and always giving it back: on a normal exit, an error, a panic,
//! an abort (a failed allocation aborts without a panic), on SIGTERM, SIGHUP, SIGINT and
//! SIGQUIT; and for a while on Ctrl-Z or SIGTSTP, taking it again on `fg`.

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

use super::backend::Capped;

/// Whether the terminal is in our hands (raw mode, alternate screen, mouse capture).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Held while a frame is written, so a signal never restores the terminal in the middle of
/// an escape sequence.
pub static OUTPUT: Mutex<()> = Mutex::new(());

/// The terminal as the explorer draws on it.
pub type Term = Terminal<Capped<CrosstermBackend<io::Stdout>>>;

/// The terminal while the interface owns it; restores it when dropped.
pub struct Session {
    /// The ratatui terminal.
    pub terminal: Term,
}

impl Session {
    /// Enters raw mode, the alternate screen and mouse capture, after installing the panic
    /// and abort hooks that undo it. Signals are the caller's (see [`super::signals`]).
    pub fn start() -> io::Result<Self> {
        install_panic_hook();
        #[cfg(unix)]
        abort::install()?;
        // From here on every failure restores: `Session` is not built yet, so do it by hand.
        let setup = || -> io::Result<Term> {
            enter()?;
            Terminal::new(Capped(CrosstermBackend::new(stdout())))
        };
        match setup() {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Gives the terminal back and stops the process, as Ctrl-Z does for any program; when
    /// continued, takes the terminal again and clears it, so the next frame is drawn whole.
    pub fn suspend(&mut self) -> io::Result<()> {
        suspend()?;
        self.redraw_all()
    }

    /// Clears the screen and forgets what was drawn, so the next frame is drawn whole (the
    /// terminal may have been cleared, or drawn on, while the explorer was stopped).
    pub fn redraw_all(&mut self) -> io::Result<()> {
        let size = self.terminal.size()?;
        self.terminal.resize(ratatui::layout::Rect::from((
            ratatui::layout::Position::ORIGIN,
            size,
        )))
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode, the alternate screen, mouse clicks and bracketed paste on, the cursor hidden.
fn enter() -> io::Result<()> {
    #[cfg(unix)]
    abort::remember_modes();
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseClicks,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// Gives the terminal back and stops until continued; then takes it again (if it was ours).
/// Holds the output lock throughout, so no frame is written in between.
pub fn suspend() -> io::Result<()> {
    let _guard = OUTPUT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let was_active = ACTIVE.load(Ordering::SeqCst);
    restore();
    // SIGSTOP, not SIGTSTP: the latter's default action is to do nothing in a process group
    // without a shell to continue it, and ours has a handler anyway.
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    if was_active { enter() } else { Ok(()) }
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

/// Restoring the terminal when the process aborts: a failed allocation (which ends the
/// process without a panic), a stack overflow, an `abort()` anywhere. The handler may only
/// do what is safe in a signal handler: write fixed bytes and set the terminal's modes back
/// to those saved beforehand, both plain system calls.
#[cfg(unix)]
mod abort {
    use std::io;
    use std::os::fd::BorrowedFd;
    use std::sync::Mutex;
    use std::sync::atomic::Ordering;

    use rustix::termios::{OptionalActions, Termios, tcgetattr, tcsetattr};

    /// What `restore` writes, as one fixed string.
    const UNDO: &[u8] =
        b"\x1b[?2004l\x1b[?1006l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";

    /// The terminal's modes before raw mode; a handler only ever `try_lock`s it.
    static MODES: Mutex<Option<Termios>> = Mutex::new(None);

    /// Saves the terminal's modes as they are (before raw mode is entered).
    pub fn remember_modes() {
        if let (Ok(modes), Ok(mut saved)) = (tcgetattr(io::stdin()), MODES.lock()) {
            *saved = Some(modes);
        }
    }

    /// Registers the handler for SIGABRT. It returns, and the abort goes on.
    pub fn install() -> io::Result<()> {
        // SAFETY: the action only loads an atomic, takes a lock without waiting, and makes
        // the write and ioctl system calls: all safe in a signal handler.
        unsafe {
            signal_hook::low_level::register(signal_hook::consts::SIGABRT, undo)?;
        }
        Ok(())
    }

    fn undo() {
        if !super::ACTIVE.swap(false, Ordering::SeqCst) {
            return;
        }
        // SAFETY: descriptors 0 and 1 stay open for the whole run (the explorer starts only
        // when both are terminals); `io::stdout()` is avoided here, as it may allocate.
        let (input, output) = unsafe { (BorrowedFd::borrow_raw(0), BorrowedFd::borrow_raw(1)) };
        let _ = rustix::io::write(output, UNDO);
        if let Ok(saved) = MODES.try_lock() {
            if let Some(modes) = saved.as_ref() {
                let _ = tcsetattr(input, OptionalActions::Now, modes);
            }
        }
    }
}
