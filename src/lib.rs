//! regioprofielen: explore the cultural profiles of the Dutch urban regions.
//!
//! The core (model, load, text, lookup, filter, matrix, search) knows no terminal; `cli` and
//! `tui` are thin layers over it.

pub mod load;
pub mod model;
