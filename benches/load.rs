//! Loading large data files, as `--data FILE` and `validate` do before anything else: parse
//! the RON, clean every text, check every rule.
//!
//! - 10,000 and 100,000 minimal regions (`gen::minimal_ron`: about 1.6 and 16 MB, the latter
//!   just under the 16 MiB limit): the most regions a file can hold.
//! - 2,000 regions of realistic size (`gen::generate`, about 6 MB): partners, key points,
//!   notes, aliases and theme tags as long and as many as in the real profiles.
//!
//! Target (median): 100,000 regions in under 1 s.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regioprofielen::r#gen::{generate, minimal_ron};
use regioprofielen::load;

fn bench_text(c: &mut Criterion, group: &str, cases: &[(usize, String)]) {
    let mut g = c.benchmark_group(group);
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (n, text) in cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| match load::from_str(black_box(text), "bench.ron") {
                Ok(d) => d.regions.len(),
                Err(e) => panic!("the generated data does not load: {e}"),
            })
        });
    }
    g.finish();
}

fn large_files(c: &mut Criterion) {
    let minimal: Vec<(usize, String)> = [10_000, 100_000]
        .into_iter()
        .map(|n| (n, minimal_ron(n, 42)))
        .collect();
    bench_text(c, "load_minimal", &minimal);
    let realistic = match ron::ser::to_string(&generate(2_000, 42)) {
        Ok(t) => t,
        Err(e) => panic!("the generated data does not serialise: {e}"),
    };
    bench_text(c, "load_realistic", &[(2_000, realistic)]);
}

criterion_group!(benches, large_files);
criterion_main!(benches);
