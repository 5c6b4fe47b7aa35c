//! One frame of the explorer: the Profielen view at 200x60 with an active search, and the
//! Kaart view at 200x60 and the Bron view at 200x60 with a quote highlighted, each drawn from
//! the app state into a buffer (target: median < 1 ms).
//!
//! `render` is the explorer's own work (clear the buffer, draw every pane); `draw` is what a
//! frame costs through ratatui's `Terminal::draw` on a test backend (render, then the diff
//! against the previous frame and the copy to the backend).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regioprofielen::i18n::Lang;
use regioprofielen::tui::action::Edit;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::View;
use regioprofielen::tui::{Action, App, ui};

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
/// A theme word that matches several regions in more than their names.
const QUERY: &str = "erfgoed";

/// The explorer at 200x60, in colour, with the search field open and `QUERY` typed.
fn app() -> App {
    let Ok(data) = regioprofielen::load::embedded() else {
        panic!("the embedded dataset does not load");
    };
    let mut app = App::with_palette(data, Lang::Nl, Palette::color());
    app.update(Action::Resize(WIDTH, HEIGHT));
    app.update(Action::SearchOpen);
    app.update(Action::Edit(Edit::Paste(QUERY.into())));
    assert!(app.search().is_filtering(), "the search is active");
    app
}

/// The explorer at 200x60, in colour, in the Bron view at the first key point of the first
/// profile (highlighted, with the margin's words beside it).
fn bron_app() -> App {
    let Ok(data) = regioprofielen::load::embedded() else {
        panic!("the embedded dataset does not load");
    };
    let source = regioprofielen::load::embedded_source();
    let mut app = App::with_palette(data, Lang::Nl, Palette::color()).with_source(Some(source));
    app.update(Action::Resize(WIDTH, HEIGHT));
    app.update(Action::Open);
    for _ in 0..4 {
        app.update(Action::Down);
    }
    app.update(Action::Cite);
    assert!(app.bron().mark.is_some(), "a quote is highlighted");
    app
}

/// The Kaart view at 200x60, in colour, on Twente: the outline is rasterised once for this
/// size (by `update`), so a frame paints its dots and the municipalities' glyphs.
fn map_app() -> App {
    let Ok(data) = regioprofielen::load::embedded() else {
        panic!("the embedded dataset does not load");
    };
    let mut app = App::with_palette(data, Lang::Nl, Palette::color());
    app.update(Action::Resize(WIDTH, HEIGHT));
    app.update(Action::ShowView(View::Map));
    app.update(Action::Down);
    app.update(Action::Down);
    assert!(
        app.map_state().raster.is_some(),
        "the outline is rasterised"
    );
    app
}

/// `render` and `draw` of one app state, in the benchmark group `group`.
fn bench_frames(c: &mut Criterion, group: &str, app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
    let mut g = c.benchmark_group(group);
    g.sample_size(50)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    g.bench_function("render", |b| {
        b.iter(|| {
            // A new frame starts from a cleared buffer, as in `Terminal::draw`.
            terminal.current_buffer_mut().reset();
            let mut frame = terminal.get_frame();
            ui::render(black_box(app), &mut frame);
        })
    });
    g.bench_function("draw", |b| {
        b.iter(|| {
            let drawn = terminal.draw(|frame| ui::render(black_box(app), frame));
            assert!(drawn.is_ok(), "drawing on a test backend");
        })
    });
    g.finish();
}

fn frame(c: &mut Criterion) {
    bench_frames(c, "frame_200x60_search", &app());
}

fn map_frame(c: &mut Criterion) {
    bench_frames(c, "frame_200x60_map", &map_app());
}

fn bron(c: &mut Criterion) {
    bench_frames(c, "frame_200x60_bron", &bron_app());
}

criterion_group!(benches, frame, map_frame, bron);
criterion_main!(benches);
