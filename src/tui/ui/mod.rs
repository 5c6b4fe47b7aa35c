//! Drawing: one file per pane, each drawing from `&App` into the areas of
//! [`crate::tui::layout::compute`]. Nothing here changes the state.

mod bron;
mod compare;
mod context;
mod coverage;
mod filter;
mod help;
mod map;
mod matrix;
mod pane;
mod profile;
mod regions;
mod status;
mod tabs;
mod too_small;

use ratatui::Frame;

use super::app::App;
use super::layout;
use super::view::View;

/// Draws the whole interface.
pub fn render(app: &App, frame: &mut Frame) {
    let areas = layout::compute(app, frame.area());
    let buf = frame.buffer_mut();
    if areas.too_small {
        too_small::render(app, areas.screen, buf);
        return;
    }
    tabs::render(app, &areas, buf);
    match app.view() {
        View::Profiles => {
            regions::render(app, areas.regions, buf);
            filter::render(app, &areas, buf);
            profile::render(app, areas.detail, buf);
        }
        View::Matrix => matrix::render(app, &areas.matrix, buf),
        View::Compare => compare::render(app, &areas, buf),
        View::Context => context::render(app, &areas, buf),
        View::Map => map::render(app, &areas.map, buf),
        View::Source => bron::render(app, areas.source, buf),
    }
    let cursor = status::render(app, areas.status, buf);
    if app.help_scroll().is_some() {
        help::render(app, areas.help, buf);
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}
