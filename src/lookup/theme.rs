//! Finding a theme by what users type: `list --theme`, `cite REGION THEME`.

use super::name_key;
use crate::model::Dataset;

/// The outcome of resolving a theme as `list --theme` takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeResolution {
    /// Exactly one theme (index).
    Found(usize),
    /// Several themes begin the same way (indices, in the data's order).
    Ambiguous(Vec<usize>),
    /// Nothing fits; the closest themes (indices, best first), perhaps none.
    NotFound(Vec<usize>),
}

/// Resolves a theme: its id, its label in Dutch or English, or the unique beginning of one of
/// those (three letters at least), all compared as [`name_key`]s, so case, diacritics,
/// spaces and punctuation do not matter ("Internationalisering", "internationalisation",
/// "erfgoed identiteit", "intern"). When nothing fits, the closest ids and labels are
/// offered.
pub fn resolve_theme(data: &Dataset, query: &str) -> ThemeResolution {
    let key = name_key(query);
    if key.is_empty() {
        return ThemeResolution::NotFound(Vec::new());
    }
    let keys: Vec<[String; 3]> = data
        .themes
        .iter()
        .map(|t| [name_key(&t.id), name_key(&t.label), name_key(&t.label_en)])
        .collect();
    let exact: Vec<usize> = (0..keys.len())
        .filter(|&i| keys[i].contains(&key))
        .collect();
    if let [one] = exact[..] {
        return ThemeResolution::Found(one);
    }
    if exact.is_empty() && key.chars().count() >= 3 {
        let begun: Vec<usize> = (0..keys.len())
            .filter(|&i| keys[i].iter().any(|k| k.starts_with(&key)))
            .collect();
        match begun.len() {
            0 => {}
            1 => return ThemeResolution::Found(begun[0]),
            _ => return ThemeResolution::Ambiguous(begun),
        }
    }
    if exact.len() > 1 {
        return ThemeResolution::Ambiguous(exact);
    }
    let mut scored: Vec<(f64, usize)> = keys
        .iter()
        .enumerate()
        .map(|(i, ks)| {
            let best = ks
                .iter()
                .map(|k| strsim::jaro_winkler(&key, k))
                .fold(0.0, f64::max);
            (best, i)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ThemeResolution::NotFound(scored.into_iter().take(3).map(|(_, i)| i).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_resolve_by_id_label_and_beginning() {
        let data = crate::load::embedded().expect("embedded data");
        let id = |q: &str| match resolve_theme(&data, q) {
            ThemeResolution::Found(i) => data.themes[i].id.clone(),
            other => format!("{other:?}"),
        };
        for q in [
            "internationaal",
            "Internationalisering",
            "INTERNATIONALISERING",
            "internationalisation",
            "Internationalisation",
            "intern",
        ] {
            assert_eq!(id(q), "internationaal", "{q}");
        }
        assert_eq!(id("Erfgoed, identiteit en verhalen"), "erfgoed");
        assert_eq!(id("heritage identity and stories"), "erfgoed");
        assert_eq!(id("cultuuronderwijs"), "onderwijs");
        assert_eq!(id("Talentontwikkeling"), "talent");
        // "ma" is too short to be a beginning; "ma" of makers and maatschappij.
        assert!(matches!(
            resolve_theme(&data, "ma"),
            ThemeResolution::NotFound(_)
        ));
        let ThemeResolution::NotFound(near) = resolve_theme(&data, "internationalsering") else {
            panic!("a typo is not a theme");
        };
        assert_eq!(data.themes[near[0]].id, "internationaal");
        assert_eq!(
            resolve_theme(&data, "sport"),
            ThemeResolution::NotFound(vec![])
        );
    }
}
