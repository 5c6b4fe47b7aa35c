//! What the views show of a selection of regions: the marks and the comparison they make,
//! the matrix's lines when grouped, and an account of why regions are hidden. Read-only views
//! of [`App`]; nothing here changes the state.

use super::app::{App, Message};
use super::effect::Effect;
use crate::filter::Mode;
use crate::matrix::Comparison;

/// One line of the matrix's row area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixLine {
    /// When grouped, the line where the regions outside ROUTE OOST start: their label and
    /// how many they are.
    Divider {
        /// How many regions follow in the group.
        count: usize,
    },
    /// A region's row.
    Region(usize),
}

impl App {
    /// The marked regions, in the order they were marked.
    pub fn marks(&self) -> &[usize] {
        &self.marks
    }

    /// Whether region `r` is marked.
    pub fn is_marked(&self, r: usize) -> bool {
        self.marks.contains(&r)
    }

    /// The marked regions that pass the filter and the search, in the order they were
    /// marked: the regions the comparison shows.
    pub fn compared(&self) -> Vec<usize> {
        let visible = self.visible_regions();
        self.marks
            .iter()
            .copied()
            .filter(|r| visible.contains(r))
            .collect()
    }

    /// The comparison of [`App::compared`].
    pub fn comparison(&self) -> Comparison {
        self.matrix.compare(&self.compared())
    }

    /// The first compared region shown when not all fit side by side.
    pub fn compare_col(&self) -> usize {
        self.compare.col
    }

    /// Whether the matrix groups the ROUTE OOST regions first.
    pub fn grouped(&self) -> bool {
        self.table.grouped
    }

    /// The user's choice for the coverage chart (`None`: shown where it fits).
    pub fn chart_choice(&self) -> Option<bool> {
        self.table.chart
    }

    /// The status-bar message of the last action, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The effects queued for the event loop.
    pub fn effects(&self) -> &[Effect] {
        &self.effects
    }

    /// Takes the queued effects. The event loop performs them and reports each outcome back
    /// through [`App::update`]; emptying the queue is bookkeeping, not a state change the
    /// screen depends on.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The lines of the matrix's row area: the rows, and when the ROUTE OOST regions are
    /// grouped a divider line where the other regions start. The label of the group at the
    /// top stands in the header line instead ([`App::matrix_top_group`]), which saves the
    /// line that lets all fifteen rows fit at 80x24.
    pub fn matrix_lines(&self) -> Vec<MatrixLine> {
        let rows = self.matrix_rows();
        let route = self.route_oost_rows(&rows);
        let mut out = Vec::with_capacity(rows.len() + 1);
        for (i, &r) in rows.iter().enumerate() {
            if self.table.grouped && i == route && route > 0 {
                out.push(MatrixLine::Divider {
                    count: rows.len() - route,
                });
            }
            out.push(MatrixLine::Region(r));
        }
        out
    }

    /// When grouped, the group of the top line shown (a divider belongs to the group above
    /// it): whether it is ROUTE OOST, and its size.
    pub fn matrix_top_group(&self) -> Option<(bool, usize)> {
        if !self.table.grouped {
            return None;
        }
        let rows = self.matrix_rows();
        let route = self.route_oost_rows(&rows);
        let top = match self.matrix_lines().get(self.table.row_offset) {
            Some(MatrixLine::Region(r)) => self.data.regions[*r].route_oost,
            Some(MatrixLine::Divider { .. }) => true,
            None => return None,
        };
        Some(if top {
            (true, route)
        } else {
            (false, rows.len() - route)
        })
    }

    /// How many of `rows` are ROUTE OOST regions.
    fn route_oost_rows(&self, rows: &[usize]) -> usize {
        rows.iter()
            .filter(|&&r| self.data.regions[r].route_oost)
            .count()
    }

    /// Why regions are hidden, for the status bar: "6 van 15 regio's · filter: Erfgoed +
    /// Internationalisering (alle) · zoek: 'x'"; `None` when nothing is hidden by choice.
    /// `brief` names the number of themes instead of the themes.
    pub fn shown_account(&self, brief: bool) -> Option<String> {
        let w = self.tt().work;
        let f = &self.filter;
        if !f.is_active() && !self.search.is_filtering() {
            return None;
        }
        let mut parts = vec![w.shown.with(
            self.data.regions.len(),
            &[("shown", &self.visible_regions().len().to_string())],
        )];

        if f.is_active() {
            let mode = match f.mode {
                Mode::All => self.tt().mode_all,
                Mode::Any => self.tt().mode_any,
            };
            let themes = if brief {
                w.n_themes.of(f.chosen().count())
            } else {
                let names: Vec<&str> = f
                    .chosen()
                    .filter_map(|t| self.data.themes.get(t))
                    .map(|t| short_label(self.texts().theme_label(t)))
                    .collect();
                names.join(" + ")
            };
            parts.push(format!("{}: {themes} ({mode})", self.tt().status_filter));
        }
        if self.search.is_filtering() {
            parts.push(format!("{}: '{}'", w.search, self.search.query().trim()));
        }
        if f.is_active() {
            // Whether ○ cells count, always said: the same themes pass other regions then.
            let marks = self.texts().marks;
            parts.push(
                if f.general {
                    marks.filter_general
                } else {
                    marks.filter_own
                }
                .to_string(),
            );
        }
        Some(parts.join(" · "))
    }
}

pub use crate::text::short_label;

#[cfg(test)]
mod tests {
    use super::short_label;

    #[test]
    fn short_labels_keep_the_first_part() {
        assert_eq!(short_label("Erfgoed, identiteit en verhalen"), "Erfgoed");
        assert_eq!(short_label("Vernieuwing en experiment"), "Vernieuwing");
        assert_eq!(short_label("Internationalisering"), "Internationalisering");
        assert_eq!(short_label("Heritage, identity and stories"), "Heritage");
    }
}
