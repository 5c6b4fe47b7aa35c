//! Every command grows in proportion to the data, not faster: counted in what can be counted
//! exactly (bytes and blocks of memory allocated, bytes written), on generated datasets of
//! n and 4n regions. Time is for the benchmarks (`cargo bench --bench load`), not for tests.
//!
//! The worst shapes are included: every region naming the same municipality (whose "also
//! in" notes once listed every other region) and every region with the same alias.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use regioprofielen::cli::{self, Command, Ctx, ExportFormat, MatrixFormat, Style};
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::model::{Alias, Dataset, Partner, PartnerKind};

/// Counts what this thread allocates (tests run on threads of their own).
struct Counting;

thread_local! {
    static BYTES: Cell<u64> = const { Cell::new(0) };
    static BLOCKS: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn count(bytes: usize) {
    // `try_with`: nothing to count while the thread is being torn down.
    let _ = BYTES.try_with(|b| b.set(b.get() + bytes as u64));
    let _ = BLOCKS.try_with(|b| b.set(b.get() + 1));
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What one run cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    bytes: u64,
    blocks: u64,
    output: u64,
}

fn measure(f: impl FnOnce() -> u64) -> Cost {
    let before = (BYTES.with(Cell::get), BLOCKS.with(Cell::get));
    let output = f();
    Cost {
        bytes: BYTES.with(Cell::get) - before.0,
        blocks: BLOCKS.with(Cell::get) - before.1,
        output,
    }
}

/// Growing the data four times may grow each count at most this many times (linear is 4;
/// the margin is for hash tables and vectors that double, and sorting's log factor).
const LIMIT: f64 = 6.0;

fn assert_linear(what: &str, small: Cost, large: Cost) {
    for (name, a, b) in [
        ("bytes allocated", small.bytes, large.bytes),
        ("allocations", small.blocks, large.blocks),
        ("bytes written", small.output, large.output),
    ] {
        let ratio = b as f64 / a.max(1) as f64;
        assert!(
            ratio <= LIMIT,
            "{what}: {name} grew {ratio:.1} times ({a} -> {b}) for 4 times the data"
        );
    }
}

/// Generated data, with every region also naming Hengelo and having the alias "Den Hengel".
fn worst(n: usize) -> Dataset {
    let mut d = regioprofielen::r#gen::generate(n, 11);
    for r in &mut d.regions {
        r.partners.push(Partner {
            name: "Hengelo".into(),
            kind: PartnerKind::Municipality,
        });
        r.aliases.push(Alias {
            name: "Den Hengel".into(),
            refers_to: "Hengelo".into(),
        });
    }
    assert!(load::validate(&d).is_empty());
    d
}

fn commands() -> Vec<(&'static str, Command)> {
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (
            "list",
            Command::List {
                themes: words(&["erfgoed"]),
                any: true,
                general: false,
                route_oost: false,
            },
        ),
        ("themes", Command::Themes),
        (
            "show",
            Command::Show {
                region: words(&["regio-7"]),
            },
        ),
        (
            "where",
            Command::Where {
                name: words(&["Hengelo"]),
            },
        ),
        (
            "where alias",
            Command::Where {
                name: words(&["den", "hengel"]),
            },
        ),
        (
            "where unknown",
            Command::Where {
                name: words(&["Xyzzyvoort"]),
            },
        ),
        (
            "compare",
            Command::Compare {
                regions: words(&["regio-1", "regio-2", "regio-3"]),
            },
        ),
        (
            "search",
            Command::Search {
                query: words(&["cultuur", "regio"]),
                limit: std::num::NonZeroUsize::new(20).expect("not zero"),
            },
        ),
        (
            "matrix text",
            Command::Matrix {
                format: MatrixFormat::Text,
            },
        ),
        (
            "matrix csv",
            Command::Matrix {
                format: MatrixFormat::Csv,
            },
        ),
        (
            "matrix md",
            Command::Matrix {
                format: MatrixFormat::Md,
            },
        ),
        (
            "matrix json",
            Command::Matrix {
                format: MatrixFormat::Json,
            },
        ),
        ("export json", export(ExportFormat::Json)),
        ("export ron", export(ExportFormat::Ron)),
        ("export md", export(ExportFormat::Md)),
        ("export csv", export(ExportFormat::Csv)),
    ]
}

fn export(format: ExportFormat) -> Command {
    Command::Export {
        format: Some(format),
        output: None,
    }
}

fn run(data: &Dataset, command: &Command) -> u64 {
    let ctx = Ctx {
        data,
        source: None,
        t: Lang::Nl.texts(),
        style: Style::plain(),
        json: false,
    };
    let mut out = Vec::new();
    cli::run(&ctx, command, &mut out).expect("the command runs");
    out.len() as u64
}

#[test]
fn every_command_grows_with_the_data() {
    let (small, large) = (worst(400), worst(1_600));
    for (name, command) in commands() {
        let a = measure(|| run(&small, &command));
        let b = measure(|| run(&large, &command));
        assert_linear(name, a, b);
    }
}

#[test]
fn loading_grows_with_the_file() {
    let texts: Vec<String> = [500, 2_000]
        .iter()
        .map(|&n| {
            ron::ser::to_string_pretty(&worst(n), ron::ser::PrettyConfig::default())
                .expect("serialises")
        })
        .collect();
    let costs: Vec<Cost> = texts
        .iter()
        .map(|text| {
            measure(|| {
                let d = load::from_str(text, "g.ron").expect("loads");
                d.regions.len() as u64
            })
        })
        .collect();
    assert_linear("loading", costs[0], costs[1]);
}

#[test]
fn a_municipality_in_every_region_does_not_multiply_the_markdown() {
    // Before, each of n regions listed the n - 1 others: n² names.
    let d = worst(1_000);
    let md = regioprofielen::export::dataset_md(&d, None, Lang::Nl.texts());
    let per_region = md.len() / d.regions.len();
    assert!(per_region < 8_000, "{per_region} bytes per region");
    assert!(md.contains("Hengelo (ook "), "the note is still there");
    assert!(md.contains(" en 996 andere)"), "and counts the rest");
}
