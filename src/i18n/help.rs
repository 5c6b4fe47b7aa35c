//! What `-h` and `--help` say, in Dutch and English, down to the words the argument parser
//! would otherwise print in English ("Usage", "Options", "Print help"). Put into the command
//! line by `crate::cli::parse::command`; reached through [`super::Lang::help`].

use super::Lang;

/// The help of the command line, in one language.
#[derive(Debug)]
pub struct HelpTexts {
    /// One line: what the program is (`-h`).
    pub about: &'static str,
    /// What the program is and does (`--help`).
    pub long_about: &'static str,
    /// Examples and exit statuses, under the program's help.
    pub after_help: &'static str,
    /// Before the usage line.
    pub usage_heading: &'static str,
    /// Over the commands.
    pub commands_heading: &'static str,
    /// Over a command's arguments.
    pub arguments_heading: &'static str,
    /// Over a command's own options.
    pub options_heading: &'static str,
    /// Over the options every command takes.
    pub global_heading: &'static str,
    /// What the usage line says for "any options".
    pub options_placeholder: &'static str,
    /// What the usage line says for "a command".
    pub command_placeholder: &'static str,
    /// `-h`, `--help`.
    pub help_flag: &'static str,
    /// `-V`, `--version`.
    pub version_flag: &'static str,
    /// Each command's description, by its name.
    pub commands: &'static [(&'static str, &'static str)],
    /// Each argument's value name and help, by command ("" for the options of every
    /// command) and argument id; a value name is "" for a flag.
    pub args: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

impl HelpTexts {
    /// The description of command `name`.
    pub fn command(&self, name: &str) -> Option<&'static str> {
        self.commands
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
    }

    /// The value name and help of argument `id` of command `command` ("" for the root).
    pub fn arg(&self, command: &str, id: &str) -> Option<(&'static str, &'static str)> {
        self.args
            .iter()
            .find(|(c, a, _, _)| *c == command && *a == id)
            .map(|(_, _, v, h)| (*v, *h))
    }
}

impl Lang {
    /// The help of the command line in this language.
    pub fn help(self) -> &'static HelpTexts {
        match self {
            Lang::Nl => &HELP_NL,
            Lang::En => &HELP_EN,
        }
    }
}

/// Nederlands.
pub static HELP_NL: HelpTexts = HelpTexts {
    about: "Verken de culturele profielen van de stedelijke regio's (2021-2024).",
    long_about: "Verken de culturele profielen van de stedelijke regio's (2021-2024).\n\n\
        Zonder commando opent de interactieve verkenner. Een woord dat geen commando is, is een \
        vraag: de naam, korte naam, alias of id van een regio geeft die regio (titel en \
        partners, en een partner met die naam erna); een ander woord krijgt het antwoord van \
        where (in welke regio een gemeente of partner zit), of dat van search als where niets \
        vindt.",
    after_help: "Voorbeelden:\n  \
        regioprofielen Hengelo                      in welke regio Hengelo zit\n  \
        regioprofielen zeeland                      de regio Zeeland: titel en partners\n  \
        regioprofielen show twente                  het hele profiel van Twente\n  \
        regioprofielen show vragen                  de vragen aan de Raad voor Cultuur\n  \
        regioprofielen list --theme Internationalisering\n  \
        regioprofielen compare twente zeeland       gedeelde thema's en verschillen\n\n\
        Exitstatus: 0 gelukt, 1 niet gevonden of niet eenduidig, 2 fout in de gegevens of het \
        gebruik (ook een naam die show niet kan vinden of die niet eenduidig is).",
    usage_heading: "Gebruik:",
    commands_heading: "Commando's",
    arguments_heading: "Argumenten",
    options_heading: "Opties",
    global_heading: "Algemene opties",
    options_placeholder: "[OPTIES]",
    command_placeholder: "COMMANDO",
    help_flag: "Hulp tonen (-h kort, --help uitgebreid)",
    version_flag: "Versie tonen",
    commands: &[
        ("list", "Regio's met titel, aantal partners en thema's"),
        (
            "show",
            "Het hele profiel van een regio, of een deel van de begeleidende tekst heel en \
             letterlijk (een sectie, de aandachtspunten, de kansen en thema's, de gebieden zonder \
             profiel), elke alinea met haar regelnummers",
        ),
        (
            "where",
            "In welke regio('s) een gemeente of partner zit; de naam van een regio geeft die regio",
        ),
        (
            "themes",
            "De thema's met het aantal regio's per thema (● eigen, ○ van alle profielen gezegd)",
        ),
        (
            "matrix",
            "Regio's × thema's: ● genoemd voor de regio, ○ van alle profielen gezegd, · geen van beide",
        ),
        ("export", "De hele dataset exporteren"),
        (
            "validate",
            "Een gegevensbestand controleren: OK met aantallen, of elk probleem; met --source (of \
             een source-pad in het bestand) ook elk citaat dat niet letterlijk in die tekst staat",
        ),
        (
            "map",
            "De kaart: elke partnergemeente op de kaart van Nederland, als Braille-tekst, SVG of \
             JSON (Natural Earth, publiek domein; plaatsen: GeoNames, CC BY 4.0)",
        ),
        (
            "cite",
            "De citaten van een regio voor een thema (of voor al haar thema's), met regelnummers \
             in de brontekst: klaar voor een verslag",
        ),
        (
            "search",
            "Zoeken in alle velden (namen, partners, kernpunten, teksten), beste eerst; elk \
             resultaat met zijn regelnummers in de brontekst en de hele zin rond de treffer",
        ),
        (
            "compare",
            "Twee tot vier regio's vergelijken: gedeelde thema's en wat alleen een regio heeft",
        ),
        (
            "ask",
            "Een vraag: een regio bij haar naam, anders als where, of als search als where niets \
             vindt",
        ),
    ],
    args: &[
        (
            "",
            "data",
            "BESTAND",
            "Een ander gegevensbestand (RON, zelfde schema) in plaats van de ingebouwde \
             gegevens; voor validate zonder bestand: het bestand dat gecontroleerd wordt",
        ),
        (
            "",
            "lang",
            "TAAL",
            "Taal van de interface: nl of en. Zonder --lang beslist de omgeving (LC_ALL, \
             LC_MESSAGES, LANG): Engels als die met en begint, anders Nederlands. De gegevens \
             zelf zijn Nederlands",
        ),
        ("", "json", "", "Uitvoer als JSON (voor scripts)"),
        (
            "",
            "source",
            "TEKST",
            "De brontekst waarin elk citaat wordt opgezocht (standaard: het source-pad in het \
             gegevensbestand; bij de ingebouwde gegevens het ingebouwde document)",
        ),
        (
            "map",
            "format",
            "FORMAAT",
            "Uitvoerformaat: text (standaard), svg of json (met --json: json)",
        ),
        (
            "map",
            "width",
            "N",
            "Breedte van de tekstkaart in tekens (20 tot 400); de hoogte volgt uit de vorm van \
             het land",
        ),
        (
            "map",
            "region",
            "ID",
            "Licht deze regio uit (id, naam of uniek begin), bijvoorbeeld twente",
        ),
        (
            "map",
            "output",
            "BESTAND",
            "Schrijf naar dit bestand (atomair) in plaats van naar de standaarduitvoer",
        ),
        (
            "cite",
            "region",
            "REGIO",
            "De regio: id, naam, alias of uniek begin (een naam met spaties tussen \
             aanhalingstekens)",
        ),
        (
            "cite",
            "theme",
            "THEMA",
            "Het thema (id of naam, of een uniek begin); zonder: alle thema's van de regio",
        ),
        (
            "list",
            "themes",
            "THEMA",
            "Alleen regio's met dit thema: een id (internationaal) of een naam \
             (Internationalisering, Internationalisation); herhaalbaar: alle genoemde thema's",
        ),
        (
            "list",
            "any",
            "",
            "Met meerdere --theme: minstens een van de thema's in plaats van alle",
        ),
        (
            "list",
            "general",
            "",
            "Tel ook mee wat de begeleidende tekst van alle profielen zegt (○), niet alleen de \
             eigen thema's van een regio (●)",
        ),
        (
            "list",
            "route_oost",
            "",
            "Alleen regio's die onderdeel zijn van ROUTE OOST",
        ),
        (
            "show",
            "region",
            "NAAM",
            "De regio: id, naam, alias of uniek begin, bijvoorbeeld twente, \"Stedelijke Regio \
             Utrecht\", mra, zwol. Of een deel van de begeleidende tekst: een sectie bij haar id \
             of het begin van haar kop (vragen, \"blik op de toekomst\", inleiding), \
             aandachtspunten, \"kansen en thema's\", \"zonder profiel\" (of de naam van zo'n \
             gebied, Schiedam). Een naam die bij niets of bij meer dan één past: wat er is, en \
             exitstatus 2",
        ),
        (
            "where",
            "name",
            "NAAM",
            "De naam, bijvoorbeeld Hengelo, \"Den Bosch\", s-hertogenbosch, Twente",
        ),
        (
            "matrix",
            "format",
            "FORMAAT",
            "Uitvoerformaat: text (standaard), csv, md of json",
        ),
        (
            "export",
            "format",
            "FORMAAT",
            "Uitvoerformaat: json, ron, md of csv (met --json: json). ron is het begin van een \
             eigen gegevensbestand",
        ),
        (
            "export",
            "output",
            "BESTAND",
            "Schrijf naar dit bestand (atomair) in plaats van naar de standaarduitvoer; - is de \
             standaarduitvoer",
        ),
        (
            "validate",
            "file",
            "BESTAND",
            "Het gegevensbestand; zonder: het bestand dat --data noemt (regioprofielen --data \
             nieuw.ron validate). Beide geven is een gebruiksfout (exitstatus 2)",
        ),
        (
            "search",
            "query",
            "ZOEKVRAAG",
            "De zoekvraag; meerdere woorden moeten allemaal passen",
        ),
        (
            "search",
            "limit",
            "AANTAL",
            "Maximaal aantal resultaten, minstens 1 (standaard 10)",
        ),
        (
            "compare",
            "regions",
            "REGIO",
            "Twee tot vier regio's (id, naam of uniek begin)",
        ),
        ("ask", "words", "NAAM", "Een naam of zoekvraag"),
    ],
};

/// English.
pub static HELP_EN: HelpTexts = HelpTexts {
    about: "Explore the cultural profiles of the Dutch urban regions (2021-2024).",
    long_about: "Explore the cultural profiles of the Dutch urban regions (2021-2024).\n\n\
        Without a command the interactive explorer opens. A word that is no command is a \
        question: a region's name, short name, alias or id gives that region (title and \
        partners, and a partner of that name after it); another word is answered as where \
        answers (which region a municipality or partner is in), or as search does when where \
        finds nothing.",
    after_help: "Examples:\n  \
        regioprofielen Hengelo                      which region Hengelo is in\n  \
        regioprofielen zeeland                      the region Zeeland: title and partners\n  \
        regioprofielen show twente                  Twente's whole profile\n  \
        regioprofielen show vragen                  the questions to the Raad voor Cultuur\n  \
        regioprofielen list --theme Internationalisation\n  \
        regioprofielen compare twente zeeland       shared themes and differences\n\n\
        Exit status: 0 done, 1 not found or ambiguous, 2 bad data or bad usage (a name show \
        cannot find, or that is ambiguous, too).",
    usage_heading: "Usage:",
    commands_heading: "Commands",
    arguments_heading: "Arguments",
    options_heading: "Options",
    global_heading: "Options of every command",
    options_placeholder: "[OPTIONS]",
    command_placeholder: "COMMAND",
    help_flag: "Show the help (-h short, --help in full)",
    version_flag: "Show the version",
    commands: &[
        ("list", "Regions with title, number of partners and themes"),
        (
            "show",
            "A region's whole profile, or a part of the cover text whole and verbatim (a \
             section, the attention points, the opportunities and themes, the areas without a \
             profile), each paragraph with its line numbers",
        ),
        (
            "where",
            "Which region(s) a municipality or partner is in; a region's name gives that region",
        ),
        (
            "themes",
            "The themes with the number of regions per theme (● own, ○ said of all profiles)",
        ),
        (
            "matrix",
            "Regions × themes: ● named for the region, ○ said of all profiles, · neither",
        ),
        ("export", "Export the whole dataset"),
        (
            "validate",
            "Check a data file: OK with counts, or every problem",
        ),
        (
            "search",
            "Search every field (names, partners, key points, texts), best first; each hit with \
             its line numbers in the source text and the whole sentence around the match",
        ),
        (
            "compare",
            "Compare two to four regions: shared themes and what only one region has",
        ),
        (
            "ask",
            "A question: a region by its name, else as where, or as search when where finds \
             nothing",
        ),
        (
            "map",
            "The map: every partner municipality on the map of the Netherlands, as Braille text, \
             SVG or JSON (Natural Earth, public domain; places: GeoNames, CC BY 4.0)",
        ),
        (
            "cite",
            "A region's quotes for a theme (or for all its themes), with their line numbers in \
             the source text: ready for minutes",
        ),
    ],
    args: &[
        (
            "",
            "data",
            "FILE",
            "Another data file (RON, same schema) instead of the built-in data; for validate \
             without a file: the file it checks",
        ),
        (
            "",
            "lang",
            "LANG",
            "Interface language: nl or en. Without --lang the environment decides (LC_ALL, \
             LC_MESSAGES, LANG): English when it starts with en, else Dutch. The data itself is \
             Dutch",
        ),
        ("", "json", "", "Output as JSON (for scripts)"),
        (
            "",
            "source",
            "TEXT",
            "The source text every quote is located in (default: the source path in the data \
             file; for the built-in data the built-in document)",
        ),
        (
            "map",
            "format",
            "FORMAT",
            "Output format: text (default), svg or json (with --json: json)",
        ),
        (
            "map",
            "width",
            "N",
            "Width of the text map in characters (20 to 400); its height follows the shape of \
             the country",
        ),
        (
            "map",
            "region",
            "ID",
            "Highlight this region (id, name or unique beginning), for example twente",
        ),
        (
            "map",
            "output",
            "FILE",
            "Write to this file (atomically) instead of the standard output",
        ),
        (
            "cite",
            "region",
            "REGION",
            "The region: id, name, alias or unique beginning (a name with spaces in quotes)",
        ),
        (
            "cite",
            "theme",
            "THEME",
            "The theme (id or label, or a unique beginning); without it, all the region's",
        ),
        (
            "list",
            "themes",
            "THEME",
            "Only regions with this theme: an id (internationaal) or a name \
             (Internationalisation, Internationalisering); repeatable: all the themes named",
        ),
        (
            "list",
            "any",
            "",
            "With several --theme: at least one of the themes instead of all",
        ),
        (
            "list",
            "general",
            "",
            "Count what the cover text says of all profiles too (○), not only a region's own \
             themes (●)",
        ),
        (
            "list",
            "route_oost",
            "",
            "Only regions that are part of ROUTE OOST",
        ),
        (
            "show",
            "region",
            "NAME",
            "The region: id, name, alias or unique beginning, for example twente, \"Stedelijke \
             Regio Utrecht\", mra, zwol. Or a part of the cover text: a section by its id or the \
             beginning of its heading (vragen, \"blik op de toekomst\", inleiding), \
             aandachtspunten (attention points), \"kansen en thema's\", \"zonder profiel\" \
             (areas without a profile, or the name of such an area, Schiedam). A name that fits \
             nothing or several: what there is, and exit status 2",
        ),
        (
            "where",
            "name",
            "NAME",
            "The name, for example Hengelo, \"Den Bosch\", s-hertogenbosch, Twente",
        ),
        (
            "matrix",
            "format",
            "FORMAT",
            "Output format: text (default), csv, md or json",
        ),
        (
            "export",
            "format",
            "FORMAT",
            "Output format: json, ron, md or csv (with --json: json). ron is the start of a \
             data file of your own",
        ),
        (
            "export",
            "output",
            "FILE",
            "Write to this file (atomically) instead of the standard output; - is the standard \
             output",
        ),
        (
            "validate",
            "file",
            "FILE",
            "The data file; without it, the file --data names (regioprofielen --data new.ron \
             validate). Giving both is a usage error (exit status 2)",
        ),
        (
            "search",
            "query",
            "QUERY",
            "The query; several words must all match",
        ),
        (
            "search",
            "limit",
            "N",
            "The most results, at least 1 (default 10)",
        ),
        (
            "compare",
            "regions",
            "REGION",
            "Two to four regions (id, name or unique beginning)",
        ),
        ("ask", "words", "NAME", "A name or a query"),
    ],
};
