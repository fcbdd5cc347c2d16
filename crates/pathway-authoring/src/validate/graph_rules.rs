//! How entries link into routes. An entry role must require no credential, no
//! credential may need itself first through a chain of programs, a step's
//! credentials must be reachable within one rung of a route, and warnings name
//! the programs no route uses and the occupations no step leads to or out of.

use super::{step_owner, Validator};
use crate::origins::Section;
use pathway_model::limits::MAX_PLAN_PROGRAMS;
use petgraph::algo::kosaraju_scc;
use petgraph::graph::DiGraph;
use std::collections::{BTreeSet, HashMap, HashSet};

impl<'a> Validator<'a> {
    pub(super) fn entry_roles(&mut self) {
        for (i, o) in self.data.occupations.iter().enumerate() {
            if o.entry && !o.requires.is_empty() {
                let needs: Vec<&str> = o.requires.iter().map(|c| c.as_str()).collect();
                self.error(Section::Occupations, i, Some("entry"), format!(
                    "occupation `{}` is marked as an entry role but requires {}", o.id, needs.join(", ")
                )).help = Some("an entry role is one a person can start in without a credential: remove `entry: true` or the requirement".to_owned());
            }
        }
    }

    /// A credential that can only be earned by first holding itself, through any
    /// chain of programs, locks every route through it.
    pub(super) fn prerequisite_cycles(&mut self) {
        /// Programs are nodes too (`requires → program → awards`), so a program with
        /// many requirements and awards adds edges in proportion to them, not their product.
        #[derive(Clone, Copy)]
        enum Node<'a> {
            Credential(&'a str),
            Program(usize),
        }
        let d = self.data;
        let mut graph = DiGraph::<Node<'_>, ()>::new();
        let mut node = HashMap::new();
        for c in &d.credentials {
            node.entry(c.id.as_str()).or_insert_with(|| graph.add_node(Node::Credential(c.id.as_str())));
        }
        for (i, p) in d.programs.iter().enumerate() {
            let program = graph.add_node(Node::Program(i));
            for r in &p.requires {
                if let Some(&x) = node.get(r.as_str()) {
                    graph.add_edge(x, program, ());
                }
            }
            for a in &p.awards {
                if let Some(&y) = node.get(a.as_str()) {
                    graph.add_edge(program, y, ());
                }
            }
        }
        // Kosaraju's search keeps its own stack; petgraph's Tarjan recurses once per
        // node of a chain and overflowed the stack on a chain of ten thousand programs.
        for component in kosaraju_scc(&graph) {
            let members: BTreeSet<&str> = component
                .iter()
                .filter_map(|&n| match graph[n] {
                    Node::Credential(c) => Some(c),
                    Node::Program(_) => None,
                })
                .collect();
            // A program that requires what it awards is reported on its own.
            if members.len() < 2 {
                continue;
            }
            // The programs that require one member and award another.
            let programs: BTreeSet<usize> = component
                .iter()
                .filter_map(|&n| match graph[n] {
                    Node::Program(i) => Some(i),
                    Node::Credential(_) => None,
                })
                .filter(|&i| {
                    let inside = |ids: &'a [pathway_model::ids::CredentialId]| -> BTreeSet<&'a str> {
                        ids.iter().map(|c| c.as_str()).filter(|c| members.contains(c)).collect()
                    };
                    let (needs, gives) = (inside(&d.programs[i].requires), inside(&d.programs[i].awards));
                    match (needs.len(), gives.len()) {
                        (0, _) | (_, 0) => false,
                        (1, 1) => needs != gives,
                        _ => true,
                    }
                })
                .collect();
            let first = *programs.iter().next().expect("a cycle has edges");
            let names: Vec<String> = programs.iter().map(|&p| format!("`{}`", d.programs[p].id)).collect();
            let creds: Vec<String> = members.iter().map(|c| format!("`{c}`")).collect();
            self.error(
                Section::Programs,
                first,
                Some("requires"),
                format!(
                    "prerequisite cycle: credentials {} each need another of them first (programs {})",
                    creds.join(", "),
                    names.join(", ")
                ),
            )
            .help = Some("one of these programs must not require what the others award".to_owned());
        }
    }

    /// A step whose credentials take a longer chain of programs than a route
    /// puts on one rung is on no route, and the route engine can then only say
    /// that the data has no route; a warning here says why. A person taking a
    /// step holds what the occupation they leave requires, and nothing for a
    /// first job.
    pub(super) fn chains_too_long_for_one_rung(&mut self) {
        let d = self.data;
        let index: HashMap<&str, usize> = d.credentials.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let ix = |c: &pathway_model::ids::CredentialId| index.get(c.as_str()).copied();
        let mut chains = Chains { awarded_by: vec![Vec::new(); d.credentials.len()], memo: HashMap::new() };
        for p in &d.programs {
            let requires: Vec<usize> = p.requires.iter().filter_map(ix).collect();
            for a in p.awards.iter().filter_map(ix) {
                chains.awarded_by[a].push(requires.clone());
            }
        }
        let occupations: HashMap<&str, &pathway_model::model::Occupation> =
            d.occupations.iter().map(|o| (o.id.as_str(), o)).collect();
        let requires_of = |id: &str| occupations.get(id).map_or(&[][..], |o| &o.requires[..]);
        for (i, s) in d.steps.iter().enumerate() {
            let mut held: Vec<usize> =
                s.from.as_ref().map_or(&[][..], |f| requires_of(f.as_str())).iter().filter_map(ix).collect();
            held.sort_unstable();
            held.dedup();
            let needs = s.requires.iter().chain(requires_of(s.to.as_str()));
            let too_long =
                needs.filter_map(|c| ix(c).map(|k| (c, k))).find(|&(_, k)| chains.longer_than_a_rung(k, &held));
            if let Some((c, _)) = too_long {
                let warning = self.origins.warning(Section::Steps, i, Some("to"), format!(
                    "{}: earning `{c}` takes a chain of more than {MAX_PLAN_PROGRAMS} programs, the most a route takes for one step",
                    step_owner(s)
                ));
                self.out.push(warning.with_help(
                    "no route uses this step unless the person already holds part of the chain; add steps from the rungs the chain's programs lead to, or shorten the chain",
                ));
            }
        }
    }

    pub(super) fn unused_and_isolated(&mut self) {
        let d = self.data;
        let needed: HashSet<&str> = d
            .occupations
            .iter()
            .flat_map(|o| o.requires.iter())
            .chain(d.steps.iter().flat_map(|s| s.requires.iter()))
            .chain(d.programs.iter().flat_map(|p| p.requires.iter()))
            .map(|c| c.as_str())
            .collect();
        for (i, p) in d.programs.iter().enumerate() {
            if !p.awards.is_empty() && p.awards.iter().all(|c| !needed.contains(c.as_str())) {
                self.warning(
                    Section::Programs,
                    i,
                    Some("awards"),
                    format!(
                        "program `{}` is never on a route: no occupation, step or program needs what it awards",
                        p.id
                    ),
                );
            }
        }
        let reached: HashSet<&str> = d.steps.iter().map(|s| s.to.as_str()).collect();
        let left: HashSet<&str> = d.steps.iter().filter_map(|s| s.from.as_ref()).map(|f| f.as_str()).collect();
        for (i, o) in d.occupations.iter().enumerate() {
            let id = o.id.as_str();
            if !reached.contains(id) && !left.contains(id) {
                self.warning(
                    Section::Occupations,
                    i,
                    None,
                    format!("occupation `{id}` is on no ladder: no step leads to it or out of it"),
                );
            } else if !o.entry && !reached.contains(id) {
                self.warning(
                    Section::Occupations,
                    i,
                    None,
                    format!("occupation `{id}` is not an entry role and no step leads to it"),
                );
            }
        }
    }
}

/// Chains of prerequisite programs, for [`Validator::chains_too_long_for_one_rung`].
struct Chains {
    /// For each credential, the prerequisites of each program that awards it.
    awarded_by: Vec<Vec<Vec<usize>>>,
    /// For each set of held credentials, the chain lengths found so far.
    memo: HashMap<Vec<usize>, HashMap<(usize, usize), usize>>,
}

impl Chains {
    /// True when earning `credential` while holding `held` (sorted) takes a
    /// chain of more than [`MAX_PLAN_PROGRAMS`] programs.
    fn longer_than_a_rung(&mut self, credential: usize, held: &[usize]) -> bool {
        let mut memo = self.memo.remove(held).unwrap_or_default();
        let length = self.chain(credential, held, MAX_PLAN_PROGRAMS, &mut memo);
        self.memo.insert(held.to_vec(), memo);
        length > MAX_PLAN_PROGRAMS
    }

    /// The fewest programs in a chain that earns `c`, counted up to `budget + 1`:
    /// the recursion is at most `budget` deep, so a prerequisite cycle or a
    /// ten-thousand-link chain ends it early.
    fn chain(&self, c: usize, held: &[usize], budget: usize, memo: &mut HashMap<(usize, usize), usize>) -> usize {
        // A credential no program awards is one a person already holds.
        if held.binary_search(&c).is_ok() || self.awarded_by[c].is_empty() {
            return 0;
        }
        if budget == 0 {
            return 1;
        }
        if let Some(&known) = memo.get(&(c, budget)) {
            return known;
        }
        let mut best = budget + 1;
        for requires in &self.awarded_by[c] {
            let mut longest = 0;
            for &r in requires {
                longest = longest.max(self.chain(r, held, budget - 1, memo));
                if 1 + longest >= best {
                    break;
                }
            }
            best = best.min(1 + longest);
        }
        memo.insert((c, budget), best);
        best
    }
}
