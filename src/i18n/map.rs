//! The strings of the map: the Kaart view, the `map` command and the SVG. Reached through the
//! `map` field of [`super::Texts`] and [`super::TuiTexts`].

/// Strings of the map, in one language.
#[derive(Debug)]
pub struct MapTexts {
    /// The view's tab title.
    pub view: &'static str,
    /// Help: the key of the view.
    pub k_view: &'static str,
    /// Help group heading of the view's own keys.
    pub help_group: &'static str,
    /// Help: o shows ROUTE OOST as a group.
    pub k_group: &'static str,
    /// Help: e saves the map as SVG.
    pub k_export: &'static str,
    /// Hint: save as SVG.
    pub h_export: &'static str,
    /// Title of the map pane.
    pub pane_map: &'static str,
    /// Legend: a municipality in two regions.
    pub two_regions: &'static str,
    /// How the SVG shows a municipality's second region.
    pub two_regions_svg: &'static str,
    /// Legend: an area without a profile, placed approximately.
    pub no_profile: &'static str,
    /// Why that place is approximate.
    pub not_drawn: &'static str,
    /// Legend: a municipality the search matched.
    pub matched: &'static str,
    /// Short attribution, for a pane's border.
    pub attribution_short: &'static str,
    /// The shortest attribution, still naming both sources: for a border too narrow for
    /// [`MapTexts::attribution_short`].
    pub attribution_tiny: &'static str,
    /// Full attribution, for the legend, the command and the SVG.
    pub attribution: &'static str,
    /// "1 gemeente" / "n gemeenten".
    pub municipalities: fn(usize) -> String,
    /// Partner municipalities without a point: the count and their names.
    pub unplaced: fn(usize, &str) -> String,
    /// Title of the SVG.
    pub svg_title: &'static str,
    /// Heading of the SVG's legend of regions.
    pub legend_regions: &'static str,
    /// The highlighted region's pane in the SVG: "highlighted".
    pub highlighted: &'static str,
    /// The map was saved ("{path}").
    pub saved: &'static str,
    /// The map is not available (the geodata did not load): "{error}".
    pub no_geodata: &'static str,
}

/// Nederlands.
pub static MAP_NL: MapTexts = MapTexts {
    view: "Kaart",
    k_view: "Kaart: de regio's en hun gemeenten op de kaart van Nederland",
    help_group: "Kaart",
    k_group: "ROUTE OOST als groep uitlichten (aan/uit)",
    k_export: "kaart opslaan als SVG",
    h_export: "svg",
    pane_map: "Kaart",
    two_regions: "in twee regio's",
    two_regions_svg: "rand in de kleur van de tweede regio",
    no_profile: "zonder profiel; plek geschat",
    not_drawn: "het document tekent geen grenzen",
    matched: "zoektreffer",
    attribution_short: "Natural Earth · GeoNames (CC BY 4.0)",
    attribution_tiny: "Natural Earth · GeoNames",
    attribution: "Kaartgegevens: Natural Earth (publiek domein); plaatsen: GeoNames (CC BY 4.0)",
    municipalities: |n| match n {
        1 => "1 gemeente".into(),
        n => format!("{n} gemeenten"),
    },
    unplaced: |n, names| match n {
        1 => format!("1 partnergemeente heeft geen punt op de kaart: {names}"),
        n => format!("{n} partnergemeenten hebben geen punt op de kaart: {names}"),
    },
    svg_title: "Stedelijke regio's en hun partnergemeenten",
    legend_regions: "Regio's",
    highlighted: "uitgelicht",
    saved: "Kaart opgeslagen als SVG: {path}",
    no_geodata: "De kaartgegevens zijn niet te lezen: {error}",
};

/// English.
pub static MAP_EN: MapTexts = MapTexts {
    view: "Map",
    k_view: "Map: the regions and their municipalities on a map of the Netherlands",
    help_group: "Map",
    k_group: "highlight ROUTE OOST as a group (on/off)",
    k_export: "save the map as SVG",
    h_export: "svg",
    pane_map: "Map",
    two_regions: "in two regions",
    two_regions_svg: "ring in the second region's colour",
    no_profile: "no profile; position estimated",
    not_drawn: "the document draws no boundaries",
    matched: "search match",
    attribution_short: "Natural Earth · GeoNames (CC BY 4.0)",
    attribution_tiny: "Natural Earth · GeoNames",
    attribution: "Map data: Natural Earth (public domain); places: GeoNames (CC BY 4.0)",
    municipalities: |n| match n {
        1 => "1 municipality".into(),
        n => format!("{n} municipalities"),
    },
    unplaced: |n, names| match n {
        1 => format!("1 partner municipality has no point on the map: {names}"),
        n => format!("{n} partner municipalities have no point on the map: {names}"),
    },
    svg_title: "Urban regions and their partner municipalities",
    legend_regions: "Regions",
    highlighted: "highlighted",
    saved: "Map saved as SVG: {path}",
    no_geodata: "The map data cannot be read: {error}",
};
