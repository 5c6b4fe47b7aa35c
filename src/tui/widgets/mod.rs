//! Parts any view may use.

pub mod text_field;

pub use text_field::{Edit, Edited, TextField};
