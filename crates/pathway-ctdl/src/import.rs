//! A CTDL JSON-LD graph as pathway YAML files.
//!
//! [`import`] is the whole contract: it reads a document in the compacted
//! form `export::export` writes (CTDL's `@context`, an `@graph` of
//! nodes) and returns the text of pathway files that `pathways check`
//! accepts: `credentials.yaml`, a folder per region with its `region.yaml`,
//! `occupations.yaml`, `programs.yaml`, `steps.yaml` and `wages.yaml`, and
//! `shared.yaml` for programs and partners no one region owns (a section over
//! the 2 MB a pathway file may hold comes as numbered parts). It accepts
//! both the `ceasn:` and `ceterms:` forms of `hasChild`, `isChildOf`,
//! `hasPart` and `isPartOf`.
//!
//! A graph from another publisher imports as far as it carries what the
//! pathway files need: a job's SOC code (`ceterms:occupationType`), a
//! credential's kind (`ceterms:credentialType`), and a program's facts, which
//! CTDL has no terms for on a component and which come from the extension
//! terms (`pathways:provider`, `pathways:months`, ...). Every problem is
//! returned at once, each naming the node, the property and what was
//! expected; nothing panics.

use crate::read::{classes, slug, Props, Reader};
pub use crate::read::{ImportError, ImportErrors};
use crate::vocab::{self, ext, NodeKind};
pub use crate::write::ImportedFile;
use pathway_authoring::id_rules::id_problem;
use pathway_model::model::{Dataset, Partner, Region, Wage};
use pathway_model::RegionId;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

mod entries;

/// The node id used for problems with the document as a whole.
const DOCUMENT: &str = "(document)";

/// The pathway files a CTDL graph describes (see the module's documentation).
/// `source` names the graph in the files' first comment line.
pub fn import(json: &str, source: &str) -> Result<Vec<ImportedFile>, ImportErrors> {
    let dataset = read_dataset(json)?;
    crate::write::files(&dataset, source)
        .map_err(|message| ImportErrors(vec![ImportError { node: DOCUMENT.into(), property: None, message }]))
}

/// What each node is, by class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Class {
    Pathway,
    Job,
    Credential,
    Program,
}

/// A node with its class and the entry id it becomes.
struct Entry<'a> {
    node: &'a str,
    props: &'a Props,
    class: Class,
    id: String,
}

/// The graph read so far: its entries by node id, and the problems.
struct Import<'a> {
    r: Reader,
    entries: Vec<Entry<'a>>,
    at: HashMap<&'a str, usize>,
    /// For each node, the jobs that name it with `isChildOf`.
    jobs_below: HashMap<String, Vec<String>>,
    /// For each node, the credentials that name it with `hasChild`.
    credentials_above: HashMap<String, Vec<String>>,
}

/// The dataset a CTDL graph describes.
fn read_dataset(json: &str) -> Result<Dataset, ImportErrors> {
    let doc: Value = serde_json::from_str(json).map_err(|e| {
        ImportErrors(vec![ImportError { node: DOCUMENT.into(), property: None, message: format!("not JSON: {e}") }])
    })?;
    let mut r = Reader::default();
    let graph = match (doc.get("@context"), doc.get("@graph")) {
        (Some(context), Some(Value::Array(graph))) => {
            let names_ctdl = crate::read::one_or_many(context).into_iter().any(|c| {
                c.as_str().is_some_and(|s| {
                    s.trim_start_matches("http://").trim_start_matches("https://")
                        == "credreg.net/ctdl/schema/context/json"
                })
            });
            if !names_ctdl {
                r.error(DOCUMENT, "@context", format!("expected CTDL's context `{}`", vocab::CTDL_CONTEXT));
            }
            graph
        }
        _ => {
            r.error(DOCUMENT, "", "expected a JSON-LD object with `@context` and an `@graph` list of nodes");
            return Err(ImportErrors(r.errors));
        }
    };
    let mut im = Import {
        r,
        entries: Vec::new(),
        at: HashMap::new(),
        jobs_below: HashMap::new(),
        credentials_above: HashMap::new(),
    };
    im.index(graph);
    im.jobs_below = im.naming(Class::Job, &vocab::IS_CHILD_OF);
    im.credentials_above = im.naming(Class::Credential, &vocab::HAS_CHILD);
    let d = im.dataset();
    // A node read from several sides reports its problem once.
    let mut seen = Vec::new();
    im.r.errors.retain(|e| {
        if seen.contains(e) {
            false
        } else {
            seen.push(e.clone());
            true
        }
    });
    if im.r.errors.is_empty() {
        Ok(d)
    } else {
        Err(ImportErrors(im.r.errors))
    }
}

impl<'a> Import<'a> {
    /// Sorts the nodes by class and gives each the entry id it becomes.
    fn index(&mut self, graph: &'a [Value]) {
        let mut taken: HashSet<(Class, String)> = HashSet::new();
        for (i, value) in graph.iter().enumerate() {
            let Some(props) = value.as_object() else {
                self.r.error(&format!("@graph[{i}]"), "", "expected a node (a JSON object)");
                continue;
            };
            let Some(node) = props.get("@id").and_then(Value::as_str) else {
                self.r.error(&format!("@graph[{i}]"), "@id", "missing: every node needs an `@id`");
                continue;
            };
            let found = classes(props);
            let class = found.iter().find_map(|c| match c.as_str() {
                vocab::PATHWAY => Some(Class::Pathway),
                vocab::JOB => Some(Class::Job),
                vocab::CREDENTIAL => Some(Class::Credential),
                vocab::COURSE | vocab::BASIC | vocab::WORK_EXPERIENCE => Some(Class::Program),
                _ => None,
            });
            let Some(class) = class else {
                self.r.error(
                    node,
                    "@type",
                    format!(
                        "found {found:?}; the pathway format reads {}, {}, {}, {}, {} and {}",
                        vocab::PATHWAY,
                        vocab::JOB,
                        vocab::CREDENTIAL,
                        vocab::COURSE,
                        vocab::BASIC,
                        vocab::WORK_EXPERIENCE
                    ),
                );
                continue;
            };
            if self.at.contains_key(node) {
                self.r.error(node, "@id", "two nodes have this `@id`; each node needs its own");
                continue;
            }
            let kind = match class {
                Class::Pathway => NodeKind::Region,
                Class::Job => NodeKind::Occupation,
                Class::Credential => NodeKind::Credential,
                Class::Program => NodeKind::Program,
            };
            // The export's own ids come back as written; a graph from elsewhere
            // gets ids made from its names.
            let name = props.get("ceterms:name").map(first_text).unwrap_or_default();
            let base = vocab::entry_id(kind, node)
                .filter(|id| id_problem(id).is_none())
                .map(str::to_owned)
                .unwrap_or_else(|| Some(slug(&name)).filter(|s| !s.is_empty()).unwrap_or_else(|| slug(node)));
            let base = if base.is_empty() { "entry".to_owned() } else { base };
            let mut id = base.clone();
            let mut n = 2;
            while taken.contains(&(class, id.clone())) {
                id = format!("{base}-{n}");
                n += 1;
            }
            taken.insert((class, id.clone()));
            self.at.insert(node, self.entries.len());
            self.entries.push(Entry { node, props, class, id });
        }
    }

    fn of(&self, class: Class) -> impl Iterator<Item = &Entry<'a>> + '_ {
        self.entries.iter().filter(move |e| e.class == class)
    }

    /// For each node, the nodes of `class` whose `names` property lists it,
    /// read once for the whole graph.
    fn naming(&mut self, class: Class, names: &[&str]) -> HashMap<String, Vec<String>> {
        let sources: Vec<(&'a str, &'a Props)> = self.of(class).map(|e| (e.node, e.props)).collect();
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for (source, props) in sources {
            for target in self.r.refs(props, source, names) {
                if target != source {
                    out.entry(target).or_default().push(source.to_owned());
                }
            }
        }
        out
    }

    /// The entry a reference names, or a problem naming the reference.
    fn target(&mut self, node: &str, property: &str, target: &str) -> Option<(Class, String)> {
        match self.at.get(target) {
            Some(&i) => Some((self.entries[i].class, self.entries[i].id.clone())),
            None => {
                self.r.error(node, property, format!("names `{target}`, which is not a node of the graph"));
                None
            }
        }
    }

    fn dataset(&mut self) -> Dataset {
        let mut d = Dataset::default();
        let pathways: Vec<(String, &Props, String)> =
            self.of(Class::Pathway).map(|e| (e.node.to_owned(), e.props, e.id.clone())).collect();
        if pathways.is_empty() {
            self.r.error(
                DOCUMENT,
                "@graph",
                format!("no {} in the graph: each region of the pathway files is one", vocab::PATHWAY),
            );
        }
        for (node, props, id) in &pathways {
            d.regions.push(self.region(node, props, id));
        }
        let membership = self.membership(&pathways);
        let language = |region: Option<&str>| -> String {
            let found = region.and_then(|id| d.regions.iter().find(|r| r.id.as_str() == id));
            found.or(d.regions.first()).map_or("en".to_owned(), |r| r.default_language().to_owned())
        };
        let shared = language(None);
        let entries: Vec<(usize, Class)> = self.entries.iter().enumerate().map(|(i, e)| (i, e.class)).collect();
        for (i, class) in entries {
            let (node, props, id) = (self.entries[i].node, self.entries[i].props, self.entries[i].id.clone());
            let regions = membership.get(node).cloned().unwrap_or_default();
            match class {
                Class::Pathway => {}
                Class::Job => {
                    let region = match regions.as_slice() {
                        [one] => Some(one.clone()),
                        [] => {
                            self.r.error(
                                node,
                                "ceterms:isPartOf",
                                "the job is part of no ceterms:Pathway; a job belongs to one region's pathway",
                            );
                            None
                        }
                        _ => {
                            self.r.error(
                                node,
                                "ceterms:isPartOf",
                                format!(
                                    "the job is part of {} pathways; a job belongs to one region's pathway",
                                    regions.len()
                                ),
                            );
                            None
                        }
                    };
                    let lang = language(region.as_deref());
                    let (o, steps) = self.job(node, props, id, region, &lang);
                    d.occupations.push(o);
                    d.steps.extend(steps);
                }
                Class::Credential => d.credentials.push(self.credential(node, props, id, &shared)),
                Class::Program => {
                    let region = if self.r.flag(props, node, &ext("shared")) {
                        None
                    } else if let [one] = regions.as_slice() {
                        Some(one.clone())
                    } else {
                        None
                    };
                    let lang = language(region.as_deref());
                    d.programs.push(self.program(node, props, id, region, &lang));
                }
            }
        }
        for (node, props, _) in &pathways {
            for p in self.r.model::<Vec<Partner>>(props, node, &ext("partners")).unwrap_or_default() {
                match d.partners.iter().find(|q| q.id == p.id) {
                    Some(q) if *q != p => {
                        self.r.error(node, &ext("partners"), format!("partner `{}` is given twice, differently", p.id))
                    }
                    Some(_) => {}
                    None => d.partners.push(p),
                }
            }
            for w in self.r.model::<Vec<Wage>>(props, node, &ext("wages")).unwrap_or_default() {
                if !d.wages.contains(&w) {
                    d.wages.push(w);
                }
            }
        }
        // A partner or wage of a region the graph has no pathway for would
        // have no file to go in.
        let known = |r: &RegionId| d.regions.iter().any(|x| x.id == *r);
        let partners = d.partners.iter().map(|p| (ext("partners"), "partner", p.id.as_str(), &p.region));
        let wages = d.wages.iter().map(|w| (ext("wages"), "wage for", w.soc.as_str(), &w.region));
        for (term, what, which, region) in partners.chain(wages) {
            if let Some(r) = region.as_ref().filter(|r| !known(r)) {
                self.r.error(
                    DOCUMENT,
                    &term,
                    format!("the {what} `{which}` names region `{r}`, which no ceterms:Pathway of the graph is"),
                );
            }
        }
        d
    }

    fn region(&mut self, node: &str, props: &Props, id: &str) -> Region {
        let languages = self.r.strings(props, node, &ext("languages"));
        let lang = languages.first().map_or("en", String::as_str).to_owned();
        Region {
            id: RegionId(id.to_owned()),
            name: self.r.required_text(props, node, "ceterms:name", &lang),
            languages,
            oews_area: self.r.string(props, node, &ext("oewsArea")),
            description: self.r.text(props, node, "ceterms:description", &lang),
        }
    }

    /// The region ids each component is part of, from either side.
    fn membership(&mut self, pathways: &[(String, &Props, String)]) -> HashMap<String, Vec<String>> {
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        let mut add = |component: &str, region: &str| {
            let list = out.entry(component.to_owned()).or_default();
            if !list.iter().any(|r| r == region) {
                list.push(region.to_owned());
            }
        };
        for (node, props, id) in pathways {
            for part in self.r.refs(props, node, &vocab::HAS_PART) {
                if self.target(node, vocab::HAS_PART[0], &part).is_some() {
                    add(&part, id);
                }
            }
            for dest in self.r.refs(props, node, &vocab::HAS_DESTINATION) {
                if self.target(node, vocab::HAS_DESTINATION[0], &dest).is_some() {
                    add(&dest, id);
                }
            }
        }
        let components: Vec<(&str, &Props)> =
            self.entries.iter().filter(|e| e.class != Class::Pathway).map(|e| (e.node, e.props)).collect();
        for (node, props) in components {
            let names: Vec<&str> = vocab::IS_PART_OF.iter().chain(&vocab::IS_DESTINATION_OF).copied().collect();
            for pathway in self.r.refs(props, node, &names) {
                match self.target(node, vocab::IS_PART_OF[0], &pathway) {
                    Some((Class::Pathway, region)) => add(node, &region),
                    Some(_) => self.r.error(
                        node,
                        vocab::IS_PART_OF[0],
                        format!("names `{pathway}`, which is not a {}", vocab::PATHWAY),
                    ),
                    None => {}
                }
            }
        }
        out
    }

    /// A condition's targets, each resolved, and whether it marks a step.
    fn conditions(&mut self, node: &str, props: &'a Props) -> Vec<Condition<'a>> {
        let mut out = Vec::new();
        let Some(value) = props.get("ceterms:hasCondition") else { return out };
        for item in crate::read::one_or_many(value) {
            let Some(c) = item.as_object() else {
                self.r.error(
                    node,
                    "ceterms:hasCondition",
                    "expected a ceterms:ComponentCondition written in place (a JSON object)",
                );
                continue;
            };
            if c.contains_key("ceterms:hasCondition") {
                self.r.error(node, "ceterms:hasCondition", "a condition inside a condition has no place in the pathway format; list the components in `ceterms:targetComponent`");
            }
            let targets: Vec<(Class, String)> = self
                .r
                .refs(c, node, &["ceterms:targetComponent"])
                .iter()
                .filter_map(|t| self.target(node, "ceterms:targetComponent", t))
                .collect();
            let required = c.get("ceterms:requiredNumber").and_then(Value::as_u64);
            let step = self.r.flag(c, node, &ext("step"));
            out.push(Condition { props: c, targets, required, step });
        }
        out
    }
}

/// A condition of a component, its targets resolved.
struct Condition<'a> {
    props: &'a Props,
    targets: Vec<(Class, String)>,
    required: Option<u64>,
    step: bool,
}

/// The first text of a language map or string, for making an id from a name.
fn first_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.values().find_map(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
        Value::Array(a) => a.first().map(first_text).unwrap_or_default(),
        _ => String::new(),
    }
}
