//! Every binding of the key table, pressed through the program's own input path (its bytes,
//! the frame decoder, the run loop, the key table, `update`, a frame drawn) in every state
//! where it applies, with its documented effect checked. A binding that does nothing in a
//! state is listed below as doing nothing there, and checked to change nothing.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::drive::{self, Driver};
use regioprofielen::tui::keymap::{Key, KeyContext, Mode, TABLE};
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::{Focus, View};
use regioprofielen::tui::{Action, App};
use tui_support::data;

/// A state to press keys in: how to reach it from a fresh start, at which size.
struct Setup {
    name: &'static str,
    size: (u16, u16),
    keys: &'static [&'static [u8]],
}

/// Every mode, view and pane, each reached by keys, with a theme chosen and a region
/// marked (so that clearing them does something), away from the ends of its lists and
/// texts (so that a move can move).
const SETUPS: &[Setup] = &[
    Setup {
        name: "regions",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"jj"],
    },
    Setup {
        name: "filter",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"\t", b"j"],
    },
    Setup {
        name: "profile",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"jj\r", b"\x1b[6~"],
    },
    Setup {
        name: "matrix",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"2", b"jjll"],
    },
    Setup {
        name: "compare",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"j j ", b"3", b"jjjj"],
    },
    Setup {
        name: "sections",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"4", b"j"],
    },
    Setup {
        name: "section text",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"4", b"jj\t", b"\x1b[6~"],
    },
    Setup {
        name: "bron",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"5", b"\x1b[6~"],
    },
    Setup {
        name: "map",
        size: (80, 24),
        keys: &[b"\t \x1b[Z ", b"6", b"jj"],
    },
    Setup {
        name: "search",
        size: (80, 24),
        keys: &[b"/stedelijk", b"\x1b[B\x1b[D\x1b[D"],
    },
    Setup {
        name: "search in matrix",
        size: (80, 24),
        keys: &[b"2/stedelijk", b"\x1b[B\x1b[D"],
    },
    Setup {
        name: "bron search",
        size: (80, 24),
        keys: &[b"5/erfgoed", b"\x1b[B\x1b[D"],
    },
    Setup {
        name: "help",
        size: (80, 24),
        keys: &[b"?", b"jj"],
    },
    Setup {
        name: "too small",
        size: (30, 8),
        keys: &[],
    },
];

/// Bindings documented as doing nothing in a state: (state, action, why).
const DOES_NOTHING: &[(&str, Action, &str)] = &[
    (
        "regions",
        Action::ShowView(View::Profiles),
        "the view shows already",
    ),
    (
        "filter",
        Action::ShowView(View::Profiles),
        "the view shows already",
    ),
    (
        "profile",
        Action::ShowView(View::Profiles),
        "the view shows already",
    ),
    (
        "matrix",
        Action::ShowView(View::Matrix),
        "the view shows already",
    ),
    (
        "compare",
        Action::ShowView(View::Compare),
        "the view shows already",
    ),
    (
        "sections",
        Action::ShowView(View::Context),
        "the view shows already",
    ),
    (
        "section text",
        Action::ShowView(View::Context),
        "the view shows already",
    ),
    (
        "bron",
        Action::ShowView(View::Source),
        "the view shows already",
    ),
    ("map", Action::ShowView(View::Map), "the view shows already"),
    ("matrix", Action::NextPane, "the view has one pane"),
    ("matrix", Action::PrevPane, "the view has one pane"),
    ("compare", Action::NextPane, "the view has one pane"),
    ("compare", Action::PrevPane, "the view has one pane"),
    ("bron", Action::NextPane, "the view has one pane"),
    ("bron", Action::PrevPane, "the view has one pane"),
    ("map", Action::NextPane, "the view has one pane"),
    ("map", Action::PrevPane, "the view has one pane"),
    ("regions", Action::Back, "no search, nothing to go back to"),
    ("filter", Action::Back, "no search, nothing to go back to"),
    ("matrix", Action::Back, "no search, nothing to go back to"),
    ("compare", Action::Back, "no search, nothing to go back to"),
    ("sections", Action::Back, "no search, nothing to go back to"),
    (
        "bron",
        Action::Back,
        "opened by its number: no quote to leave, no view to return to",
    ),
    ("map", Action::Back, "no search, nothing to go back to"),
    ("profile", Action::Open, "the profile is open"),
    ("section text", Action::Open, "the text is open"),
    ("regions", Action::Left, "no pane to the left"),
    ("filter", Action::Left, "no pane to the left"),
    ("sections", Action::Left, "no pane to the left"),
    ("profile", Action::Right, "no pane to the right"),
    ("section text", Action::Right, "no pane to the right"),
    (
        "compare",
        Action::Left,
        "all compared regions fit: none further left",
    ),
    (
        "bron",
        Action::Left,
        "the text is wrapped: nothing to the side",
    ),
    (
        "bron",
        Action::Right,
        "the text is wrapped: nothing to the side",
    ),
    ("map", Action::Left, "the map has no columns"),
    ("map", Action::Right, "the map has no columns"),
    ("help", Action::Left, "the help has no columns"),
    ("help", Action::Right, "the help has no columns"),
    (
        "bron search",
        Action::MarkResult,
        "the document's hits are passages, not regions",
    ),
];

fn start(setup: &Setup) -> Driver {
    let app = App::with_palette(data(), Lang::Nl, Palette::no_color())
        .with_source(Some(regioprofielen::load::embedded_source()));
    let mut d = Driver::new(app, setup.size.0, setup.size.1);
    for keys in setup.keys {
        d.feed(keys);
    }
    d
}

/// The bytes a terminal sends for a key of the table.
fn bytes_of(key: Key) -> Vec<u8> {
    match key {
        Key::Code(code) => drive::key_bytes(code, KeyModifiers::NONE),
        Key::Ctrl(c) => drive::key_bytes(KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Text => "é".as_bytes().to_vec(),
    }
}

/// The index in the table of the binding a key resolves to here: the first in scope order.
fn resolved(key: Key, ctx: &KeyContext) -> Option<usize> {
    let ev = match key {
        Key::Code(code) => (code, KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Text => (KeyCode::Char('é'), KeyModifiers::NONE),
    };
    let mut event = ratatui::crossterm::event::KeyEvent::new(ev.0, ev.1);
    event.kind = ratatui::crossterm::event::KeyEventKind::Press;
    ctx.scopes().into_iter().find_map(|scope| {
        TABLE
            .iter()
            .position(|b| b.scope == scope && b.keys.iter().any(|k| k.matches(&event)))
    })
}

/// What a person can see or get: the screen, the files and copies asked for, whether the
/// program is still there, the status message.
fn seen(d: &Driver) -> (Vec<String>, Option<(u16, u16)>, usize, bool, usize) {
    (
        d.screen(),
        d.cursor(),
        d.app().effects().len(),
        d.has_quit(),
        d.suspends(),
    )
}

/// The documented effect of `action` in this state, checked on the state after; `Err` says
/// what is wrong.
fn check(action: &Action, ctx: &KeyContext, before: &App, after: &Driver) -> Result<(), String> {
    let a = after.app();
    let ok = |cond: bool, what: &str| if cond { Ok(()) } else { Err(what.to_string()) };
    match action {
        Action::Quit => ok(after.has_quit(), "quits"),
        Action::Suspend => ok(after.suspends() == 1, "suspends once"),
        Action::ShowView(v) => ok(a.view() == *v, "shows the view"),
        Action::NextPane | Action::PrevPane => ok(
            a.focus() != before.focus(),
            "moves the focus to another pane",
        ),
        Action::ToggleHelp => ok(
            a.help_scroll().is_some() != before.help_scroll().is_some(),
            "opens or closes the help",
        ),
        Action::SearchOpen => ok(a.key_context().mode == Mode::Search, "opens a search field"),
        Action::SearchCancel | Action::SearchAccept | Action::SearchToList => {
            ok(a.key_context().mode != Mode::Search, "closes the field")
        }
        Action::Export | Action::Copy => ok(a.effects().len() == 1, "asks for one file or copy"),
        Action::ToggleMark => ok(
            a.marks() != before.marks() || a.message().is_some(),
            "mark or unmark, or say why not",
        ),
        Action::ClearMarks => ok(a.marks().is_empty(), "no marks are left"),
        Action::ToggleTheme => ok(a.filter() != before.filter(), "the filter changes"),
        Action::ToggleMode | Action::ClearFilter | Action::ToggleGeneral => {
            ok(a.filter() != before.filter(), "the filter changes")
        }
        Action::CycleSort => ok(a.sort() != before.sort(), "the order changes"),
        Action::NextHit | Action::PrevHit => ok(
            a.bron().find.current != before.bron().find.current || a.message().is_some(),
            "show another hit, or say why not",
        ),
        Action::Cite => ok(
            a.view() == View::Source || a.message().is_some(),
            "open the document, or say why not",
        ),
        Action::Open if ctx.focus == Focus::Sections => {
            ok(a.focus() == Focus::SectionText, "opens the text")
        }
        Action::Open => ok(
            a.focus() == Focus::Detail && a.view() == View::Profiles,
            "opens the profile",
        ),
        Action::Back => ok(
            a.focus() != before.focus()
                || a.view() != before.view()
                || a.search().is_filtering() != before.search().is_filtering(),
            "goes back a step",
        ),
        Action::Edit(_) => Ok(()),
        _ => Ok(()),
    }
}

#[test]
fn every_binding_does_what_it_says_through_the_input_path() {
    let mut covered = vec![false; TABLE.len()];
    let mut failures = Vec::new();
    for setup in SETUPS {
        let base = start(setup);
        let ctx = base.app().key_context();
        for (i, binding) in TABLE.iter().enumerate() {
            for &key in binding.keys {
                if resolved(key, &ctx) != Some(i) {
                    continue;
                }
                covered[i] = true;
                let mut d = start(setup);
                let before = d.app().clone();
                let was = seen(&d);
                d.feed(&bytes_of(key));
                let label = format!("{} · {:?} · {:?}", setup.name, key, binding.action);
                let listed = DOES_NOTHING
                    .iter()
                    .find(|(s, a, _)| *s == setup.name && *a == binding.action);
                if let Some((_, _, why)) = listed {
                    if seen(&d) != was {
                        failures.push(format!(
                            "{label}: listed as doing nothing ({why}), but acts"
                        ));
                    }
                    continue;
                }
                if seen(&d) == was {
                    failures.push(format!("{label}: nothing changes"));
                    continue;
                }
                if let Err(what) = check(&binding.action, &ctx, &before, &d) {
                    failures.push(format!("{label}: should {what}"));
                }
            }
        }
    }
    let missed: Vec<String> = TABLE
        .iter()
        .zip(&covered)
        .filter(|(_, c)| !**c)
        .map(|(b, _)| format!("{:?} {:?}", b.scope, b.action))
        .collect();
    assert!(missed.is_empty(), "bindings never pressed: {missed:#?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
