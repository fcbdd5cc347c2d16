//! The pathway graph: every occupation, credential, program and partner as a
//! typed node of a `petgraph` graph, with advancement steps, requirements,
//! awards, provision and funding as typed edges. Built once, then queried.

use crate::ids::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use crate::model::{Credential, Dataset, Occupation, Partner, Program, Region, Step, SupportService, Wage};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use rustc_hash::FxHashMap;
use std::fmt;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in the dataset's list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// The position of an occupation in the dataset.
    OccupationIx
);
index_type!(
    /// The position of a credential in the dataset.
    CredentialIx
);
index_type!(
    /// The position of a program in the dataset.
    ProgramIx
);
index_type!(
    /// The position of a partner in the dataset.
    PartnerIx
);
index_type!(
    /// The position of an advancement step in the dataset.
    StepIx
);

/// A node of the pathway graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    /// Where a person with no job yet starts.
    NoJob,
    /// An occupation.
    Occupation(OccupationIx),
    /// A credential.
    Credential(CredentialIx),
    /// A program.
    Program(ProgramIx),
    /// A partner.
    Partner(PartnerIx),
}

/// An edge of the pathway graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// An advancement step between occupations (or from no job to a first job).
    Step(StepIx),
    /// A credential is required by an occupation or a program.
    RequiredBy,
    /// A program awards a credential.
    Awards,
    /// A partner provides a program.
    Provides,
    /// A partner funds a program.
    Funds,
    /// A partner's support services are open to a program's learners.
    Supports,
}

impl Edge {
    /// A short name for exports.
    pub fn label(self) -> &'static str {
        match self {
            Self::Step(_) => "step",
            Self::RequiredBy => "required-by",
            Self::Awards => "awards",
            Self::Provides => "provides",
            Self::Funds => "funds",
            Self::Supports => "supports",
        }
    }
}

/// Why a dataset could not be made into a graph. Checked data never fails;
/// a hand-edited or damaged bundle can.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GraphError {
    /// An entry names an id that is not defined.
    UnknownReference {
        /// The kind of id, such as "credential".
        kind: &'static str,
        /// The missing id.
        id: String,
        /// The entry that names it.
        referenced_by: String,
    },
    /// Two entries share an id.
    DuplicateId {
        /// The kind of id.
        kind: &'static str,
        /// The id.
        id: String,
    },
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownReference { kind, id, referenced_by } => {
                write!(f, "{referenced_by} names unknown {kind} `{id}`")
            }
            Self::DuplicateId { kind, id } => write!(f, "{kind} id `{id}` is defined twice"),
        }
    }
}

impl std::error::Error for GraphError {}

/// The pathway graph over a dataset, with the lookups route queries need.
#[derive(Clone, Debug)]
pub struct PathwayGraph {
    dataset: Dataset,
    graph: DiGraph<Node, Edge>,
    no_job: NodeIndex,
    occupation_nodes: Vec<NodeIndex>,
    program_nodes: Vec<NodeIndex>,
    // The id lookups hash with rustc-hash, as the route engine's tables do:
    // the standard library's SipHash and its random keys would be one more
    // hasher in the site's WebAssembly, and no map here is iterated, so
    // their order never shows.
    occupation_ix: FxHashMap<OccupationId, OccupationIx>,
    credential_ix: FxHashMap<CredentialId, CredentialIx>,
    program_ix: FxHashMap<ProgramId, ProgramIx>,
    partner_ix: FxHashMap<PartnerId, PartnerIx>,
    wage_of: Vec<Option<usize>>,
}

fn index_ids<'a, I: Clone + Eq + std::hash::Hash + 'a, X>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a I>,
    make: impl Fn(u32) -> X,
) -> Result<FxHashMap<I, X>, GraphError>
where
    I: fmt::Display,
{
    let mut map = FxHashMap::default();
    for (i, id) in ids.enumerate() {
        if map.insert(id.clone(), make(i as u32)).is_some() {
            return Err(GraphError::DuplicateId { kind, id: id.to_string() });
        }
    }
    Ok(map)
}

fn lookup<I: Eq + std::hash::Hash + fmt::Display, X: Copy>(
    map: &FxHashMap<I, X>,
    kind: &'static str,
    id: &I,
    referenced_by: impl FnOnce() -> String,
) -> Result<X, GraphError> {
    map.get(id).copied().ok_or_else(|| GraphError::UnknownReference {
        kind,
        id: id.to_string(),
        referenced_by: referenced_by(),
    })
}

impl PathwayGraph {
    /// Builds the graph, failing on the first broken reference.
    pub fn build(dataset: Dataset) -> Result<Self, GraphError> {
        let occupation_ix = index_ids("occupation", dataset.occupations.iter().map(|x| &x.id), OccupationIx)?;
        let credential_ix = index_ids("credential", dataset.credentials.iter().map(|x| &x.id), CredentialIx)?;
        let program_ix = index_ids("program", dataset.programs.iter().map(|x| &x.id), ProgramIx)?;
        let partner_ix = index_ids("partner", dataset.partners.iter().map(|x| &x.id), PartnerIx)?;
        // A dataset has few regions, so references to them are checked
        // against a plain list: a B-tree set would bring its code into the
        // site's wasm for this alone.
        let region_ids: Vec<&RegionId> = dataset.regions.iter().map(|r| &r.id).collect();

        let mut graph = DiGraph::new();
        let no_job = graph.add_node(Node::NoJob);
        let occupation_nodes: Vec<_> =
            (0..dataset.occupations.len()).map(|i| graph.add_node(Node::Occupation(OccupationIx(i as u32)))).collect();
        let credential_nodes: Vec<_> =
            (0..dataset.credentials.len()).map(|i| graph.add_node(Node::Credential(CredentialIx(i as u32)))).collect();
        let program_nodes: Vec<_> =
            (0..dataset.programs.len()).map(|i| graph.add_node(Node::Program(ProgramIx(i as u32)))).collect();
        let partner_nodes: Vec<_> =
            (0..dataset.partners.len()).map(|i| graph.add_node(Node::Partner(PartnerIx(i as u32)))).collect();

        for o in &dataset.occupations {
            let owner = || format!("occupation `{}`", o.id);
            if let Some(r) = &o.region {
                if !region_ids.contains(&r) {
                    return Err(GraphError::UnknownReference {
                        kind: "region",
                        id: r.to_string(),
                        referenced_by: owner(),
                    });
                }
            }
            let target = occupation_nodes[occupation_ix[&o.id].index()];
            for c in &o.requires {
                let c = lookup(&credential_ix, "credential", c, owner)?;
                graph.add_edge(credential_nodes[c.index()], target, Edge::RequiredBy);
            }
        }
        for p in &dataset.programs {
            let owner = || format!("program `{}`", p.id);
            let node = program_nodes[program_ix[&p.id].index()];
            let provider = lookup(&partner_ix, "partner", &p.provider, owner)?;
            graph.add_edge(partner_nodes[provider.index()], node, Edge::Provides);
            for c in &p.requires {
                let c = lookup(&credential_ix, "credential", c, owner)?;
                graph.add_edge(credential_nodes[c.index()], node, Edge::RequiredBy);
            }
            for c in &p.awards {
                let c = lookup(&credential_ix, "credential", c, owner)?;
                graph.add_edge(node, credential_nodes[c.index()], Edge::Awards);
            }
            for f in &p.funding {
                let by = lookup(&partner_ix, "partner", &f.by, owner)?;
                graph.add_edge(partner_nodes[by.index()], node, Edge::Funds);
            }
            for s in &p.support_from {
                let by = lookup(&partner_ix, "partner", s, owner)?;
                graph.add_edge(partner_nodes[by.index()], node, Edge::Supports);
            }
        }
        for (i, s) in dataset.steps.iter().enumerate() {
            let owner = || format!("step to `{}`", s.to);
            let to = lookup(&occupation_ix, "occupation", &s.to, owner)?;
            let from = match &s.from {
                Some(f) => occupation_nodes[lookup(&occupation_ix, "occupation", f, owner)?.index()],
                None => no_job,
            };
            for c in &s.requires {
                lookup(&credential_ix, "credential", c, owner)?;
            }
            graph.add_edge(from, occupation_nodes[to.index()], Edge::Step(StepIx(i as u32)));
        }
        let wage_index: FxHashMap<(Option<&RegionId>, &str), usize> =
            dataset.wages.iter().enumerate().map(|(i, w)| ((w.region.as_ref(), w.soc.as_str()), i)).collect();
        let wage_of =
            dataset.occupations.iter().map(|o| wage_index.get(&(o.region.as_ref(), o.soc.as_str())).copied()).collect();
        Ok(Self {
            dataset,
            graph,
            no_job,
            occupation_nodes,
            program_nodes,
            occupation_ix,
            credential_ix,
            program_ix,
            partner_ix,
            wage_of,
        })
    }

    /// The dataset the graph was built from.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The underlying petgraph graph, for exports and analyses.
    pub fn graph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    /// The regions.
    pub fn regions(&self) -> &[Region] {
        &self.dataset.regions
    }

    /// An occupation by position.
    pub fn occupation(&self, ix: OccupationIx) -> &Occupation {
        &self.dataset.occupations[ix.index()]
    }

    /// A credential by position.
    pub fn credential(&self, ix: CredentialIx) -> &Credential {
        &self.dataset.credentials[ix.index()]
    }

    /// A program by position.
    pub fn program(&self, ix: ProgramIx) -> &Program {
        &self.dataset.programs[ix.index()]
    }

    /// A partner by position.
    pub fn partner(&self, ix: PartnerIx) -> &Partner {
        &self.dataset.partners[ix.index()]
    }

    /// A step by position.
    pub fn step(&self, ix: StepIx) -> &Step {
        &self.dataset.steps[ix.index()]
    }

    /// Every occupation's position, in dataset order.
    pub fn occupations(&self) -> impl Iterator<Item = OccupationIx> + '_ {
        (0..self.dataset.occupations.len() as u32).map(OccupationIx)
    }

    /// Every program's position, in dataset order.
    pub fn programs(&self) -> impl Iterator<Item = ProgramIx> + '_ {
        (0..self.dataset.programs.len() as u32).map(ProgramIx)
    }

    /// An occupation's position by id.
    pub fn occupation_ix(&self, id: &OccupationId) -> Option<OccupationIx> {
        self.occupation_ix.get(id).copied()
    }

    /// A credential's position by id.
    pub fn credential_ix(&self, id: &CredentialId) -> Option<CredentialIx> {
        self.credential_ix.get(id).copied()
    }

    /// A program's position by id.
    pub fn program_ix(&self, id: &ProgramId) -> Option<ProgramIx> {
        self.program_ix.get(id).copied()
    }

    /// A partner's position by id.
    pub fn partner_ix(&self, id: &PartnerId) -> Option<PartnerIx> {
        self.partner_ix.get(id).copied()
    }

    /// A partner's name by id, or the id itself when the data has no such
    /// partner, as reports and sentences show it.
    pub fn partner_name(&self, id: &PartnerId) -> String {
        self.partner_ix(id).map_or_else(|| id.to_string(), |ix| self.partner(ix).name.to_string())
    }

    /// The wage figures for an occupation in its own region, when the data has them.
    pub fn wage(&self, ix: OccupationIx) -> Option<&Wage> {
        self.wage_of[ix.index()].map(|w| &self.dataset.wages[w])
    }

    /// The steps leaving an occupation, or leaving "no job yet" for `None`, in dataset order.
    pub fn steps_from(&self, from: Option<OccupationIx>) -> Vec<StepIx> {
        let node = from.map_or(self.no_job, |o| self.occupation_nodes[o.index()]);
        let mut steps: Vec<StepIx> = self
            .graph
            .edges_directed(node, Direction::Outgoing)
            .filter_map(|e| match e.weight() {
                Edge::Step(s) => Some(*s),
                _ => None,
            })
            .collect();
        crate::sorting::sort_unstable(&mut steps);
        steps
    }

    /// The partners linked to a program by an edge of the given kind.
    pub fn program_partners(&self, program: ProgramIx, kind: Edge) -> Vec<PartnerIx> {
        let mut partners: Vec<PartnerIx> = self
            .graph
            .edges_directed(self.program_nodes[program.index()], Direction::Incoming)
            .filter_map(|e| match (e.weight(), self.graph[e.source()]) {
                (k, Node::Partner(p)) if *k == kind => Some(p),
                _ => None,
            })
            .collect();
        crate::sorting::sort_unstable(&mut partners);
        partners.dedup();
        partners
    }

    /// True when `service` is open to a program's learners, from its provider
    /// or a supporting partner: [`support_services`](Self::support_services)
    /// contains it. A search asks this of every program, so it allocates
    /// nothing.
    pub fn offers_service(&self, program: ProgramIx, service: SupportService) -> bool {
        self.helping_partners(program).any(|p| self.partner(p).services.contains(&service))
    }

    /// The partners that provide or support a program, as the graph's edges
    /// give them (a partner linked both ways comes twice).
    fn helping_partners(&self, program: ProgramIx) -> impl Iterator<Item = PartnerIx> + '_ {
        self.graph.edges_directed(self.program_nodes[program.index()], Direction::Incoming).filter_map(|e| {
            match (e.weight(), self.graph[e.source()]) {
                (Edge::Provides | Edge::Supports, Node::Partner(p)) => Some(p),
                _ => None,
            }
        })
    }

    /// The support services open to a program's learners, from its provider
    /// and supporting partners: each once, in the order `SupportService`
    /// declares them. A sorted list rather than a B-tree set, whose code
    /// the site's wasm would carry for this alone.
    pub fn support_services(&self, program: ProgramIx) -> Vec<SupportService> {
        let mut services: Vec<SupportService> =
            self.helping_partners(program).flat_map(|p| self.partner(p).services.iter().copied()).collect();
        crate::sorting::sort_unstable(&mut services);
        services.dedup();
        services
    }
}
