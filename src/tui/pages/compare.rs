//! The comparison view: for now, what it will do and what to use meanwhile.

use crate::tui::app::App;
use crate::tui::wrap::Para;

/// The explanation shown in the comparison view.
pub fn paras(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let mut out = vec![Para::styled(tt.compare_title, p.heading), Para::blank()];
    for text in tt.compare_body {
        out.push(Para::styled(*text, p.text));
        out.push(Para::blank());
    }
    out.pop();
    out
}
