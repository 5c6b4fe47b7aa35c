use regioprofielen::i18n::Lang;

fn main() {
    // Without arguments: the interactive explorer (it needs a terminal on both ends).
    if std::env::args_os().len() <= 1 {
        let lang = Lang::Nl;
        if !regioprofielen::tui::is_terminal() {
            eprintln!("{}", lang.texts().not_a_terminal);
            std::process::exit(2);
        }
        let result = regioprofielen::load::embedded()
            .map_err(|e| e.to_string())
            .and_then(|d| regioprofielen::tui::run(d, lang).map_err(|e| e.to_string()));
        if let Err(e) = result {
            eprintln!("{e}");
            std::process::exit(1);
        }
        return;
    }
    match regioprofielen::load::embedded() {
        Ok(d) => println!("{} regio's", d.regions.len()),
        Err(e) => eprintln!("{e}"),
    }
}
