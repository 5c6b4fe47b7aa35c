//! Search benchmarks: index build and one keystroke (search + rank + hits), on the embedded
//! data and on generated datasets of 1,000 and 10,000 regions.
//!
//! Targets (medians): keystroke on embedded data < 200 µs; build on embedded data < 2 ms;
//! keystroke on 10,000 regions < 16 ms (one frame). Loading the embedded data is measured
//! too, as it comes before every search from the command line.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use regioprofielen::r#gen::generate;
use regioprofielen::load;
use regioprofielen::search::Index;

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

criterion_group!(benches, embedded, generated);
criterion_main!(benches);
