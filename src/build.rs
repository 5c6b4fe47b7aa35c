//! Build script: turns the embedded dataset, `assets/profiles.ron`, into a compact binary
//! form (postcard) that the program decodes in microseconds instead of parsing RON at every
//! start (a few hundred). The RON file stays the source of truth: `load::EMBEDDED_RON` is
//! still its text, and this form is made from it on every change. A file that does not parse
//! fails the build with its file:line:column.
//!
//! It also locates every quote of the dataset in the source document, `assets/source.txt`,
//! and embeds where each stands (`source::locate`, the same code the loader runs for a data
//! file with its source text). A quote that is not in the document fails the build, naming
//! its region and field.

use std::path::PathBuf;
use std::process::ExitCode;

/// The dataset's serde types, the same source the library compiles, so both sides agree on
/// the form by construction. `src/model.rs` must therefore use nothing of the crate itself.
#[allow(dead_code)]
#[path = "model.rs"]
mod model;

/// Locating quotes, the same sources the library compiles; they use nothing of the crate but
/// `crate::model` and each other, which resolve to the modules here.
#[allow(dead_code)]
#[path = "source/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "source/quote.rs"]
mod quote;

/// The search index and what it rests on: the same sources the library compiles, so the
/// index made here is the one [`search::Index::build`] makes at run time (a test compares
/// them byte for byte).
#[allow(dead_code, unused_imports)]
#[path = "search/mod.rs"]
mod search;
#[allow(dead_code)]
#[path = "text.rs"]
mod text;

const SOURCE: &str = "assets/profiles.ron";
const TEXT: &str = "assets/source.txt";

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed={SOURCE}");
    println!("cargo::rerun-if-changed={TEXT}");
    println!("cargo::rerun-if-changed=src/model.rs");
    println!("cargo::rerun-if-changed=src/source/locate.rs");
    println!("cargo::rerun-if-changed=src/source/quote.rs");
    println!("cargo::rerun-if-changed=src/search");
    println!("cargo::rerun-if-changed=src/text.rs");
    match compact() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // `cargo::error` fails the build and shows the message as an error of its own,
            // where a failing exit status would bury it in the script's whole output.
            println!("cargo::error={message}");
            ExitCode::SUCCESS
        }
    }
}

/// Parses the RON file and writes its compact form to `$OUT_DIR/profiles.postcard`.
fn compact() -> Result<(), String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or("CARGO_MANIFEST_DIR is not set")?;
    let out = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let dir = PathBuf::from(dir);
    let text = std::fs::read_to_string(dir.join(SOURCE)).map_err(|e| format!("{SOURCE}: {e}"))?;
    // The same parser and types as `load::from_str`, so what parses here parses there.
    let data: model::Dataset = ron::from_str(&text).map_err(|e| {
        format!(
            "{SOURCE}:{}:{}: {}",
            e.span.start.line.max(1),
            e.span.start.col.max(1),
            e.code
        )
    })?;
    let bytes = postcard::to_allocvec(&data).map_err(|e| format!("{SOURCE}: {e}"))?;
    let out = PathBuf::from(out);
    let target = out.join("profiles.postcard");
    std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
    let index = postcard::to_allocvec(&search::Index::build(&data))
        .map_err(|e| format!("the search index: {e}"))?;
    let target = out.join("index.postcard");
    std::fs::write(&target, index).map_err(|e| format!("{}: {e}", target.display()))?;
    let source = std::fs::read_to_string(dir.join(TEXT)).map_err(|e| format!("{TEXT}: {e}"))?;
    let located = locate::locate(&data, &source, &locate::normalise(&source));
    if !located.missing.is_empty() {
        let list: Vec<String> = located
            .missing
            .iter()
            .map(|q| {
                let region = q.region().and_then(|r| data.regions.get(r));
                let place = region.map_or(String::new(), |r| format!("regio {}, ", r.id));
                format!("{place}{}", q.field())
            })
            .collect();
        return Err(format!(
            "{SOURCE}: {} citaat/citaten niet in {TEXT}: {}",
            list.len(),
            list.join("; ")
        ));
    }
    let bytes = postcard::to_allocvec(&located.places).map_err(|e| format!("{TEXT}: {e}"))?;
    let target = out.join("places.postcard");
    std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))
}
