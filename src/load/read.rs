//! Reading a file the loader is given: size limit, UTF-8 with the place of a bad byte.

use std::io::Read;
use std::path::Path;

use super::{LoadError, MAX_FILE_BYTES};

/// The bytes of the file at `path`, refused when larger than [`MAX_FILE_BYTES`].
pub fn bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let io = |source| LoadError::Io {
        path: name.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: name,
            size,
            max: MAX_FILE_BYTES,
        });
    }
    // Read at most one byte past the limit, in case the file grew since the metadata call.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: name,
            size: bytes.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// `bytes` as text, or where the first byte that is not UTF-8 stands; `name` is used in
/// messages.
pub fn text<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        // The valid prefix is UTF-8 by definition.
        let prefix = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let (line, column) = line_col_after(&prefix);
        LoadError::NotUtf8 {
            path: name.to_string(),
            line,
            column,
        }
    })
}

/// 1-based line and column of the position just after `prefix`.
fn line_col_after(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}
