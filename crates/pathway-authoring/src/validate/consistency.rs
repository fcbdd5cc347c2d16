//! What a dataset can get wrong while every entry is well formed: wages
//! imported for another metro area than the region's, credentials that
//! something requires but nothing awards, steps that go round in a circle,
//! and steps that lead to lower pay.

use super::{step_owner, Validator};
use crate::origins::Section;
use pathway_model::figures::dollars;
use pathway_model::model::{Occupation, Step};
use pathway_model::pay::HOURS_PER_YEAR;
use petgraph::algo::kosaraju_scc;
use petgraph::graph::DiGraph;
use std::collections::{BTreeMap, HashMap, HashSet};

impl Validator<'_> {
    /// Every wage of a region whose `oews_area` is set must be for that area
    /// (or a national figure standing in for it); one error per file and area.
    pub(super) fn wage_areas(&mut self) {
        let d = self.data;
        let mut wrong: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        for (i, w) in d.wages.iter().enumerate() {
            let Some(region) = d.regions.iter().find(|r| Some(&r.id) == w.region.as_ref()) else { continue };
            let (Some(expected), Some(area)) = (&region.oews_area, &w.area) else { continue };
            if area != expected && !w.national_fallback {
                let entry = wrong.entry((region.id.to_string(), area.clone())).or_insert((i, 0));
                entry.1 += 1;
            }
        }
        for ((region, area), (first, count)) in wrong {
            let expected = d.regions.iter().find(|r| r.id.as_str() == region).and_then(|r| r.oews_area.clone());
            let expected = expected.unwrap_or_default();
            let figures = if count == 1 { "1 wage is".to_owned() } else { format!("{count} wages are") };
            self.error(
                Section::Wages,
                first,
                Some("area"),
                format!(
                    "{figures} for OEWS area `{area}`, but region `{region}` takes its wages from area `{expected}` (its `oews_area`)"
                ),
            )
            .help = Some(format!(
                "rerun `pathways wages import --area {expected} --region {region}`, or correct the region's `oews_area` if the area is right"
            ));
        }
    }

    /// A credential that an occupation, a step or a program requires must be
    /// awarded by some program, or be marked `external: true`; otherwise every
    /// route through it silently disappears.
    pub(super) fn unawarded_requirements(&mut self) {
        let d = self.data;
        let awarded: HashSet<&str> = d.programs.iter().flat_map(|p| p.awards.iter()).map(|c| c.as_str()).collect();
        let mut requirements: Vec<(Section, usize, String, &str)> = Vec::new();
        for (i, o) in d.occupations.iter().enumerate() {
            requirements.extend(
                o.requires.iter().map(|c| (Section::Occupations, i, format!("occupation `{}`", o.id), c.as_str())),
            );
        }
        for (i, s) in d.steps.iter().enumerate() {
            requirements.extend(s.requires.iter().map(|c| (Section::Steps, i, step_owner(s), c.as_str())));
        }
        for (i, p) in d.programs.iter().enumerate() {
            requirements
                .extend(p.requires.iter().map(|c| (Section::Programs, i, format!("program `{}`", p.id), c.as_str())));
        }
        for (section, i, owner, credential) in requirements {
            let Some(c) = d.credentials.iter().find(|c| c.id.as_str() == credential) else { continue };
            if c.external || awarded.contains(credential) {
                continue;
            }
            self.warning(
                section,
                i,
                Some("requires"),
                format!(
                    "{owner} requires credential `{credential}`, which no program in the data awards, so routes reach it only for people who already hold it"
                ),
            );
            if let Some(last) = self.out.0.last_mut() {
                last.help = Some(format!(
                    "add the program that awards `{credential}`, or, if people bring it from elsewhere (a driver's license, say), mark the credential `external: true`"
                ));
            }
        }
    }

    /// Steps must not go round in a circle, and a step to lower pay is named
    /// with both wages.
    pub(super) fn step_cycles_and_pay(&mut self) {
        let d = self.data;
        let mut graph = DiGraph::<&str, usize>::new();
        let mut node = HashMap::new();
        for o in &d.occupations {
            node.entry(o.id.as_str()).or_insert_with(|| graph.add_node(o.id.as_str()));
        }
        for (i, s) in d.steps.iter().enumerate() {
            if let (Some(from), Some(&to)) =
                (s.from.as_ref().and_then(|f| node.get(f.as_str())), node.get(s.to.as_str()))
            {
                graph.add_edge(*from, to, i);
            }
        }
        for component in kosaraju_scc(&graph) {
            if component.len() < 2 {
                continue;
            }
            let members: HashSet<_> = component.iter().copied().collect();
            let steps: Vec<usize> = graph
                .edge_indices()
                .filter(|&e| graph.edge_endpoints(e).is_some_and(|(a, b)| members.contains(&a) && members.contains(&b)))
                .map(|e| graph[e])
                .collect();
            // The step written last is the likeliest to be the one that goes back.
            let last = *steps.iter().max().expect("a circle has steps");
            let mut names: Vec<&str> = component.iter().map(|&n| graph[n]).collect();
            names.sort_unstable();
            self.error(
                Section::Steps,
                last,
                None,
                format!(
                    "{} closes a circle: the steps between {} go round, so a route could climb back down to where it started",
                    step_owner(&d.steps[last]),
                    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                ),
            )
            .help = Some("remove the step that goes back down; a career map's steps lead upward or sideways".to_owned());
        }
        for (i, s) in d.steps.iter().enumerate() {
            let Some(from) = s.from.as_ref().and_then(|f| d.occupations.iter().find(|o| o.id == *f)) else { continue };
            let Some(to) = d.occupations.iter().find(|o| o.id == s.to) else { continue };
            let (Some(before), Some(after)) = (self.annual_pay(from, None), self.annual_pay(to, Some(s))) else {
                continue;
            };
            if after < before {
                self.warning(
                    Section::Steps,
                    i,
                    None,
                    format!(
                        "{} leads to lower pay: {} a year in `{}`, {} in `{}`",
                        step_owner(s),
                        dollars(before),
                        from.id,
                        dollars(after),
                        to.id
                    ),
                );
                if let Some(last) = self.out.0.last_mut() {
                    last.help = Some(
                        "check the step's direction; a step to lower pay belongs in the data only when it leads on to better pay, and then its `note` should say so"
                            .to_owned(),
                    );
                }
            }
        }
    }

    /// What an occupation pays a year: the step's or the occupation's own pay
    /// rate, else the BLS median for its code in its region.
    fn annual_pay(&self, o: &Occupation, step: Option<&Step>) -> Option<f64> {
        if let Some(pay) = step.and_then(|s| s.pay.as_ref()).or(o.pay.as_ref()) {
            return pay.annual();
        }
        let w = self.data.wages.iter().find(|w| w.soc == o.soc && w.region == o.region)?;
        w.annual.median.or(w.hourly.median.map(|h| h * HOURS_PER_YEAR))
    }
}
