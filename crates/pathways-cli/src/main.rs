//! The `pathways` command: checks, builds, exports and queries pathway data
//! for the people who keep it, most of whom are not programmers.

#![forbid(unsafe_code)]

mod commands;
mod ctdl_command;
mod dataset_dir;
mod routes_command;
mod stdout;
mod wages_import;
mod wording;
mod words;

use clap::{Parser, Subcommand, ValueEnum};
use pathway_model::eligibility::Person;
use pathway_model::{CredentialId, OccupationId, PartnerId, RegionId};
use pathway_routes::{Constraints, RouteQuery, StudyTimes};
use std::path::PathBuf;
use std::process::ExitCode;

/// Check, build and explore career pathway data.
///
/// A pathway dataset is a folder of YAML files describing occupations, the
/// credentials and programs that lead between them, and the partners that
/// run and pay for those programs. Start with `pathways check <folder>`.
#[derive(Parser, Debug)]
#[command(name = "pathways", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check every pathway file in a folder and list every problem found.
    ///
    /// Each problem is shown as `file:line:column: error: message`, with the
    /// line it is on and, where possible, a suggestion such as "did you mean
    /// `cna-certification`?". Errors must be fixed before the data can be
    /// published; warnings point at things that are probably not meant.
    /// Exits with 1 when there is any error and 0 otherwise.
    Check {
        /// The folder of pathway files, such as `pathways`.
        dir: PathBuf,
        /// Also list every fact a counselor cannot check yet: programs with no
        /// link to a published page, licenses and certifications whose rule
        /// cites no page, pay rates with no link.
        #[arg(long)]
        sources: bool,
    },
    /// Check a folder, then write the data files the website loads.
    ///
    /// Writes the index (`pathways.json`) to OUTPUT and one file per region
    /// (`pathways-<region>.json`) beside it. Copy them next to the website's
    /// other files to publish new data without rebuilding the site.
    Build {
        /// The folder of pathway files.
        dir: PathBuf,
        /// Where to write the index, such as `site/dist/pathways.json`; the region files go in the same folder.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Print the whole pathway graph for other tools.
    ///
    /// `--format json` prints the documented public JSON shape (see the
    /// README); `--format graphml` prints GraphML for Gephi, yEd, Cytoscape or
    /// networkx; `--format ctdl` prints Credential Engine CTDL JSON-LD (a
    /// `ceterms:Pathway` per region, with the extension terms the authoring
    /// guide lists). Nothing is printed unless the data checks clean.
    Export {
        /// The folder of pathway files.
        dir: PathBuf,
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Show the rung-by-rung routes upward from where a person is.
    ///
    /// Lists every destination's best routes: the months, the cost to the
    /// person after funding, the wage at each rung and the programs each rung
    /// takes, with bridge programs added where a prerequisite is missing. Routes
    /// beaten on time, cost, wage and number of programs together are marked,
    /// and the fastest, cheapest and highest-paying are named. When a limit
    /// leaves no route to `--to`, it says which limit and which program.
    Routes {
        /// The folder of pathway files.
        dir: PathBuf,
        /// The occupation id the person holds now, or `none` for no job yet.
        #[arg(long)]
        from: String,
        /// The occupation id they want to reach; every reachable one when absent.
        #[arg(long)]
        to: Option<String>,
        /// The region id, for a person with no job yet.
        #[arg(long)]
        region: Option<String>,
        /// Credential ids they already hold, comma separated (a diploma or GED, an English level, ...).
        #[arg(long, value_delimiter = ',')]
        holds: Vec<String>,
        /// Months they have worked in their current job (`--experience` also works).
        #[arg(long = "months-in-job", alias = "experience", default_value_t = 0.0, value_parser = amount)]
        experience: f64,
        /// The partner id of their employer, for employer tuition help and
        /// programs for a company's own employees.
        #[arg(long)]
        employer: Option<String>,
        /// Partner ids of the unions or training funds they belong to, comma separated.
        #[arg(long = "union", value_delimiter = ',')]
        unions: Vec<String>,
        /// They qualify for public workforce training funds (WIOA): low income, unemployed or dislocated.
        #[arg(long)]
        income_eligible: bool,
        /// Their age in years, for programs and funding with an age range.
        #[arg(long)]
        age: Option<u32>,
        /// They are enrolled in high school.
        #[arg(long)]
        in_high_school: bool,
        /// They have the lived experience peer programs ask for (recovery, caregiving, the system a program serves).
        #[arg(long)]
        lived_experience: bool,
        /// They can study only evenings, weekends or online.
        #[arg(long)]
        evenings: bool,
        /// The most months the whole route may take.
        #[arg(long, value_parser = amount)]
        max_months: Option<f64>,
        /// The most the whole route may cost them, in dollars.
        #[arg(long, value_parser = amount)]
        max_cost: Option<f64>,
        /// They must keep earning: only paid or part-time programs.
        #[arg(long)]
        keep_earning: bool,
        /// They have no car: only online programs or ones with transportation help.
        #[arg(long)]
        no_car: bool,
        /// Print the routes as JSON.
        #[arg(long)]
        json: bool,
        /// The language of the table and of the data's text: `en` or `es`.
        /// The data's text falls back to the region's default language where
        /// a translation is missing; `pathways check` lists those.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Print the JSON Schema that editors use to complete pathway files.
    Schema,
    /// Work with wage figures.
    #[command(subcommand)]
    Wages(WagesCommand),
    /// Write pathway files from another format.
    #[command(subcommand)]
    Import(ImportCommand),
}

#[derive(Subcommand, Debug)]
enum ImportCommand {
    /// Write pathway YAML files from a Credential Engine CTDL JSON-LD graph.
    ///
    /// Reads a graph such as `pathways export --format ctdl` writes (either
    /// the `ceasn:` or the `ceterms:` form of `hasChild` and `isPartOf`),
    /// writes `credentials.yaml`, a folder per region and `shared.yaml` into
    /// OUTPUT, and checks them. A graph that cannot become pathway files gets
    /// every problem listed, with the node and property, and nothing is written.
    Ctdl {
        /// The CTDL JSON-LD file.
        file: PathBuf,
        /// A new or empty folder to write the pathway files into.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum WagesCommand {
    /// Write a region's wage file from the BLS OEWS extract.
    ///
    /// Takes the figures for the occupations (SOC codes) of one region from
    /// the OEWS file, falling back to the national figure where BLS did not
    /// publish the local one (and marking it), and writes a pathway file with
    /// the source and year on every figure. Next year's update is one command.
    Import {
        /// The OEWS extract (`.csv` or `.csv.gz`).
        oews: PathBuf,
        /// The OEWS area code, such as `0012580` for Baltimore.
        #[arg(long)]
        area: String,
        /// The region id the wages belong to in the pathway data.
        #[arg(long)]
        region: String,
        /// SOC codes to import, comma separated, such as `31-1131,29-2061`.
        #[arg(long, value_delimiter = ',', required = true)]
        soc: Vec<String>,
        /// The release named in the source, such as "May 2025".
        #[arg(long, default_value = "May 2025")]
        release: String,
        /// The reference year of the figures.
        #[arg(long, default_value_t = 2025)]
        year: u16,
        /// Where to write the wage file; printed when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportFormat {
    /// The documented JSON shape.
    Json,
    /// GraphML.
    Graphml,
    /// Credential Engine CTDL JSON-LD.
    Ctdl,
}

/// Months or dollars given on the command line: a number of zero or more.
/// `NaN`, `inf` and negative numbers would make every comparison with a
/// route quietly false, so they are refused with a message instead.
fn amount(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        Ok(_) => Err(format!("`{text}` is not an amount: give a number of zero or more, such as 12")),
        Err(_) => Err(format!("`{text}` is not a number: give a number of zero or more, such as 12")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { dir, sources } => commands::check(&dir, sources),
        Command::Build { dir, output } => commands::build(&dir, &output),
        Command::Export { dir, format: ExportFormat::Ctdl } => ctdl_command::export(&dir),
        Command::Export { dir, format } => commands::export(&dir, matches!(format, ExportFormat::Graphml)),
        Command::Import(ImportCommand::Ctdl { file, output }) => ctdl_command::import(&file, &output),
        Command::Routes {
            dir,
            from,
            to,
            region,
            holds,
            experience,
            employer,
            unions,
            income_eligible,
            age,
            in_high_school,
            lived_experience,
            evenings,
            max_months,
            max_cost,
            keep_earning,
            no_car,
            json,
            lang,
        } => {
            let query = RouteQuery {
                start: (from != "none").then_some(OccupationId(from)),
                region: region.map(RegionId),
                holds: holds.into_iter().map(CredentialId).collect(),
                experience_months: experience,
                target: to.map(OccupationId),
                constraints: Constraints {
                    study_times: if evenings { StudyTimes::OutsideWorkHours } else { StudyTimes::Any },
                    max_months,
                    max_cost,
                    keep_earning,
                    no_car,
                },
                person: Person {
                    employer: employer.map(PartnerId),
                    months_with_employer: experience,
                    member_of: unions.into_iter().map(PartnerId).collect(),
                    income_eligible,
                    age,
                    in_high_school,
                    lived_experience,
                },
            };
            routes_command::run(&dir, &query, json, &lang)
        }
        Command::Schema => stdout::emit(&pathway_authoring::schema::pathway_file_schema()).map(|()| true),
        Command::Wages(WagesCommand::Import { oews, area, region, soc, release, year, output }) => {
            let request = wages_import::ImportRequest { area, region, soc, release, year };
            wages_import::run(&oews, &request, output.as_deref())
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn amounts_are_finite_and_not_negative() {
        assert_eq!(amount("12"), Ok(12.0));
        assert_eq!(amount("0"), Ok(0.0));
        for bad in ["NaN", "inf", "-1", "-0.5"] {
            assert!(amount(bad).unwrap_err().contains("is not an amount"), "{bad}");
        }
        assert!(amount("twelve").unwrap_err().contains("is not a number"));
    }
}
