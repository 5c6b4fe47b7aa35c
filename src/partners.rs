//! Partners that several regions share (a municipality in two regions): found once for the
//! whole dataset, so naming "the other regions with this partner" is a look-up, not a walk
//! over every region for every partner.

use std::collections::HashMap;

use crate::model::Dataset;

/// How many other regions a partner's "also in" note names before it only counts the rest.
pub const NAMED_OTHERS: usize = 3;

/// For every partner of every region, the regions that share it (same name, same kind).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedPartners {
    /// `group[r][p]`: the group of region `r`'s partner `p`.
    group: Vec<Vec<u32>>,
    /// The regions of each group, in document order, each once.
    members: Vec<Vec<u32>>,
}

impl SharedPartners {
    /// Groups the partners of `data` in one pass.
    pub fn build(data: &Dataset) -> Self {
        let mut ids: HashMap<(&str, crate::model::PartnerKind), u32> = HashMap::new();
        let mut members: Vec<Vec<u32>> = Vec::new();
        let group = data
            .regions
            .iter()
            .enumerate()
            .map(|(r, region)| {
                let r = r as u32;
                region
                    .partners
                    .iter()
                    .map(|p| {
                        let next = members.len() as u32;
                        let id = *ids.entry((p.name.as_str(), p.kind)).or_insert(next);
                        if id == next {
                            members.push(Vec::new());
                        }
                        let list = &mut members[id as usize];
                        // A region that names a partner twice is one region that has it.
                        if list.last() != Some(&r) {
                            list.push(r);
                        }
                        id
                    })
                    .collect()
            })
            .collect();
        Self { group, members }
    }

    /// The regions other than `region` that have its partner number `partner`, in document
    /// order (nothing for indices out of range).
    pub fn others(&self, region: usize, partner: usize) -> impl ExactSizeIterator<Item = usize> {
        let all: &[u32] = self
            .group
            .get(region)
            .and_then(|g| g.get(partner))
            .map_or(&[], |&id| &self.members[id as usize]);
        // `region` is among `all` exactly once, or (out of range) not at all.
        let skip = all.iter().position(|&m| m as usize == region);
        let len = all.len() - usize::from(skip.is_some());
        Others {
            items: all.iter().enumerate(),
            skip,
            len,
        }
    }
}

struct Others<'a> {
    items: std::iter::Enumerate<std::slice::Iter<'a, u32>>,
    skip: Option<usize>,
    len: usize,
}

impl Iterator for Others<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        for (i, &m) in self.items.by_ref() {
            if Some(i) != self.skip {
                self.len -= 1;
                return Some(m as usize);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl ExactSizeIterator for Others<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_municipality_in_two_regions_names_the_other() {
        let data = crate::load::embedded().expect("embedded data");
        let shared = SharedPartners::build(&data);
        let flevo = data.region_index("flevoland").expect("Flevoland");
        let almere = data.regions[flevo]
            .partners
            .iter()
            .position(|p| p.name == "Almere")
            .expect("Almere is a partner of Flevoland");
        let others: Vec<&str> = shared
            .others(flevo, almere)
            .map(|r| data.regions[r].id.as_str())
            .collect();
        assert_eq!(others, ["mra"]);
        assert_eq!(shared.others(flevo, almere).len(), 1);
        assert_eq!(shared.others(999, 0).len(), 0);
    }

    #[test]
    fn agrees_with_a_walk_over_every_region() {
        let data = crate::r#gen::generate(300, 7);
        let shared = SharedPartners::build(&data);
        for (r, region) in data.regions.iter().enumerate() {
            for (p, partner) in region.partners.iter().enumerate() {
                let walked: Vec<usize> = data
                    .regions
                    .iter()
                    .enumerate()
                    .filter(|(o, other)| {
                        *o != r
                            && other
                                .partners
                                .iter()
                                .any(|q| q.kind == partner.kind && q.name == partner.name)
                    })
                    .map(|(o, _)| o)
                    .collect();
                assert_eq!(shared.others(r, p).collect::<Vec<_>>(), walked);
            }
        }
    }
}
