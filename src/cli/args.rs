//! The command line: every flag and subcommand, with its help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// Verken de culturele profielen van de stedelijke regio's (2021-2024).
///
/// Zonder subcommando opent de interactieve verkenner. Exitstatus: 0 gelukt, 1 niet gevonden
/// of niet eenduidig, 2 fout in de gegevens of het gebruik.
#[derive(Debug, Parser)]
#[command(name = "regioprofielen", version, about, long_about)]
pub struct Cli {
    /// Laad een ander gegevensbestand (RON, zelfde schema) in plaats van de ingebouwde gegevens.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// De brontekst waarin elk citaat wordt opgezocht (standaard: het `source`-pad in het
    /// gegevensbestand; bij de ingebouwde gegevens het ingebouwde document).
    #[arg(long, global = true, value_name = "TEXT")]
    pub source: Option<PathBuf>,
    /// Taal van de interface: nl (standaard) of en. De gegevens zelf zijn Nederlands.
    #[arg(long, global = true, value_enum, default_value_t = Lang::Nl)]
    pub lang: Lang,
    /// Uitvoer als JSON (voor scripts).
    #[arg(long, global = true)]
    pub json: bool,
    /// Het subcommando; zonder subcommando opent de verkenner.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Regio's met titel, aantal partners en thema's.
    List {
        /// Alleen regio's met dit thema (herhaalbaar: alle genoemde thema's).
        #[arg(long = "theme", value_name = "ID")]
        themes: Vec<String>,
        /// Met meerdere --theme: minstens een van de thema's in plaats van alle.
        #[arg(long)]
        any: bool,
        /// Tel ook mee wat de begeleidende tekst van alle profielen zegt (○), niet alleen de
        /// eigen thema's van een regio (●).
        #[arg(long)]
        general: bool,
        /// Alleen regio's die onderdeel zijn van ROUTE OOST.
        #[arg(long)]
        route_oost: bool,
    },
    /// Het hele profiel van een regio (id, naam, alias of uniek begin).
    Show {
        /// De regio, bijvoorbeeld twente, "Stedelijke Regio Utrecht", mra, zwol.
        #[arg(required = true, num_args = 1..)]
        region: Vec<String>,
    },
    /// In welke regio('s) een gemeente of partner zit.
    Where {
        /// De naam, bijvoorbeeld Hengelo, "Den Bosch", s-hertogenbosch.
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
    },
    /// De thema's met het aantal regio's per thema (● eigen, ○ van alle profielen gezegd).
    Themes,
    /// Regio's x thema's: ● genoemd voor de regio, ○ van alle profielen gezegd, · geen van beide.
    Matrix {
        /// Uitvoerformaat.
        #[arg(long, value_enum, default_value_t = MatrixFormat::Text)]
        format: MatrixFormat,
    },
    /// De hele dataset exporteren.
    Export {
        /// Uitvoerformaat (met --json: json).
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// Schrijf naar dit bestand (atomair) in plaats van naar standaarduitvoer.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Een gegevensbestand controleren: OK met aantallen, of elk probleem; met --source (of een
    /// `source`-pad in het bestand) ook elk citaat dat niet letterlijk in die tekst staat.
    Validate {
        /// Het bestand.
        file: PathBuf,
    },
    /// Zoek (fuzzy) in alle velden: namen, partners, kernpunten, teksten.
    Search {
        /// De zoekvraag; meerdere woorden moeten allemaal passen.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// Maximaal aantal resultaten (minstens 1).
        #[arg(long, default_value = "10")]
        limit: std::num::NonZeroUsize,
    },
    /// De kaart: elke partnergemeente op de kaart van Nederland, als Braille-tekst, SVG of JSON.
    ///
    /// Bronnen: Natural Earth (publiek domein); plaatsen: GeoNames (CC BY 4.0).
    Map {
        /// Uitvoerformaat (met --json: json).
        #[arg(long, value_enum, default_value_t = MapFormat::Text)]
        format: MapFormat,
        /// Breedte van de tekstkaart in tekens (20 tot 400); de hoogte volgt uit de vorm van het land.
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(20..=400))]
        width: u16,
        /// Licht deze regio uit (id, naam of uniek begin), bijvoorbeeld twente.
        #[arg(long, value_name = "ID")]
        region: Option<String>,
        /// Schrijf naar dit bestand (atomair) in plaats van naar standaarduitvoer.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// De citaten van een regio voor een thema (of voor al haar thema's), met regelnummers in
    /// de brontekst: klaar voor een verslag.
    Cite {
        /// De regio (id, naam, alias of uniek begin; een naam met spaties tussen
        /// aanhalingstekens).
        region: String,
        /// Het thema (id of naam, of een uniek begin); zonder: alle thema's van de regio.
        theme: Option<String>,
    },
    /// Vergelijk twee tot vier regio's: gedeelde thema's en wat alleen een regio heeft.
    Compare {
        /// Twee tot vier regio's (id, naam of uniek begin).
        #[arg(required = true, num_args = 2..=4)]
        regions: Vec<String>,
    },
}

/// Output formats of `matrix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    /// A table for the terminal.
    Text,
    /// Comma-separated values.
    Csv,
    /// A Markdown table.
    Md,
    /// JSON.
    Json,
}

/// Output formats of `map`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    /// Braille text for the terminal.
    Text,
    /// An SVG picture.
    Svg,
    /// Every municipality with its regions and point, as JSON.
    Json,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// JSON with the RON's field names.
    Json,
    /// RON, the data format itself.
    Ron,
    /// A readable Markdown document.
    Md,
    /// One CSV row per region.
    Csv,
}
