//! `export` and `validate` (of its own file, or the one `--data` names).

use std::io::Write;
use std::path::Path;

use super::{CliError, Ctx, ExportFormat, Outcome};
use crate::export::{self, Target};
use crate::i18n::Texts;
use crate::load;
use crate::text::printable_path;

/// `export --format json|ron|md|csv [-o FILE]`: the whole dataset.
pub fn export(
    ctx: &Ctx,
    format: Option<ExportFormat>,
    output: Option<&Path>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let format = match (format, ctx.json) {
        (Some(f), _) => f,
        (None, true) => ExportFormat::Json,
        (None, false) => {
            return Err(CliError::Usage(ctx.t.cli.export_needs_format.to_string()));
        }
    };
    let mut text = match format {
        ExportFormat::Json => serde_json::to_string_pretty(data)?,
        ExportFormat::Ron => ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())?,
        ExportFormat::Md => export::dataset_md(data, ctx.source, ctx.t),
        ExportFormat::Csv => export::dataset_csv(data)?,
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    match output.map(Target::from_arg) {
        Some(Target::File(path)) => {
            export::write_atomic(path, text.as_bytes())?;
            writeln!(out, "{} {}", ctx.t.cli.written_to, printable_path(path))?;
        }
        Some(Target::Stdout) | None => out.write_all(text.as_bytes())?,
    }
    Ok(Outcome::Done)
}

/// The file `validate` checks: its own argument `file`, else the file the global `--data`
/// names (`data`). Both at once is a usage error, rather than one silently ignored, and so is
/// neither.
pub fn validate_file<'a>(
    t: &Texts,
    file: Option<&'a Path>,
    data: Option<&'a Path>,
) -> Result<&'a Path, CliError> {
    match (file, data) {
        (Some(f), None) | (None, Some(f)) => Ok(f),
        (Some(f), Some(d)) => Err(CliError::Usage(crate::i18n::fill(
            t.cli.validate_two_files,
            &[("file", &printable_path(f)), ("data", &printable_path(d))],
        ))),
        (None, None) => Err(CliError::Usage(t.cli.validate_needs_file.to_string())),
    }
}

/// `validate FILE [--source TEXT]`: "OK" with counts, or every problem (as an error, exit
/// 2). With a source text (`--source`, else the file's own `source` path), every quote must
/// stand in it verbatim.
pub fn validate(
    t: &Texts,
    json: bool,
    file: &Path,
    source: Option<&Path>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let loaded = load::load(Some(file), source, true)?;
    let data = &loaded.data;
    let located = loaded.source.as_ref().map(|s| (s.places().len(), s.name()));
    let partners: usize = data.regions.iter().map(|r| r.partners.len()).sum();
    let key_points: usize = data.regions.iter().map(|r| r.key_points.len()).sum();
    let tags: usize = data.regions.iter().map(|r| r.themes.len()).sum();
    if json {
        let v = serde_json::json!({
            "valid": true, "file": printable_path(file),
            "regions": data.regions.len(), "themes": data.themes.len(), "partners": partners,
            "key_points": key_points, "theme_tags": tags, "national_sections": data.national.len(),
            "without_profile": data.without_profile.len(),
            "general_statements": data.general_statements.len(),
            "source": located.map(|(_, name)| name),
            "quotes_located": located.map(|(n, _)| n),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        writeln!(
            out,
            "OK: {} — {} {}, {}",
            printable_path(file),
            t.cli.valid,
            t.cli.validate_counts([
                data.regions.len(),
                data.themes.len(),
                partners,
                key_points,
                tags,
                data.national.len(),
                data.without_profile.len()
            ]),
            t.marks.statements.of(data.general_statements.len())
        )?;
        if let Some((n, name)) = located {
            writeln!(out, "    {}", (t.cite.located)(n, name))?;
        }
    }
    Ok(Outcome::Done)
}
