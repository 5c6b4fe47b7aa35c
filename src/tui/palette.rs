//! Every style of the interface, named by role.
//!
//! Text keeps the terminal's own foreground and background, so it reads on dark and light
//! themes alike; colour (from the 16 ANSI colours the user's theme defines) only marks
//! accents. The map's regions are the exception: fifteen colours had to be told apart, so
//! they are fixed 256-colour entries chosen to read on light and dark backgrounds (see
//! [`crate::export::looks`]), each with its region's letter. With `NO_COLOR` set, the same
//! roles use only bold, reverse, italic and underline, and the letters tell regions apart.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

use crate::export::braille::MapStyle;

/// The styles of the interface, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: legends, counts, explanations.
    pub dim: Style,
    /// Headings inside a pane.
    pub heading: Style,
    /// The name of the region in its profile.
    pub title: Style,
    /// The border of a pane without focus.
    pub border: Style,
    /// The border of the focused pane.
    pub border_focused: Style,
    /// The border type of the focused pane (a second cue besides colour).
    pub border_type_focused: BorderType,
    /// The selected row of the focused pane.
    pub selected: Style,
    /// The selected row of a pane without focus.
    pub selected_inactive: Style,
    /// The active tab.
    pub tab_active: Style,
    /// A tab that is not active.
    pub tab: Style,
    /// The status bar.
    pub status: Style,
    /// A key name in the status bar and help.
    pub key: Style,
    /// A mark in the matrix, a ticked checkbox.
    pub mark: Style,
    /// The ROUTE OOST marker.
    pub route_oost: Style,
    /// A verbatim quote.
    pub quote: Style,
    /// The part of a name the search matched.
    pub match_hl: Style,
    /// The matrix column and row under the cursor.
    pub crosshair: Style,
    /// Warnings (terminal too small, nothing found).
    pub warning: Style,
    /// The mark of a region picked for the comparison.
    pub picked: Style,
    /// A theme only one of the compared regions has.
    pub unique: Style,
    /// The map: a letter per region, in a colour per region when there is colour.
    pub map: MapStyle,
}

impl Palette {
    /// The palette for this environment: [`Palette::no_color`] when `NO_COLOR` is set and not
    /// empty (see no-color.org), else [`Palette::color`].
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::no_color(),
            _ => Self::color(),
        }
    }

    /// Terminal-default text with a few ANSI accents.
    pub fn color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            heading: bold,
            title: bold.add_modifier(Modifier::UNDERLINED),
            border: Style::new(),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border_type_focused: BorderType::Thick,
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_inactive: bold,
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab: Style::new(),
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            mark: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            route_oost: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            match_hl: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            crosshair: bold,
            warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            picked: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            unique: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            map: MapStyle::color(),
        }
    }

    /// No colour at all: bold, reverse, italic and underline only.
    pub fn no_color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            heading: bold,
            title: bold.add_modifier(Modifier::UNDERLINED),
            border: Style::new(),
            border_focused: bold,
            border_type_focused: BorderType::Thick,
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_inactive: bold.add_modifier(Modifier::UNDERLINED),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab: Style::new(),
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            mark: bold,
            route_oost: bold,
            quote: Style::new().add_modifier(Modifier::ITALIC),
            match_hl: bold.add_modifier(Modifier::UNDERLINED),
            crosshair: bold,
            warning: bold,
            picked: bold,
            unique: bold,
            map: MapStyle::letters(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_no_colour() {
        let p = Palette::no_color();
        let styles = [
            p.text,
            p.dim,
            p.heading,
            p.title,
            p.border,
            p.border_focused,
            p.selected,
            p.selected_inactive,
            p.tab_active,
            p.tab,
            p.status,
            p.key,
            p.mark,
            p.route_oost,
            p.quote,
            p.match_hl,
            p.crosshair,
            p.warning,
            p.picked,
            p.unique,
        ];
        for s in styles {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(p.selected.add_modifier.contains(Modifier::REVERSED));
        let m = p.map;
        assert!(!m.color, "regions are told apart by letter");
        assert_eq!(m.region_color(0), None);
        assert_eq!(m.sign_style(0), Style::new());
        for s in [m.strong, m.weak, m.area, m.label, m.matched] {
            assert_eq!((s.fg, s.bg), (None, None));
        }
        assert_eq!((m.land, m.water), (Color::Reset, Color::Reset));
    }
}
