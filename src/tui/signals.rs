//! Signals while the explorer runs, on a thread of their own (the main thread waits for
//! input and cannot be interrupted): a terminating signal restores the terminal and exits
//! with 128 + its number (the shell's convention); SIGTSTP suspends, as Ctrl-Z does; a
//! change of the window's size is passed on.

use std::io;
use std::sync::mpsc::Sender;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;

use super::input::reader::Input;
use super::terminal;

/// Starts the thread; what it learns goes to `events`.
pub fn install(events: Sender<Input>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGWINCH])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let next = match signal {
                    SIGWINCH => Input::Resized,
                    SIGTSTP => match terminal::suspend() {
                        Ok(()) => Input::Resumed,
                        Err(e) => Input::Failed(e),
                    },
                    _ => {
                        // The output lock first, so no frame is half written.
                        let _guard = terminal::OUTPUT
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        terminal::restore();
                        std::process::exit(128 + signal);
                    }
                };
                if events.send(next).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}
