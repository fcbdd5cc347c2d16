//! Public exports of the pathway graph: a documented JSON shape for other tools
//! and GraphML for graph programs (Gephi, yEd, Cytoscape, networkx).

use pathway_model::eligibility::Eligibility;
use pathway_model::graph::{Edge, Node, PathwayGraph};
use pathway_model::model::{Credential, FundingKind, Partner, Region, Schedule, SupportService, Text};
use petgraph::visit::EdgeRef;
use serde::Serialize;
use std::fmt::Write as _;

/// The version of the JSON export's shape. Version 2: a text field given in
/// several languages is a map from language code to text.
pub const EXPORT_VERSION: u32 = 2;

/// The credit O*NET's licence asks of anything that shows its titles or descriptions.
pub const ONET_ATTRIBUTION: &str = "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license";

/// The whole graph in the public JSON shape documented in the README.
#[derive(Debug, Serialize)]
pub struct JsonExport<'a> {
    /// Always "pathways-export".
    pub format: &'static str,
    /// [`EXPORT_VERSION`].
    pub version: u32,
    /// Credits for the data shown.
    pub attribution: Vec<&'static str>,
    /// Regions.
    pub regions: &'a [Region],
    /// Occupations with their wages joined in.
    pub occupations: Vec<OccupationExport<'a>>,
    /// Credentials.
    pub credentials: &'a [Credential],
    /// Programs with the cost left to the learner worked out.
    pub programs: Vec<ProgramExport<'a>>,
    /// Steps with the wage step worked out.
    pub steps: Vec<StepExport<'a>>,
    /// Partners.
    pub partners: &'a [Partner],
}

/// An occupation in the export.
#[derive(Debug, Serialize)]
pub struct OccupationExport<'a> {
    /// Id.
    pub id: &'a str,
    /// SOC 2018 code.
    pub soc: &'a str,
    /// O*NET-SOC code, when given.
    pub onet: Option<&'a str>,
    /// Title, as a string or a map of languages.
    pub title: &'a Text,
    /// Plain-language description, as a string or a map of languages.
    pub description: Option<&'a Text>,
    /// Region id.
    pub region: Option<&'a str>,
    /// True for an entry role.
    pub entry: bool,
    /// Credentials needed to work in it.
    pub requires: Vec<&'a str>,
    /// Wages in the occupation's region, or null when the data has none.
    pub wages: Option<WagesExport<'a>>,
}

/// Wage figures in the export, flattened for spreadsheet use.
#[derive(Debug, Serialize)]
pub struct WagesExport<'a> {
    /// Median hourly wage in dollars.
    pub hourly_median: Option<f64>,
    /// Median annual wage in dollars.
    pub annual_median: Option<f64>,
    /// 10th percentile hourly.
    pub hourly_p10: Option<f64>,
    /// 90th percentile hourly.
    pub hourly_p90: Option<f64>,
    /// 10th percentile annual.
    pub annual_p10: Option<f64>,
    /// 90th percentile annual.
    pub annual_p90: Option<f64>,
    /// Where the figures come from.
    pub source: Option<&'a str>,
    /// Reference year.
    pub year: Option<u16>,
    /// Source area code.
    pub area: Option<&'a str>,
    /// True when the national figure stands in for a suppressed local one.
    pub national_fallback: bool,
}

/// A program in the export.
#[derive(Debug, Serialize)]
pub struct ProgramExport<'a> {
    /// Id.
    pub id: &'a str,
    /// Name, as a string or a map of languages.
    pub name: &'a Text,
    /// Kind, as in the pathway files.
    pub kind: pathway_model::model::ProgramKind,
    /// True for a bridge program.
    pub bridge: bool,
    /// True for work-based learning.
    pub work_based: bool,
    /// Provider partner id.
    pub provider: &'a str,
    /// Region id.
    pub region: Option<&'a str>,
    /// Months.
    pub months: f64,
    /// Full cost in dollars.
    pub cost: f64,
    /// Cost left to a learner after the funding with no conditions, which
    /// pays for everyone who enrolls; what a person pays after the funding
    /// they qualify for is `routes --json`'s `cost`.
    pub cost_to_learner: f64,
    /// Every funding source, with its conditions.
    pub funding: Vec<FundingExport<'a>>,
    /// Who may enroll, when the program takes only some people; null otherwise.
    pub eligible: Option<&'a Eligibility>,
    /// When it meets.
    pub schedule: &'a [Schedule],
    /// Paid while learning.
    pub paid: bool,
    /// Credentials required to enroll.
    pub requires: Vec<&'a str>,
    /// Credentials awarded.
    pub awards: Vec<&'a str>,
    /// Support services open to its learners.
    pub support_services: Vec<SupportService>,
    /// Source citation, as a string or a map of languages.
    pub source: &'a Text,
    /// Source date.
    pub source_date: &'a str,
    /// True when the details are an example rather than a published offering.
    pub illustrative: bool,
}

/// A funding source of a program in the export.
#[derive(Debug, Serialize)]
pub struct FundingExport<'a> {
    /// The partner that pays.
    pub by: &'a str,
    /// The kind of funding.
    pub kind: FundingKind,
    /// Dollars it covers; null for the whole cost.
    pub covers: Option<f64>,
    /// Who qualifies, as conditions; `{}` for everyone who enrolls, null
    /// when the data gives none (then `eligibility`, if any, says it in words
    /// and the funding is never assumed to apply).
    pub eligible: Option<&'a Eligibility>,
    /// Who qualifies, in the data's words, as a string or a map of languages.
    pub eligibility: Option<&'a Text>,
}

/// A step in the export.
#[derive(Debug, Serialize)]
pub struct StepExport<'a> {
    /// From occupation id, null for a first job.
    pub from: Option<&'a str>,
    /// To occupation id.
    pub to: &'a str,
    /// Credentials the step and the occupation require.
    pub requires: Vec<&'a str>,
    /// Months of experience required.
    pub experience_months: f64,
    /// Change in median annual wage, when both wages are known.
    pub wage_step: Option<f64>,
}

/// Builds the JSON export of a graph.
pub fn json_export(g: &PathwayGraph) -> JsonExport<'_> {
    let d = g.dataset();
    let occupations = g
        .occupations()
        .map(|ix| {
            let o = g.occupation(ix);
            OccupationExport {
                id: o.id.as_str(),
                soc: &o.soc,
                onet: o.onet.as_deref(),
                title: &o.title,
                description: o.description.as_ref(),
                region: o.region.as_ref().map(|r| r.as_str()),
                entry: o.entry,
                requires: o.requires.iter().map(|c| c.as_str()).collect(),
                wages: g.wage(ix).map(|w| WagesExport {
                    hourly_median: w.hourly.median,
                    annual_median: w.annual.median,
                    hourly_p10: w.hourly.p10,
                    hourly_p90: w.hourly.p90,
                    annual_p10: w.annual.p10,
                    annual_p90: w.annual.p90,
                    source: w.source.as_deref(),
                    year: w.year,
                    area: w.area.as_deref(),
                    national_fallback: w.national_fallback,
                }),
            }
        })
        .collect();
    let programs = g
        .programs()
        .map(|ix| {
            let p = g.program(ix);
            ProgramExport {
                id: p.id.as_str(),
                name: &p.name,
                kind: p.kind,
                bridge: p.kind.is_bridge(),
                work_based: p.kind.is_work_based(),
                provider: p.provider.as_str(),
                region: p.region.as_ref().map(|r| r.as_str()),
                months: p.months,
                cost: p.cost,
                cost_to_learner: p.cost_to_learner(),
                funding: p
                    .funding
                    .iter()
                    .map(|f| FundingExport {
                        by: f.by.as_str(),
                        kind: f.kind,
                        covers: f.covers,
                        eligible: f.eligible.as_ref(),
                        eligibility: f.eligibility.as_ref(),
                    })
                    .collect(),
                eligible: p.eligible.as_ref(),
                schedule: &p.schedule,
                paid: p.paid,
                requires: p.requires.iter().map(|c| c.as_str()).collect(),
                awards: p.awards.iter().map(|c| c.as_str()).collect(),
                support_services: g.support_services(ix).into_iter().collect(),
                source: &p.source.citation,
                source_date: &p.source.date,
                illustrative: p.illustrative,
            }
        })
        .collect();
    let annual = |id: &pathway_model::ids::OccupationId| {
        g.occupation_ix(id).and_then(|ix| g.wage(ix)).and_then(|w| w.annual.median)
    };
    let steps = d
        .steps
        .iter()
        .map(|s| {
            let mut requires: Vec<&str> = s.requires.iter().map(|c| c.as_str()).collect();
            if let Some(to) = g.occupation_ix(&s.to) {
                requires.extend(g.occupation(to).requires.iter().map(|c| c.as_str()));
            }
            requires.sort_unstable();
            requires.dedup();
            let wage_step = match (&s.from, annual(&s.to)) {
                (Some(from), Some(to)) => annual(from).map(|f| to - f),
                _ => None,
            };
            StepExport {
                from: s.from.as_ref().map(|f| f.as_str()),
                to: s.to.as_str(),
                requires,
                experience_months: s.experience_months,
                wage_step,
            }
        })
        .collect();
    JsonExport {
        format: "pathways-export",
        version: EXPORT_VERSION,
        attribution: vec![
            ONET_ATTRIBUTION,
            "Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (public domain)",
        ],
        regions: &d.regions,
        occupations,
        credentials: &d.credentials,
        programs,
        steps,
        partners: &d.partners,
    }
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The graph as GraphML: nodes carry `kind`, `label` and (for occupations)
/// `annual_median`; edges carry `kind`.
pub fn graphml(g: &PathwayGraph) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  \
<key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n  \
<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n  \
<key id=\"annual_median\" for=\"node\" attr.name=\"annual_median\" attr.type=\"double\"/>\n  \
<key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n  \
<graph id=\"pathways\" edgedefault=\"directed\">\n",
    );
    let graph = g.graph();
    let node_id = |n: petgraph::graph::NodeIndex| -> String {
        match graph[n] {
            Node::NoJob => "no-job".to_owned(),
            Node::Occupation(ix) => format!("occupation:{}", g.occupation(ix).id),
            Node::Credential(ix) => format!("credential:{}", g.credential(ix).id),
            Node::Program(ix) => format!("program:{}", g.program(ix).id),
            Node::Partner(ix) => format!("partner:{}", g.partner(ix).id),
        }
    };
    for n in graph.node_indices() {
        let (kind, label, wage) = match graph[n] {
            Node::NoJob => ("start", "No job yet".to_owned(), None),
            Node::Occupation(ix) => {
                ("occupation", g.occupation(ix).title.to_string(), g.wage(ix).and_then(|w| w.annual.median))
            }
            Node::Credential(ix) => ("credential", g.credential(ix).name.to_string(), None),
            Node::Program(ix) => ("program", g.program(ix).name.to_string(), None),
            Node::Partner(ix) => ("partner", g.partner(ix).name.to_string(), None),
        };
        let _ = write!(
            out,
            "    <node id=\"{}\"><data key=\"kind\">{kind}</data><data key=\"label\">{}</data>",
            xml_escape(&node_id(n)),
            xml_escape(&label)
        );
        if let Some(w) = wage {
            let _ = write!(out, "<data key=\"annual_median\">{w}</data>");
        }
        out.push_str("</node>\n");
    }
    for (i, e) in graph.edge_references().enumerate() {
        let kind: Edge = *e.weight();
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"ekind\">{}</data></edge>",
            xml_escape(&node_id(e.source())),
            xml_escape(&node_id(e.target())),
            kind.label()
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(xml_escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&apos;");
    }
}
