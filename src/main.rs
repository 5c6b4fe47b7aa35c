fn main() {
    match regioprofielen::load::embedded() {
        Ok(d) => println!("{} regio's", d.regions.len()),
        Err(e) => eprintln!("{e}"),
    }
}
