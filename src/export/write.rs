//! Writing an export to a file without side effects: a new file gets the permissions the
//! user's umask allows (`0666 & !umask`), an existing file keeps its mode (and, where the
//! process may, its owner), a symbolic link is followed and its target replaced, and a path
//! that is not a regular file (a directory, a device, a pipe) is refused. Every error names
//! the path as the user gave it, never the temporary file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{ErrorTexts, Lang, NodeKind, fill};
use crate::load::node_kind;
use crate::text::printable_path;

/// How many symbolic links a path may pass through (as the kernel's limit for `open`).
const MAX_LINKS: usize = 40;

/// Where an export goes: a file, or the standard output for `-o -`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// The standard output.
    Stdout,
    /// A file.
    File(&'a Path),
}

impl<'a> Target<'a> {
    /// The target an `-o` argument names: `-` is the standard output.
    pub fn from_arg(path: &'a Path) -> Self {
        if path.as_os_str() == "-" {
            Self::Stdout
        } else {
            Self::File(path)
        }
    }
}

/// An export could not be written. `path` is the path the user gave, made printable.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The path (or the end of its links) is a directory, a device, a pipe or a socket.
    NotRegular {
        /// The path given.
        path: String,
        /// What it is.
        kind: NodeKind,
    },
    /// Creating, writing or renaming failed.
    Io {
        /// The path given.
        path: String,
        /// The cause.
        source: io::Error,
    },
}

impl ExportError {
    /// The message in the language of `t`.
    pub fn describe(&self, t: &ErrorTexts) -> String {
        match self {
            Self::NotRegular { path, kind } => {
                format!(
                    "{path}: {}",
                    fill(t.not_regular, &[("kind", t.kind(*kind))])
                )
            }
            Self::Io { path, source } => fill(
                t.write_failed,
                &[("path", path), ("error", &source.to_string())],
            ),
        }
    }
}

impl ExportError {
    /// Why writing failed, without the path (for a message that names it already).
    pub fn reason(&self, t: &ErrorTexts) -> String {
        match self {
            Self::NotRegular { kind, .. } => fill(t.not_regular, &[("kind", t.kind(*kind))]),
            Self::Io { source, .. } => source.to_string(),
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::Nl.errors()))
    }
}

/// Writes `bytes` to `path` atomically: a temporary file beside the target, then a rename, so
/// a reader never sees half a file and a failed write leaves the old file alone. A file with
/// several hard links is the one exception: it is written in place, so that every name of it
/// sees the new content (a rename would leave the other names on the old file).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: printable_path(path),
        source: without_path(source),
    };
    let target = follow_links(path).map_err(io)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    if let Some(kind) = existing.as_ref().and_then(|m| node_kind(&m.file_type())) {
        return Err(ExportError::NotRegular {
            path: printable_path(path),
            kind,
        });
    }
    if existing.as_ref().is_some_and(has_other_links) {
        return write_in_place(&target, bytes).map_err(io);
    }
    replace(&target, existing.as_ref(), bytes).map_err(io)
}

/// The system's error without the temporary file's path that `tempfile` adds to it ("… at
/// path \"dir/.regioprofielen-x1y2\""): the user never named that file, and the message
/// names the path they gave.
fn without_path(e: io::Error) -> io::Error {
    if e.raw_os_error().is_some() {
        return e;
    }
    let text = e.to_string();
    match text.rfind(" at path ") {
        Some(cut) => io::Error::new(e.kind(), text[..cut].to_string()),
        None => e,
    }
}

/// The path at the end of `path`'s symbolic links (`path` itself when it is none, or does not
/// exist yet).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    // What the kernel says of a path with too many links ("too many levels of symbolic
    // links"), in the system's words like every other I/O error here.
    #[cfg(unix)]
    return Err(rustix::io::Errno::LOOP.into());
    #[cfg(not(unix))]
    return Err(io::ErrorKind::InvalidInput.into());
}

#[cfg(unix)]
fn has_other_links(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn has_other_links(_: &fs::Metadata) -> bool {
    false
}

fn write_in_place(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = fs::OpenOptions::new().write(true).open(target)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

/// Writes a temporary file beside `target` with the right mode and owner, then renames it
/// over `target`.
fn replace(target: &Path, existing: Option<&fs::Metadata>, bytes: &[u8]) -> io::Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".regioprofielen-");
    // A new file is created as 0666, less what the umask takes away, as any program's.
    #[cfg(unix)]
    let new_mode = std::os::unix::fs::PermissionsExt::from_mode(0o666);
    #[cfg(unix)]
    builder.permissions(new_mode);
    let mut tmp = builder.tempfile_in(dir)?;
    if let Some(meta) = existing {
        keep_owner_and_mode(tmp.as_file(), meta)?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Gives the new file the old one's mode, and its owner where this process may.
fn keep_owner_and_mode(file: &fs::File, old: &fs::Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mine = file.metadata()?;
        if (mine.uid(), mine.gid()) != (old.uid(), old.gid()) {
            // Only root may give a file away; anyone else keeps it as their own.
            let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
        }
    }
    file.set_permissions(old.permissions())
}
