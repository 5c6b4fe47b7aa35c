//! Counts with the right form of their noun: "1 partner", "2 partners"; "1 thema", "3
//! thema's". Every count the interface prints goes through [`Counted::of`] (or
//! [`Counted::with`] when the text has more to fill in), which asks the language which form a
//! number takes.

use super::{Lang, fill};

/// The grammatical number a count takes in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The form for one ("1 regio").
    One,
    /// The form for every other number, nought included ("0 regio's", "2 regio's").
    Other,
}

impl Lang {
    /// The form a count of `n` takes in this language. Dutch and English agree: the singular
    /// for exactly one, the plural for any other number (nought too: "0 thema's",
    /// "0 themes").
    pub fn form(self, n: usize) -> Form {
        match self {
            Lang::Nl | Lang::En => {
                if n == 1 {
                    Form::One
                } else {
                    Form::Other
                }
            }
        }
    }
}

/// A text with a count in it, in one language: the text for one and for other numbers, each
/// with `{n}` where the number goes ("1 partner", "{n} partners").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The language whose rule picks the form.
    pub lang: Lang,
    /// The text for one.
    pub one: &'static str,
    /// The text for any other number.
    pub other: &'static str,
}

impl Counted {
    /// A Dutch counted text.
    pub const fn nl(one: &'static str, other: &'static str) -> Self {
        Self {
            lang: Lang::Nl,
            one,
            other,
        }
    }

    /// An English counted text.
    pub const fn en(one: &'static str, other: &'static str) -> Self {
        Self {
            lang: Lang::En,
            one,
            other,
        }
    }

    /// The template for `n`, its `{n}` not yet filled in.
    pub fn pick(&self, n: usize) -> &'static str {
        match self.lang.form(n) {
            Form::One => self.one,
            Form::Other => self.other,
        }
    }

    /// The text for `n`: "1 partner", "15 partners".
    pub fn of(&self, n: usize) -> String {
        self.with(n, &[])
    }

    /// The text for `n` with more placeholders filled in (`{total}`, `{max}`, …).
    pub fn with(&self, n: usize, values: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = Vec::with_capacity(values.len() + 1);
        all.push(("n", n_text.as_str()));
        all.extend_from_slice(values);
        fill(self.pick(n), &all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_plural_in_both_languages() {
        let nl = Counted::nl("1 thema", "{n} thema's");
        let en = Counted::en("1 theme", "{n} themes");
        assert_eq!(nl.of(1), "1 thema");
        assert_eq!(nl.of(0), "0 thema's");
        assert_eq!(nl.of(2), "2 thema's");
        assert_eq!(nl.of(21), "21 thema's");
        assert_eq!(en.of(1), "1 theme");
        assert_eq!(en.of(0), "0 themes");
        assert_eq!(en.of(11), "11 themes");
    }

    #[test]
    fn more_placeholders_are_filled_in_with_the_count() {
        // The noun agrees with the total, so the total is the count.
        let nl = Counted::nl("{shown} van 1 regio", "{shown} van {n} regio's");
        assert_eq!(nl.with(1, &[("shown", "1")]), "1 van 1 regio");
        assert_eq!(nl.with(15, &[("shown", "3")]), "3 van 15 regio's");
    }
}
