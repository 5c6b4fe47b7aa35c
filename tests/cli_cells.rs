//! The three kinds of cell through the real binary: `matrix` in every format, `themes`,
//! `show`, `compare`, `list --general` and the Markdown export carry ● own tag, ○ said of all
//! profiles and · neither, count ● and ○ apart, and say what the signs mean.

mod cli_support;

use cli_support::run;

fn stdout(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}");
    String::from_utf8(o.stdout).expect("utf-8 stdout")
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout(args)).expect("JSON")
}

fn strings(v: &serde_json::Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string"))
        .collect()
}

const CAPTION_NL: [&str; 3] = [
    "● voor deze regio genoemd in dit document",
    "○ in de begeleidende tekst gezegd van alle profielen",
    "· niet voor deze regio genoemd in dit document",
];

#[test]
fn matrix_json_keeps_themes_and_adds_general() {
    let v = json(&["matrix", "--json"]);
    let row = |id: &str| {
        v.as_array()
            .expect("rows")
            .iter()
            .find(|r| r["region_id"] == id)
            .expect("a row")
            .clone()
    };
    let twente = row("twente");
    assert_eq!(
        strings(&twente["themes"]),
        [
            "vernieuwing",
            "publiek",
            "erfgoed",
            "internationaal",
            "samenwerking"
        ]
    );
    assert_eq!(
        strings(&twente["general"]),
        ["onderwijs", "talent", "kennis"]
    );
    assert!(strings(&row("rotterdam")["general"]).is_empty());
    // A theme is never both the region's own and a general one.
    for r in v.as_array().expect("rows") {
        let own = strings(&r["themes"]);
        assert!(
            strings(&r["general"]).iter().all(|g| !own.contains(g)),
            "{r}"
        );
    }
}

#[test]
fn matrix_csv_holds_the_signs_and_counts_own_tags() {
    let text = stdout(&["matrix", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let zuid = rdr
        .records()
        .map(|r| r.expect("a record"))
        .find(|r| &r[0] == "zuid")
        .expect("zuid");
    let cells: String = (2..14).map(|i| zuid[i].to_string()).collect();
    assert_eq!(cells, "○○●·●·●·●○●·");
    assert_eq!(&zuid[14], "5", "the total counts ●");
}

#[test]
fn matrix_text_and_markdown_count_apart_and_carry_the_caption() {
    let text = stdout(&["matrix"]);
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    let row = |start: &str| {
        text.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {text}"))
            .to_string()
    };
    assert!(row("twente ").contains("○  ○  ·  ●"), "{}", row("twente "));
    assert!(row("Totaal ●").trim_end().ends_with("95"));
    assert!(row("Totaal ○").trim_end().ends_with("21"));
    for line in CAPTION_NL {
        assert!(text.contains(line), "{line}");
    }
    assert!(
        text.contains("  5≈ publiek"),
        "≈ beside a theme said of many"
    );

    let md = stdout(&["matrix", "--format", "md"]);
    assert!(md.contains("| Twente | ○ | ○ | · | ● |"), "{md}");
    assert!(
        md.contains("| Totaal | 8 ●, 7 ○ | 9 ●, 6 ○ | 6 ● |"),
        "{md}"
    );
    for line in CAPTION_NL {
        assert!(md.contains(&format!("- {line}")), "{line}");
    }
    assert!(md.contains("“In ieder profiel wordt het belang benadrukt van cultuuronderwijs.”"));
    assert!(md.contains("**≈ Van veel profielen gezegd**"));
}

#[test]
fn the_english_caption() {
    let text = stdout(&["--lang", "en", "matrix"]);
    assert!(
        text.contains("○ said of all profiles in the cover text"),
        "{text}"
    );
    assert!(text.contains("Total ○"));
}

#[test]
fn themes_counts_own_and_general_apart_with_the_statements() {
    let v = json(&["themes", "--json"]);
    let kennis = v
        .as_array()
        .expect("themes")
        .iter()
        .find(|t| t["id"] == "kennis")
        .expect("kennis");
    assert_eq!(kennis["regions"], 7);
    assert_eq!(kennis["general_regions"], 8);
    let scopes: Vec<&str> = kennis["general"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|g| g["scope"].as_str().expect("scope"))
        .collect();
    assert_eq!(scopes, ["most", "all", "all", "most"]);
    let text = stdout(&["themes"]);
    assert!(
        text.contains("≈ “Wel spreekt uit veel profielen de internationale dimensie van cultuur.”")
    );
}

#[test]
fn show_compare_and_list_follow_the_marks() {
    let show = stdout(&["show", "twente"]);
    assert!(show.contains("● Internationalisering: “de natuurlijke relatie met Duitsland”"));
    assert!(show.contains("○ Talentontwikkeling: “In alle profielen"));
    assert!(show.contains("· Niet genoemd: Ruimte voor makers;"));

    let v = json(&["compare", "twente", "zeeland", "--json"]);
    assert_eq!(strings(&v["only"]["zeeland"]), ["onderwijs", "makers"]);
    assert_eq!(
        strings(&v["general"]["twente"]),
        ["onderwijs", "talent", "kennis"]
    );
    assert_eq!(strings(&v["general"]["zeeland"]), ["talent", "kennis"]);
    let text = stdout(&["compare", "twente", "zeeland"]);
    assert!(text.contains("○ Van alle profielen gezegd (Zeeland): Talentontwikkeling"));

    let own: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(&["list", "--theme", "talent", "--json"])).expect("JSON");
    let with_general: Vec<serde_json::Value> = serde_json::from_str(&stdout(&[
        "list",
        "--theme",
        "talent",
        "--general",
        "--json",
    ]))
    .expect("JSON");
    assert_eq!((own.len(), with_general.len()), (9, 15));
}

#[test]
fn the_markdown_export_has_the_marks_in_every_profile() {
    let md = stdout(&["export", "--format", "md"]);
    let profiles = md.matches("### Thema's").count();
    assert_eq!(profiles, 15);
    for line in CAPTION_NL {
        assert!(md.matches(line).count() >= 15, "{line}");
    }
    assert!(md.contains("## Metropoolregio Amsterdam (MRA)"));
    let validated = stdout(&["validate", "assets/profiles.ron"]);
    assert!(validated.contains("15 algemene uitspraken"), "{validated}");
}
