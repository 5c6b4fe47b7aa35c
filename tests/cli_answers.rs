//! The command line answers as much as the explorer does: a bare region name answers with the
//! region, `show` prints a part of the cover text whole with its lines, a search hit shows a
//! whole sentence with its lines, and `validate` checks the file `--data` names. Through the
//! real binary, in Dutch and English.

mod cli_support;

use cli_support::{err, out, run};
use regioprofielen::load;
use regioprofielen::model::{Dataset, PartnerKind};

fn data() -> Dataset {
    load::embedded().expect("embedded data")
}

fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let o = run(args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", out(&o)));
    (o.status.code(), v)
}

#[test]
fn a_bare_region_name_answers_with_the_region_before_a_partner_of_that_name() {
    let o = run(&["zeeland"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        out(&o),
        "Zeeland is een regio [zeeland] · Samen in Zee (2)\n  \
         Gemeenten: Goes, Middelburg, Terneuzen, Vlissingen\n  \
         Provincie: Zeeland\n  \
         het hele profiel: regioprofielen show zeeland\n\
         Ook een partner heeft die naam: Zeeland (provincie) → Zeeland [zeeland]\n"
    );
    let o = run(&["--lang", "en", "Zeeland"]);
    assert_eq!(
        out(&o),
        "Zeeland is a region [zeeland] · Samen in Zee (2)\n  \
         Municipalities: Goes, Middelburg, Terneuzen, Vlissingen\n  \
         Province: Zeeland\n  \
         the whole profile: regioprofielen show zeeland\n\
         A partner has that name too: Zeeland (province) → Zeeland [zeeland]\n"
    );
    // Two partners of the name, in one line, counted.
    let o = run(&["utrecht"]);
    let text = out(&o);
    assert!(
        text.starts_with("Stedelijke Regio Utrecht is een regio [utrecht] · Eeuwig Jong\n"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "Ook 2 partners hebben die naam: Utrecht (gemeente) → Stedelijke Regio Utrecht \
             [utrecht]; Utrecht (provincie) → Stedelijke Regio Utrecht [utrecht]\n"
        ),
        "{text}"
    );
    // JSON: the region first, then the partner, as `where` gives them.
    let (code, v) = json(&["zeeland", "--json"]);
    assert_eq!(code, Some(0));
    let kinds: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["region", "province"]);
    // `where` still answers the partner first: it asks where a partner is.
    assert_eq!(
        out(&run(&["where", "zeeland"])),
        "Zeeland (provincie) → Zeeland [zeeland]\n"
    );
}

#[test]
fn every_region_answers_a_bare_word_of_its_name_short_name_alias_or_id_with_one_block() {
    let d = data();
    for r in &d.regions {
        let mut words = vec![r.id.clone(), r.name.clone(), r.short().to_string()];
        words.extend(
            r.aliases
                .iter()
                .filter(|a| a.refers_to == r.name)
                .map(|a| a.name.clone()),
        );
        // Case and diacritics do not matter.
        words.push(r.short().to_uppercase());
        for word in words {
            for (lang, is, hint) in [
                ("nl", "is een regio", "het hele profiel"),
                ("en", "is a region", "the whole profile"),
            ] {
                let o = run(&["--lang", lang, &word]);
                assert_eq!(o.status.code(), Some(0), "{word}: {}", err(&o));
                let text = out(&o);
                let first = format!("{} {is} [{}] · {}\n", r.name, r.id, r.profile_title);
                assert!(text.starts_with(&first), "{word} ({lang}): {text}");
                assert!(
                    text.contains(&format!("  {hint}: regioprofielen show {}\n", r.id)),
                    "{word} ({lang}): {text}"
                );
                // Every partner, under its kind.
                for kind in PartnerKind::ALL {
                    for p in r.partners_of(kind) {
                        assert!(text.contains(&p.name), "{word}: {} missing", p.name);
                    }
                }
                // Only this region's block.
                let blocks = text.matches(is).count();
                assert_eq!(blocks, 1, "{word} ({lang}): {text}");
            }
        }
    }
    // A partner's name that is no region's stays the answer of `where`.
    let o = run(&["den", "haag"]);
    assert_eq!(out(&o), "Den Haag (gemeente) → Haaglanden [haaglanden]\n");
}
