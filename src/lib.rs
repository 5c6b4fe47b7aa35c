//! regioprofielen: explore the cultural profiles of the Dutch urban regions.
//!
//! The core (model, load, text, filter, matrix, lookup, parts, search, sentence, source)
//! knows no terminal; `cli` and `tui` are thin layers over it.

pub mod cli;
pub mod clipboard;
pub mod export;
pub mod filter;
pub mod r#gen;
pub mod geo;
pub mod i18n;
pub mod load;
pub mod lookup;
pub mod matrix;
pub mod model;
pub mod partners;
pub mod parts;
pub mod search;
pub mod sentence;
pub mod source;
pub mod text;
pub mod tui;
