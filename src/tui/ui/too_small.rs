//! The message shown instead of the interface when the terminal is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::wrap::{Para, wrap_all};

/// Draws the message, centred, as much of it as fits.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let need = tt
        .too_small_need
        .replace("{w}", &MIN_WIDTH.to_string())
        .replace("{h}", &MIN_HEIGHT.to_string())
        .replace("{cw}", &area.width.to_string())
        .replace("{ch}", &area.height.to_string());
    let quit = keymap::hints(&app.key_context(), tt)
        .into_iter()
        .next()
        .map_or_else(String::new, |(keys, _)| keys);
    let paras = [
        Para::styled(tt.too_small, p.warning),
        Para::styled(need, p.text),
        Para::styled(tt.too_small_quit.replace("{quit}", &quit), p.dim),
    ];
    let lines = wrap_all(&paras, usize::from(area.width));
    let h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let top = area.y + area.height.saturating_sub(h) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
        if y >= area.bottom() {
            break;
        }
        let x = area.x
            + area
                .width
                .saturating_sub(u16::try_from(line.width()).unwrap_or(0))
                / 2;
        buf.set_line(x, y, line, area.width);
    }
}
