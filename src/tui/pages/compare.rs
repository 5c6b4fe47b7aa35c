//! The comparison view: for now, what it will do and what to use meanwhile.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::label_for;
use crate::tui::view::{Focus, View};
use crate::tui::wrap::Para;

/// The explanation shown in the comparison view.
pub fn paras(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let mut out = vec![Para::styled(tt.compare_title, p.heading), Para::blank()];
    // Keys are named from the key table, so the text cannot name a wrong one.
    let key = |a: Action, v: View, f: Focus| label_for(&a, v, f, tt);
    for text in tt.compare_body {
        let text = text
            .replace(
                "{matrix}",
                &key(
                    Action::ShowView(View::Matrix),
                    View::Compare,
                    Focus::Compare,
                ),
            )
            .replace(
                "{toggle}",
                &key(Action::ToggleTheme, View::Matrix, Focus::Matrix),
            )
            .replace(
                "{sort}",
                &key(Action::CycleSort, View::Matrix, Focus::Matrix),
            );
        out.push(Para::styled(text, p.text));
        out.push(Para::blank());
    }
    out.pop();
    out
}
