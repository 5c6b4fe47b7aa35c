//! Process start to first frame: the release binary in a pseudo-terminal of 80x24, timed from
//! spawning it until the region list ("We The North") is on the emulated screen (target:
//! median < 15 ms). After each measurement `q` quits the explorer, untimed.
//!
//! Cargo builds the binary for benchmarks (`CARGO_BIN_EXE_*`), so it is never stale.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_regioprofielen");
const ROWS: u16 = 24;
const COLS: u16 = 80;
/// The first region of the list: once it is on screen, the first frame has been drawn.
const FIRST_FRAME: &str = "We The North";
/// Generous, for a loaded machine; a run that takes this long fails the benchmark.
const TIMEOUT: Duration = Duration::from_secs(10);

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

/// Reads the pty on a thread (reads block) and hands the bytes over a channel.
fn reader(mut r: Box<dyn Read + Send>) -> Receiver<Vec<u8>> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    rx
}

/// One start: the time from spawning until the first frame is on screen.
fn start_once() -> Duration {
    let pty = native_pty_system();
    let pair = pty
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let output = reader(pair.master.try_clone_reader().expect("a reader"));
    let mut writer = pair.master.take_writer().expect("a writer");
    let mut screen = vt100::Parser::new(nz(ROWS), nz(COLS), 0);

    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("the binary starts");
    let elapsed = loop {
        match output.recv_timeout(TIMEOUT.saturating_sub(started.elapsed())) {
            Ok(bytes) => {
                screen.process(&bytes);
                if screen.screen().contents().contains(FIRST_FRAME) {
                    break started.elapsed();
                }
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                let _ = child.kill();
                panic!(
                    "no first frame within {TIMEOUT:?}; the screen shows:\n{}",
                    screen.screen().contents()
                );
            }
        }
    };

    drop(pair.slave);
    writer.write_all(b"q").expect("writing to the pty");
    writer.flush().expect("flushing the pty");
    let deadline = Instant::now() + TIMEOUT;
    loop {
        // Keep draining, so the program never blocks on a full pty while quitting.
        while output.try_recv().is_ok() {}
        if child.try_wait().expect("the child's status").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the explorer did not quit on q");
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    elapsed
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup_80x24");
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    g.bench_function("first_frame", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| start_once()).sum())
    });
    g.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
