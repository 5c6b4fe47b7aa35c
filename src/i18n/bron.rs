//! The explorer's strings for the source document: the Bron view, its margin and search, and
//! `b`, which opens it at a quote. Reached through [`super::TuiTexts`]'s `bron` field.
//!
//! `{n}`-style placeholders are filled in by the caller; key names come from the key table.

/// Strings of the Bron view and of citing.
#[derive(Debug)]
pub struct BronTexts {
    /// Help group heading.
    pub help_group: &'static str,
    /// Help: b.
    pub k_cite: &'static str,
    /// Help: n.
    pub k_next: &'static str,
    /// Help: N.
    pub k_prev: &'static str,
    /// Hint: b.
    pub h_cite: &'static str,
    /// Hint: n.
    pub h_next: &'static str,
    /// Prompt of the search field in the Bron view.
    pub search_prompt: &'static str,
    /// The search field before anything is typed.
    pub search_empty: &'static str,
    /// The data was loaded without a source text: what to do.
    pub no_source: &'static [&'static str],
    /// `b` where nothing is quoted.
    pub nothing_here: &'static str,
    /// `b` on a matrix cell that names nothing (·).
    pub cell_without_quote: &'static str,
    /// `b` in the Bron view itself.
    pub already_here: &'static str,
    /// A quote of the data that is not located in the text.
    pub not_located: &'static str,
    /// The search found nothing: `{query}`.
    pub nothing_found: &'static str,
    /// `n`/`N` without a search through the document: `{search}` is its key.
    pub no_hits_to_step: &'static str,
    /// Which hit is shown: `{i}`, `{n}`.
    pub hit_of: &'static str,
    /// The legend while nothing is highlighted: `{search}`.
    pub legend: &'static str,
    /// How to go back where `b` was pressed: `{back}`, `{view}`.
    pub back_to: &'static str,
    /// Where the margin names a region's field: its name, the title, the partners, the
    /// partner column's other text, ROUTE OOST, a key point (`{n}`), a cover-text note.
    pub region_fields: [&'static str; 7],
    /// The document's title, a heading of the cover text.
    pub title: &'static str,
    /// A paragraph of a cover-text section: `{n}`.
    pub paragraph: &'static str,
    /// A question to the Raad: `{n}`.
    pub question: &'static str,
    /// An area without a profile.
    pub no_profile: &'static str,
    /// The lines shown: `{first}`, `{last}`, `{n}`.
    pub shown_lines: &'static str,
}

/// Nederlands.
pub static BRON_NL: BronTexts = BronTexts {
    help_group: "Bron",
    k_cite: "bron: het gekozen citaat, de matrixcel of het zoekresultaat op zijn plaats in het document (Esc keert terug)",
    k_next: "bron: volgende treffer",
    k_prev: "bron: vorige treffer",
    h_cite: "bron",
    h_next: "volgende",
    search_prompt: "Zoek in de bron",
    search_empty: "typ een woord uit het document",
    no_source: &[
        "Geen brontekst bij deze gegevens.",
        "Geef er een mee met --source BESTAND, of zet een source-pad in het gegevensbestand: dan staat hier het document, met elk citaat op zijn plaats.",
    ],
    nothing_here: "Hier staat geen citaat om in de bron te tonen.",
    cell_without_quote: "Deze cel heeft geen citaat: het thema is niet voor deze regio genoemd.",
    already_here: "Dit is de bron.",
    not_located: "Dit citaat staat niet in de brontekst.",
    nothing_found: "Niets gevonden voor “{query}”.",
    no_hits_to_step: "Geen treffers om door te lopen: {search} zoekt in het document.",
    hit_of: "treffer {i} van {n}",
    legend: "┃ gebruikt in de gegevens · grijs: niet in de gegevens · {search}: zoeken",
    back_to: "{back}: terug naar {view}",
    region_fields: [
        "naam",
        "titel",
        "partners",
        "partnerkolom",
        "ROUTE OOST",
        "kernpunt {n}",
        "begeleidende tekst",
    ],
    title: "titel van het document",
    paragraph: "¶ {n}",
    question: "vraag {n}",
    no_profile: "geen profiel",
    shown_lines: "r. {first}–{last} van {n}",
};

/// English.
pub static BRON_EN: BronTexts = BronTexts {
    help_group: "Source",
    k_cite: "source: the chosen quote, matrix cell or search result in its place in the document (Esc returns)",
    k_next: "source: next hit",
    k_prev: "source: previous hit",
    h_cite: "source",
    h_next: "next",
    search_prompt: "Search the source",
    search_empty: "type a word of the document",
    no_source: &[
        "No source text with this data.",
        "Give one with --source FILE, or put a source path in the data file: then the document stands here, every quote in its place.",
    ],
    nothing_here: "Nothing quoted here to show in the source.",
    cell_without_quote: "This cell has no quote: the theme is not named for this region.",
    already_here: "This is the source.",
    not_located: "This quote is not in the source text.",
    nothing_found: "Nothing found for “{query}”.",
    no_hits_to_step: "No hits to step through: {search} searches the document.",
    hit_of: "hit {i} of {n}",
    legend: "┃ used in the data · grey: not in the data · {search}: search",
    back_to: "{back}: back to {view}",
    region_fields: [
        "name",
        "title",
        "partners",
        "partner column",
        "ROUTE OOST",
        "key point {n}",
        "cover text",
    ],
    title: "title of the document",
    paragraph: "¶ {n}",
    question: "question {n}",
    no_profile: "no profile",
    shown_lines: "l. {first}–{last} of {n}",
};
