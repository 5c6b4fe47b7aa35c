//! The key table drives the keys, the help and the hints: check that they agree.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::action::Edit;
use regioprofielen::tui::keymap::{self, Key, KeyContext, Mode, Scope, TABLE};
use regioprofielen::tui::pages;
use regioprofielen::tui::view::View;
use tui_support::*;

#[test]
fn the_help_lists_every_binding_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let a = in_lang(lang, 120, 40);
        let help: Vec<String> = pages::help_lines(&a, 200)
            .iter()
            .map(|l| l.to_string())
            .collect();
        for b in TABLE {
            let text = (b.help)(lang.tui());
            // The whole text ends its line ("down" alone is also in "Markdown").
            let line = help
                .iter()
                .find(|l| l.trim_end().ends_with(text))
                .unwrap_or_else(|| panic!("{text:?} is not in the help"));
            assert!(line.contains(&b.label(lang.tui())), "{line:?}");
        }
    }
}

#[test]
fn no_key_is_bound_twice_in_one_scope() {
    for scope in Scope::HELP_ORDER {
        let keys: Vec<Key> = TABLE
            .iter()
            .filter(|b| b.scope == scope)
            .flat_map(|b| b.keys.iter().copied())
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k:?} twice in {scope:?}");
        }
    }
}

#[test]
fn every_hint_is_a_binding_active_in_its_context() {
    let t = Lang::Nl.tui();
    for mode in [Mode::Normal, Mode::Search, Mode::Help, Mode::TooSmall] {
        for view in View::ALL {
            for &focus in view.panes() {
                let ctx = KeyContext { mode, view, focus };
                let hints = keymap::hints(&ctx, t);
                assert!(!hints.is_empty(), "{ctx:?} has hints");
                for (keys, _) in hints {
                    assert!(
                        TABLE
                            .iter()
                            .any(|b| ctx.scopes().contains(&b.scope) && b.label(t) == keys),
                        "{keys} is hinted in {ctx:?} but not bound there"
                    );
                }
            }
        }
    }
}

#[test]
fn only_quit_and_suspend_work_when_too_small() {
    use regioprofielen::tui::Action;
    let ctx = KeyContext {
        mode: Mode::TooSmall,
        view: View::Profiles,
        focus: View::Profiles.panes()[0],
    };
    for b in TABLE.iter().filter(|b| ctx.scopes().contains(&b.scope)) {
        assert!(matches!(b.action, Action::Quit | Action::Suspend), "{b:?}");
    }
}

#[test]
fn the_new_keys_act_where_they_should() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
    use regioprofielen::tui::Action;
    use regioprofielen::tui::view::Focus;
    let key = |c: KeyCode| {
        let mut ev = KeyEvent::new(c, KeyModifiers::NONE);
        ev.kind = KeyEventKind::Press;
        ev
    };
    let normal = |view, focus| KeyContext {
        mode: Mode::Normal,
        view,
        focus,
    };
    let act = |c: char, ctx: &KeyContext| keymap::action_for(&key(KeyCode::Char(c)), ctx);
    // Marking, clearing marks, saving and copying work in every view.
    for view in View::ALL {
        for &focus in view.panes() {
            let ctx = normal(view, focus);
            assert_eq!(act('X', &ctx), Some(Action::ClearMarks), "{ctx:?}");
            assert_eq!(act('e', &ctx), Some(Action::Export), "{ctx:?}");
            assert_eq!(act('y', &ctx), Some(Action::Copy), "{ctx:?}");
            let space = if focus == Focus::Filter {
                Action::ToggleTheme
            } else {
                Action::ToggleMark
            };
            assert_eq!(act(' ', &ctx), Some(space), "{ctx:?}");
        }
    }
    // In the matrix, f filters on the column, o groups, c shows the chart; elsewhere they
    // do nothing.
    let matrix = normal(View::Matrix, Focus::Matrix);
    assert_eq!(act('f', &matrix), Some(Action::ToggleTheme));
    assert_eq!(act('o', &matrix), Some(Action::ToggleGroup));
    assert_eq!(act('c', &matrix), Some(Action::ToggleChart));
    let list = normal(View::Profiles, Focus::Regions);
    for c in ['f', 'o', 'c'] {
        assert_eq!(act(c, &list), None);
    }
    // In the search field, Space types and Tab goes to the results.
    let search = KeyContext {
        mode: Mode::Search,
        ..list
    };
    assert_eq!(act(' ', &search), Some(Action::Edit(Edit::Insert(' '))));
    assert_eq!(
        keymap::action_for(&key(KeyCode::Tab), &search),
        Some(Action::SearchToList)
    );
}

#[test]
fn the_help_has_a_group_for_marking_comparing_and_taking_out() {
    let a = in_lang(Lang::Nl, 120, 40);
    let help: Vec<String> = pages::help_lines(&a, 200)
        .iter()
        .map(|l| l.to_string())
        .collect();
    let at = |text: &str| {
        help.iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("{text} in the help"))
    };
    let group = at("Markeren, vergelijken, meenemen");
    for line in ["  Spatie", "  X ", "  e ", "  y "] {
        assert!(
            help[group..group + 5].iter().any(|l| l.starts_with(line)),
            "{line}"
        );
    }
    assert!(help[at("Matrix")..].iter().any(|l| l.starts_with("  f ")));
    let hints = keymap::hints(
        &KeyContext {
            mode: Mode::Normal,
            view: View::Compare,
            focus: View::Compare.panes()[0],
        },
        Lang::Nl.tui(),
    );
    let keys: Vec<&str> = hints.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["e", "y", "X", "?"]);
}

#[test]
fn ctrl_z_suspends_once_even_when_too_small_and_in_the_search_field() {
    let mut d = driver(80, 24);
    d.key(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(d.suspends(), 1, "suspended once");
    assert!(!d.app().should_quit());
    let mut d = driver(20, 5);
    d.key(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(d.suspends(), 1);
    // In the search field too, and nothing is typed.
    let mut d = driver(80, 24);
    d.feed(b"/");
    d.key(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(d.suspends(), 1);
    assert!(d.app().search().query().is_empty());
    assert!(d.app().search().editing);
}
