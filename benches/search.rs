//! Search benchmarks: index build and one keystroke (search + rank + hits), on the embedded
//! data and on generated datasets of 1,000 and 10,000 regions.
//!
//! Targets (medians): keystroke on embedded data < 200 µs; build on embedded data < 2 ms;
//! keystroke on 10,000 regions < 16 ms (one frame). Loading the embedded data is measured
//! too, as it comes before every search from the command line; and the work on the source
//! text: the places located at build time read back, the same located at load time (a data
//! file with its source text), the Bron view's layout of it, and its search.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use regioprofielen::r#gen::generate;
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::search::Index;
use regioprofielen::source::{Passages, Source};
use regioprofielen::tui::bron::Sheet;

/// What people type: a partner, an alias, a theme, a word with a diacritic, a prefix, one
/// letter, a typo.
const QUERIES: &[&str] = &[
    "hengelo",
    "den bosch",
    "internationalisering",
    "loss",
    "talent",
    "a",
    "enschde",
];
/// How many hits a viewer asks for.
const LIMIT: usize = 50;

fn embedded(c: &mut Criterion) {
    let Ok(data) = load::embedded() else {
        panic!("the embedded dataset does not load");
    };
    let mut g = c.benchmark_group("embedded");
    g.sample_size(50)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    // Loading comes before every search from the command line: the compact form made at
    // build time, and for comparison the RON text it is made from (what `--data` parses).
    g.bench_function("load", |b| b.iter(load::embedded));
    g.bench_function("load_ron", |b| {
        b.iter(|| load::from_str(black_box(load::EMBEDDED_RON), load::EMBEDDED_NAME))
    });
    g.bench_function("build", |b| b.iter(|| Index::build(black_box(&data))));
    // What a command gets for the built-in data: the index made at build time, after the
    // check that the data is the built-in data.
    g.bench_function("index_made_at_build", |b| {
        b.iter(|| load::index(black_box(&data)))
    });
    let index = Index::build(&data);
    for q in QUERIES {
        g.bench_with_input(BenchmarkId::new("keystroke", q), q, |b, q| {
            b.iter(|| index.search(black_box(q), LIMIT))
        });
    }
    g.finish();
}

fn generated(c: &mut Criterion) {
    for regions in [1_000, 10_000] {
        let data = generate(regions, 42);
        let mut g = c.benchmark_group(format!("generated_{regions}"));
        // Ten builds of 10,000 regions take over three seconds; keystrokes need less.
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_millis(regions as u64 / 2 + 500));
        g.bench_function("build", |b| b.iter(|| Index::build(black_box(&data))));
        g.measurement_time(Duration::from_millis(1500));
        let index = Index::build(&data);
        for q in QUERIES {
            g.bench_with_input(BenchmarkId::new("keystroke", q), q, |b, q| {
                b.iter(|| index.search(black_box(q), LIMIT))
            });
        }
        g.finish();
    }
}

fn source(c: &mut Criterion) {
    let Ok(data) = load::embedded() else {
        panic!("the embedded dataset does not load");
    };
    let text = load::EMBEDDED_SOURCE_TEXT;
    let mut g = c.benchmark_group("source");
    g.sample_size(30)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    g.bench_function("embedded", |b| b.iter(load::embedded_source));
    g.bench_function("locate", |b| {
        b.iter(|| Source::locate("bron.txt", black_box(text), black_box(&data)))
    });
    let src = load::embedded_source();
    let (t, tt) = (Lang::Nl.texts(), Lang::Nl.tui());
    g.bench_function("sheet", |b| {
        b.iter(|| Sheet::new(black_box(&src), &data, t, tt))
    });
    g.bench_function("passages", |b| b.iter(|| Passages::build(black_box(&src))));
    let passages = Passages::build(&src);
    for q in ["erfgoed", "station noord", "a"] {
        g.bench_with_input(BenchmarkId::new("keystroke", q), q, |b, q| {
            b.iter(|| passages.search(&src, black_box(q)))
        });
    }
    g.finish();
}

criterion_group!(benches, embedded, generated, source);
criterion_main!(benches);
