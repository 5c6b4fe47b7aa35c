//! The key help, generated from the key table.

use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap::{Scope, TABLE};
use crate::tui::wrap::Para;

/// Every binding, grouped by where it applies, then a word on the mouse.
pub fn paras(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let key_w = TABLE
        .iter()
        .map(|b| b.label(tt).width())
        .max()
        .unwrap_or(8)
        .min(16);
    let mut out = Vec::new();
    let mut group = "";
    for scope in Scope::HELP_ORDER {
        for b in TABLE.iter().filter(|b| b.scope == scope) {
            if scope.group(tt) != group {
                group = scope.group(tt);
                if !out.is_empty() {
                    out.push(Para::blank());
                }
                out.push(Para::styled(group, p.heading));
            }
            let label = b.label(tt);
            let pad = key_w.saturating_sub(label.width());
            out.push(
                Para::styled((b.help)(tt), p.text)
                    .prefixed(vec![Span::styled(
                        format!("  {label}{} ", " ".repeat(pad)),
                        p.key,
                    )])
                    .indented(0, key_w + 3),
            );
        }
    }
    out.push(Para::blank());
    out.push(Para::styled(tt.help_mouse_heading, p.heading));
    out.push(Para::styled(tt.help_mouse, p.text).indented(2, 2));
    out
}
