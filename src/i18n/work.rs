//! The explorer's strings for working with a selection of regions: marking and comparing
//! them, the matrix's grouping and coverage chart, the status bar's account of what is shown,
//! and taking results out (exporting, copying). Kept apart from [`super::TuiTexts`] so that
//! file stays readable; reached through its `work` field.
//!
//! `{n}`-style placeholders are filled in by the caller; key names come from the key table.

use super::plural::Counted;

/// Strings for marks, comparison, grouping, the coverage chart, the status bar and exports.
#[derive(Debug)]
pub struct WorkTexts {
    /// Help group heading of marking, comparing and taking out.
    pub help_group: &'static str,
    /// Help: Space marks the region.
    pub k_mark: &'static str,
    /// Help: X clears the marks.
    pub k_clear_marks: &'static str,
    /// Help: e exports.
    pub k_export: &'static str,
    /// Help: y copies.
    pub k_copy: &'static str,
    /// Help: o groups ROUTE OOST.
    pub k_group: &'static str,
    /// Help: c shows or hides the coverage chart.
    pub k_chart: &'static str,
    /// Help: Tab in the search field.
    pub k_s_list: &'static str,
    /// Help: mark the selected result from the search field.
    pub k_s_mark: &'static str,
    /// Hint: mark from the search field.
    pub h_s_mark: &'static str,
    /// Hint: mark.
    pub h_mark: &'static str,
    /// Hint: clear the marks.
    pub h_clear_marks: &'static str,
    /// Hint: export.
    pub h_export: &'static str,
    /// Hint: copy.
    pub h_copy: &'static str,
    /// Hint: group.
    pub h_group: &'static str,
    /// Hint: chart.
    pub h_chart: &'static str,
    /// Hint: to the result list.
    pub h_list: &'static str,
    /// Heading of the comparison view while fewer than two regions are marked.
    pub compare_title: &'static str,
    /// The comparison's title while one region is marked.
    pub compare_one_more: &'static str,
    /// How to mark; `{mark}`, `{list}`, `{clear}`, `{profiles}`, `{matrix}` become keys.
    pub compare_how: &'static [&'static str],
    /// "Gemarkeerd:" before the names of the marked regions.
    pub marked: &'static str,
    /// Pane title with the number of regions compared.
    pub compare_pane: Counted,
    /// The partner count of a region.
    pub partner_count: Counted,
    /// A region outside ROUTE OOST.
    pub not_route_oost: &'static str,
    /// Before the compared regions that name no theme the others do not ("only" is empty).
    pub no_own_themes: &'static str,
    /// Marked regions the filter or search hides: `{n}`.
    pub marks_hidden: &'static str,
    /// Fewer columns than regions: `{shown}`, `{n}`, `{keys}`.
    pub columns_hidden: &'static str,
    /// The region is marked (profile pane).
    pub is_marked: &'static str,
    /// Status bar: `{shown} van {n} regio's`, counted by the total `{n}`.
    pub shown: Counted,
    /// Status bar: the number of themes chosen, when their names do not fit.
    pub n_themes: Counted,
    /// Passages of the cover text a search found, counted apart from the regions.
    pub passages: Counted,
    /// A view the search empties of regions while it found passages: `{query}`,
    /// `{passages}` (counted).
    pub only_passages: &'static str,
    /// How to see them and how to get back: `{open}`, `{back}`.
    pub only_passages_hint: &'static str,
    /// Status bar: the search.
    pub search: &'static str,
    /// Status bar: marked regions, `{n}`.
    pub n_marked: &'static str,
    /// A fifth mark is refused; `{clear}` becomes a key.
    pub max_marks: &'static str,
    /// Marking where no region is selected.
    pub mark_where: &'static str,
    /// Marking a passage of the cover text among the search results.
    pub mark_not_context: &'static str,
    /// The marks were cleared.
    pub marks_cleared: &'static str,
    /// Exporting or copying with nothing to take out.
    pub nothing_out: &'static str,
    /// Exporting or copying the comparison with fewer than two regions.
    pub compare_needs_two: &'static str,
    /// The file was written: `{path}`.
    pub exported: &'static str,
    /// Writing failed: `{path}`, `{error}`.
    pub export_failed: &'static str,
    /// The text was sent to the terminal for its clipboard: `{n}` characters.
    pub copied: &'static str,
    /// The same, and tmux took it into its buffer.
    pub copied_tmux: &'static str,
    /// Writing the clipboard sequence failed: `{error}`.
    pub copy_failed: &'static str,
    /// The text is too long for OSC 52: `{n}` bytes, `{max}`, `{export}` key.
    pub copy_too_long: &'static str,
    /// Matrix group label: ROUTE OOST.
    pub group_route: &'static str,
    /// Matrix group label: the other regions.
    pub group_other: &'static str,
    /// Matrix title: grouped.
    pub grouped: &'static str,
    /// Heading of the coverage chart.
    pub chart_heading: &'static str,
    /// The chart has no room at this width.
    pub chart_no_room: &'static str,
}

/// Nederlands.
pub static WORK_NL: WorkTexts = WorkTexts {
    help_group: "Markeren, vergelijken, meenemen",
    k_mark: "regio markeren voor de vergelijking, of de markering weghalen (lijst, profiel, matrix)",
    k_clear_marks: "alle markeringen wissen",
    k_export: "wat in beeld is opslaan als Markdown-bestand in de huidige map",
    k_copy: "wat in beeld is als Markdown naar het klembord (via de terminal, ook over SSH)",
    k_group: "ROUTE OOST-regio's eerst, als groep (aan/uit)",
    k_chart: "dekkingsgrafiek: hoeveel regio's elk thema noemen (aan/uit)",
    k_s_list: "zoekterm houden en naar de resultaten (daar markeert Spatie)",
    k_s_mark: "gekozen resultaat markeren (nog eens: ontmarkeren); het veld wordt leeg voor de volgende naam",
    h_s_mark: "markeer",
    h_mark: "markeer",
    h_clear_marks: "wis markeringen",
    h_export: "bewaar",
    h_copy: "kopieer",
    h_group: "groepeer",
    h_chart: "grafiek",
    h_list: "lijst",
    compare_title: "Regio's naast elkaar",
    compare_one_more: "Eén regio gemarkeerd: markeer er nog een om te vergelijken",
    compare_how: &[
        "Markeer twee tot vier regio's; ze komen hier naast elkaar te staan, met de thema's die ze delen en de thema's die maar één van hen heeft.",
        "Markeren: {mark} in de regiolijst of het profiel ({profiles}), in de matrix ({matrix}), of in zoekresultaten: {list} gaat van het zoekveld naar de resultaten (in het zoekveld typt {mark} een spatie). {clear} wist alle markeringen.",
    ],
    marked: "Gemarkeerd",
    compare_pane: Counted::nl("Vergelijk: 1 regio", "Vergelijk: {n} regio's"),
    partner_count: Counted::nl("1 partner", "{n} partners"),
    not_route_oost: "niet in ROUTE OOST",
    no_own_themes: "Geen thema dat alleen zij noemen",
    marks_hidden: "{n} gemarkeerd buiten filter/zoekterm",
    columns_hidden: "{shown} van {n} in beeld, {keys}",
    is_marked: "✓ gemarkeerd voor de vergelijking",
    shown: Counted::nl("{shown} van 1 regio", "{shown} van {n} regio's"),
    n_themes: Counted::nl("1 thema", "{n} thema's"),
    passages: Counted::nl("1 passage", "{n} passages"),
    only_passages: "“{query}” staat in geen regio, wel in {passages} van de begeleidende tekst.",
    only_passages_hint: "{open} toont de resultaten in Profielen, {back} wist de zoekterm.",
    search: "zoek",
    n_marked: "✓ {n} gemarkeerd",
    max_marks: "Al vier gemarkeerd (het maximum): haal er een weg, of wis alle met {clear}.",
    mark_where: "Markeer regio's in de regiolijst, het profiel of de matrix.",
    mark_not_context: "Alleen regio's zijn te markeren, geen passages uit de begeleidende tekst.",
    marks_cleared: "Markeringen gewist.",
    nothing_out: "Niets om op te slaan: geen regio in beeld.",
    compare_needs_two: "Markeer eerst twee regio's om te vergelijken.",
    exported: "Opgeslagen: {path}",
    export_failed: "Opslaan mislukt ({path}): {error}",
    copied: "Naar de terminal gestuurd, voor het klembord ({n} tekens).",
    copied_tmux: "In de tmux-buffer gezet en naar de terminal gestuurd ({n} tekens).",
    copy_failed: "Kopiëren mislukt: {error}",
    copy_too_long: "Te lang voor het klembord via de terminal ({n} bytes, max {max}); sla op met {export}.",
    group_route: "◆ ROUTE OOST",
    group_other: "Overige regio's",
    grouped: "ROUTE OOST eerst",
    chart_heading: "Dekking",
    chart_no_room: "Te smal voor de dekkingsgrafiek; maak het venster breder.",
};

/// English.
pub static WORK_EN: WorkTexts = WorkTexts {
    help_group: "Marking, comparing, taking out",
    k_mark: "mark the region for comparison, or unmark it (list, profile, matrix)",
    k_clear_marks: "clear every mark",
    k_export: "save what is on screen as a Markdown file in the current directory",
    k_copy: "copy what is on screen as Markdown to the clipboard (through the terminal, SSH too)",
    k_group: "ROUTE OOST regions first, as a group (on/off)",
    k_chart: "coverage chart: how many regions name each theme (on/off)",
    k_s_list: "keep the search and go to the results (where Space marks)",
    k_s_mark: "mark the selected result (again: unmark); the field empties for the next name",
    h_s_mark: "mark",
    h_mark: "mark",
    h_clear_marks: "clear marks",
    h_export: "save",
    h_copy: "copy",
    h_group: "group",
    h_chart: "chart",
    h_list: "list",
    compare_title: "Regions side by side",
    compare_one_more: "One region marked: mark one more to compare",
    compare_how: &[
        "Mark two to four regions; they appear here side by side, with the themes they share and the themes only one of them has.",
        "Marking: {mark} in the region list or the profile ({profiles}), in the matrix ({matrix}), or in search results: {list} goes from the search field to the results (in the search field {mark} types a space). {clear} clears every mark.",
    ],
    marked: "Marked",
    compare_pane: Counted::en("Compare: 1 region", "Compare: {n} regions"),
    partner_count: Counted::en("1 partner", "{n} partners"),
    not_route_oost: "not in ROUTE OOST",
    no_own_themes: "No theme only they name",
    marks_hidden: "{n} marked outside filter/search",
    columns_hidden: "{shown} of {n} shown, {keys}",
    is_marked: "✓ marked for comparison",
    shown: Counted::en("{shown} of 1 region", "{shown} of {n} regions"),
    n_themes: Counted::en("1 theme", "{n} themes"),
    passages: Counted::en("1 passage", "{n} passages"),
    only_passages: "“{query}” is in no region, but in {passages} of the cover text.",
    only_passages_hint: "{open} shows the results in Profiles, {back} clears the search.",
    search: "search",
    n_marked: "✓ {n} marked",
    max_marks: "Four marked already (the most): unmark one, or clear all with {clear}.",
    mark_where: "Mark regions in the region list, the profile or the matrix.",
    mark_not_context: "Only regions can be marked, not passages of the cover text.",
    marks_cleared: "Marks cleared.",
    nothing_out: "Nothing to save: no region on screen.",
    compare_needs_two: "Mark two regions first to compare them.",
    exported: "Saved: {path}",
    export_failed: "Saving failed ({path}): {error}",
    copied: "Sent to the terminal, for the clipboard ({n} characters).",
    copied_tmux: "Put in the tmux buffer and sent to the terminal ({n} characters).",
    copy_failed: "Copying failed: {error}",
    copy_too_long: "Too long for the clipboard through the terminal ({n} bytes, max {max}); save with {export}.",
    group_route: "◆ ROUTE OOST",
    group_other: "Other regions",
    grouped: "ROUTE OOST first",
    chart_heading: "Coverage",
    chart_no_room: "Too narrow for the coverage chart; widen the window.",
};
