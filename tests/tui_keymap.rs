//! The key table drives the keys, the help and the hints: check that they agree.

mod tui_support;

use regioprofielen::i18n::Lang;
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
            let line = help
                .iter()
                .find(|l| l.contains(text))
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
fn only_quit_works_when_too_small() {
    let ctx = KeyContext {
        mode: Mode::TooSmall,
        view: View::Profiles,
        focus: View::Profiles.panes()[0],
    };
    for b in TABLE.iter().filter(|b| ctx.scopes().contains(&b.scope)) {
        assert_eq!(b.action, regioprofielen::tui::Action::Quit, "{b:?}");
    }
}
