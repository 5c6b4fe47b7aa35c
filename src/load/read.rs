//! Reading a data file's bytes without surprises: a regular file up to the size limit, a pipe
//! (`--data <(…)`, `--data /dev/stdin`) until its end but never waiting forever for a writer,
//! and nothing else (a directory, a device such as `/dev/zero`, a socket is refused by name).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{LoadError, MAX_FILE_BYTES};
use crate::i18n::NodeKind;
use crate::text::printable_path;

/// How long a pipe may stay silent before the loader gives up on it: long enough for a
/// program that writes the data to start, short enough that a FIFO nobody writes to does
/// not hang the command.
pub const PIPE_WAIT: Duration = Duration::from_secs(5);

/// The bytes of the file at `path`, at most [`MAX_FILE_BYTES`]; a pipe may be silent for at
/// most `pipe_wait` at a time.
pub fn read_data(path: &Path, pipe_wait: Duration) -> Result<Vec<u8>, LoadError> {
    let name = printable_path(path);
    let io = |source| LoadError::Io {
        path: name.clone(),
        source,
    };
    let file = open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    let kind = node_kind(&meta.file_type());
    match kind {
        None => read_regular(file, meta.len(), &name),
        Some(NodeKind::Fifo) => read_pipe(file, pipe_wait, &name),
        Some(kind) => Err(LoadError::NotRegular { path: name, kind }),
    }
}

/// Opens for reading without blocking: opening a FIFO blocks until a writer opens it, which
/// may be never.
#[cfg(unix)]
fn open(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// What a file-system entry is when it is not a regular file.
pub fn node_kind(t: &std::fs::FileType) -> Option<NodeKind> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(NodeKind::Fifo);
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(NodeKind::Device);
        }
        if t.is_socket() {
            return Some(NodeKind::Socket);
        }
    }
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some(NodeKind::Directory)
    } else {
        Some(NodeKind::Other)
    }
}

fn read_regular(file: File, size: u64, name: &str) -> Result<Vec<u8>, LoadError> {
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: name.to_string(),
            size: Some(size),
            max: MAX_FILE_BYTES,
        });
    }
    // Read at most one byte past the limit, in case the file grew since the metadata call.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: name.to_string(),
            source,
        })?;
    check_size(bytes, name)
}

fn check_size(bytes: Vec<u8>, name: &str) -> Result<Vec<u8>, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: name.to_string(),
            size: None,
            max: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// Reads a pipe to its end, waiting at most `wait` for each next piece.
#[cfg(unix)]
fn read_pipe(mut file: File, wait: Duration, name: &str) -> Result<Vec<u8>, LoadError> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let io = |source| LoadError::Io {
        path: name.to_string(),
        source,
    };
    let mut deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let timeout = Timespec::try_from(left).unwrap_or(Timespec {
            tv_sec: 1,
            tv_nsec: 0,
        });
        let mut fds = [PollFd::new(&file, PollFlags::IN)];
        let ready = match poll(&mut fds, Some(&timeout)) {
            Ok(n) => n,
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(io(e.into())),
        };
        if ready == 0 {
            if Instant::now() < deadline {
                continue;
            }
            return Err(LoadError::PipeSilent {
                path: name.to_string(),
                waited: wait,
            });
        }
        match file.read(&mut chunk) {
            Ok(0) => return check_size(bytes, name),
            Ok(n) => {
                bytes.extend_from_slice(&chunk[..n]);
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    return check_size(bytes, name);
                }
                deadline = Instant::now() + wait;
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                ) => {}
            Err(e) => return Err(io(e)),
        }
    }
}

#[cfg(not(unix))]
fn read_pipe(file: File, _wait: Duration, name: &str) -> Result<Vec<u8>, LoadError> {
    read_regular(file, 0, name)
}
