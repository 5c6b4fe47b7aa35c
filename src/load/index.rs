//! The search index of a dataset, made at build time for the built-in data: building it is
//! most of what a short command such as `search` spends after starting, and the built-in
//! data is known when the program is built. Any other data gets its index built as it loads.

use super::EMBEDDED_COMPACT;
use crate::model::Dataset;
use crate::search::Index;

/// The built-in data's search index, made by the build script (`src/build.rs`) with the
/// same code as [`Index::build`].
static EMBEDDED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// The search index of `data`: the one made at build time when `data` is the built-in data
/// (to the byte: its compact form is the one compiled in), else built now.
pub fn index(data: &Dataset) -> Index {
    let built_in = postcard::to_allocvec(data).is_ok_and(|bytes| bytes == EMBEDDED_COMPACT);
    if built_in {
        if let Ok(index) = postcard::from_bytes::<Index>(EMBEDDED_INDEX) {
            return index;
        }
    }
    Index::build(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_made_at_build_time_is_the_one_built_now() {
        let data = crate::load::embedded().expect("the built-in data");
        let made: Index = postcard::from_bytes(EMBEDDED_INDEX).expect("the build's index decodes");
        let now = Index::build(&data);
        let bytes = |i: &Index| postcard::to_allocvec(i).expect("an index encodes");
        assert_eq!(bytes(&made), bytes(&now));
        // And it answers the same.
        for q in [
            "hengelo",
            "route oost",
            "musea",
            "denhaag",
            "raad voor cultuur",
        ] {
            assert_eq!(index(&data).search(q, 20), now.search(q, 20), "{q}");
        }
    }

    #[test]
    fn other_data_gets_its_own_index() {
        let mut data = crate::load::embedded().expect("the built-in data");
        data.regions[0].key_points[0]
            .text
            .push_str(" wereldwijdzoekwoord");
        let hits = index(&data).search("wereldwijdzoekwoord", 5);
        assert_eq!(hits.len(), 1);
    }
}
