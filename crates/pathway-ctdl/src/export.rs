//! A checked dataset as a CTDL JSON-LD graph.
//!
//! [`export`] is the whole contract: it takes a dataset that `pathways check`
//! accepted and returns one JSON-LD document with CTDL's `@context` (and the
//! extension terms'), whose `@graph` holds a `ceterms:Pathway` per region,
//! then a component per occupation, credential and program, in the dataset's
//! order. Nothing is dropped: every field of every entry is written either
//! with a CTDL term or with an extension term, so `import::import`
//! gives the same entries back. A step whose `to` names no occupation has no
//! job to hang on and is left out, which only a dataset that failed `check`
//! can have.

use crate::vocab::{self, ext, NodeKind};
use pathway_authoring::languages::languages_of;
use pathway_model::ids::RegionId;
use pathway_model::model::{Dataset, Occupation, Program, Step, Text};
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};

/// The dataset as a CTDL JSON-LD document (see the module's documentation).
pub fn export(d: &Dataset) -> Value {
    let ex = Exporter::new(d);
    let mut graph: Vec<Value> = d.regions.iter().map(|r| ex.pathway(&r.id)).collect();
    graph.extend(d.occupations.iter().map(|o| ex.job(o)));
    graph.extend(d.credentials.iter().map(|c| ex.credential(c)));
    graph.extend(d.programs.iter().map(|p| ex.program(p)));
    json!({ "@context": vocab::context(), "@graph": graph })
}

/// The dataset and what the nodes are worked out from, each looked up once
/// so a large dataset costs time in proportion to its size.
struct Exporter<'a> {
    d: &'a Dataset,
    /// The default language of text every region shares (credentials').
    shared_language: String,
    /// The steps into each occupation, in the dataset's order.
    steps_into: HashMap<&'a str, Vec<&'a Step>>,
    /// The occupations some step leads up from.
    left_by_a_step: HashSet<&'a str>,
    /// The regions in which each credential has a part: a job, a step or a
    /// program of the region requires or awards it.
    credential_regions: HashMap<&'a str, HashSet<&'a str>>,
    /// The programs that award each credential, in the dataset's order.
    awarded_by: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Exporter<'a> {
    fn new(d: &'a Dataset) -> Self {
        let shared_language = languages_of(d, None).swap_remove(0);
        let mut steps_into: HashMap<&str, Vec<&Step>> = HashMap::new();
        for s in &d.steps {
            steps_into.entry(s.to.as_str()).or_default().push(s);
        }
        let left_by_a_step = d.steps.iter().filter_map(|s| s.from.as_ref().map(|f| f.as_str())).collect();
        let mut credential_regions: HashMap<&str, HashSet<&str>> = HashMap::new();
        let mut mark = |credentials: &'a [pathway_model::CredentialId], region: &'a str| {
            for c in credentials {
                credential_regions.entry(c.as_str()).or_default().insert(region);
            }
        };
        for o in &d.occupations {
            let Some(region) = &o.region else { continue };
            mark(&o.requires, region.as_str());
            for s in steps_into.get(o.id.as_str()).into_iter().flatten() {
                mark(&s.requires, region.as_str());
            }
        }
        for p in &d.programs {
            // A program no region owns is in every region's pathway.
            for r in d.regions.iter().filter(|r| p.region.as_ref().is_none_or(|id| *id == r.id)) {
                mark(&p.requires, r.id.as_str());
                mark(&p.awards, r.id.as_str());
            }
        }
        let mut awarded_by: HashMap<&str, Vec<&str>> = HashMap::new();
        for p in &d.programs {
            for c in &p.awards {
                let programs = awarded_by.entry(c.as_str()).or_default();
                if programs.last() != Some(&p.id.as_str()) {
                    programs.push(p.id.as_str());
                }
            }
        }
        Exporter { d, shared_language, steps_into, left_by_a_step, credential_regions, awarded_by }
    }

    /// The default language of an entry's text: its region's, or the shared one.
    fn language(&self, region: Option<&RegionId>) -> &str {
        region
            .and_then(|id| self.d.regions.iter().find(|r| r.id == *id))
            .map_or(self.shared_language.as_str(), |r| r.default_language())
    }

    /// A text as a CTDL language map; a plain string is in the region's default language.
    fn text(&self, text: &Text, region: Option<&RegionId>) -> Value {
        let mut map = Map::new();
        for (lang, value) in text.iter() {
            map.insert(lang.unwrap_or(self.language(region)).to_owned(), json!(value));
        }
        Value::Object(map)
    }

    /// The programs in a region's pathway: its own and those every region shares.
    fn programs_in<'b>(&'b self, region: &'b RegionId) -> impl Iterator<Item = &'a Program> + 'b {
        self.d.programs.iter().filter(move |p| p.region.as_ref().is_none_or(|r| r == region))
    }

    /// The steps into an occupation, in the dataset's order.
    fn steps_into(&self, o: &Occupation) -> &[&'a Step] {
        self.steps_into.get(o.id.as_str()).map_or(&[], Vec::as_slice)
    }

    /// Whether a credential has a part in a region.
    fn credential_in(&self, credential: &str, region: &RegionId) -> bool {
        self.credential_regions.get(credential).is_some_and(|regions| regions.contains(region.as_str()))
    }

    fn pathway(&self, id: &RegionId) -> Value {
        let node = vocab::node_id(NodeKind::Region, id.as_str());
        let Some(r) = self.d.regions.iter().find(|r| r.id == *id) else {
            return json!({ "@id": node, "@type": vocab::PATHWAY });
        };
        let region = Some(id);
        let jobs: Vec<&Occupation> = self.d.occupations.iter().filter(|o| o.region.as_ref() == region).collect();
        // A destination is the top of a ladder: a job no step leads up from.
        let destinations: Vec<Value> = jobs
            .iter()
            .filter(|o| !self.left_by_a_step.contains(o.id.as_str()))
            .map(|o| json!(vocab::node_id(NodeKind::Occupation, o.id.as_str())))
            .collect();
        let mut parts: Vec<Value> =
            jobs.iter().map(|o| json!(vocab::node_id(NodeKind::Occupation, o.id.as_str()))).collect();
        parts.extend(
            self.d
                .credentials
                .iter()
                .filter(|c| self.credential_in(c.id.as_str(), id))
                .map(|c| json!(vocab::node_id(NodeKind::Credential, c.id.as_str()))),
        );
        parts.extend(self.programs_in(id).map(|p| json!(vocab::node_id(NodeKind::Program, p.id.as_str()))));

        let mut n = Node::new(&node, vocab::PATHWAY);
        n.set("ceterms:name", self.text(&r.name, region));
        if let Some(text) = &r.description {
            n.set("ceterms:description", self.text(text, region));
        }
        n.list("ceterms:hasDestinationComponent", destinations);
        n.list("ceterms:hasPart", parts);
        n.list(&ext("languages"), r.languages.iter().map(|l| json!(l)).collect());
        if let Some(area) = &r.oews_area {
            n.set(&ext("oewsArea"), json!(area));
        }
        // Partners and wages keep their own `region`, so partners every
        // region shares can sit in each pathway and still come back as one.
        let partners: Vec<_> = self.d.partners.iter().filter(|p| p.region.as_ref().is_none_or(|r| r == id)).collect();
        n.json(&ext("partners"), &partners, !partners.is_empty());
        let wages: Vec<_> = self.d.wages.iter().filter(|w| w.region.as_ref() == region).collect();
        n.json(&ext("wages"), &wages, !wages.is_empty());
        n.0
    }

    fn job(&self, o: &Occupation) -> Value {
        let region = o.region.as_ref();
        let mut n = Node::new(&vocab::node_id(NodeKind::Occupation, o.id.as_str()), vocab::JOB);
        n.set("ceterms:name", self.text(&o.title, region));
        if let Some(text) = &o.description {
            n.set("ceterms:description", self.text(text, region));
        }
        let mut codes = vec![json!({
            "@type": vocab::ALIGNMENT,
            "ceterms:framework": vocab::SOC_FRAMEWORK,
            "ceterms:frameworkName": { "en": vocab::SOC_FRAMEWORK_NAME },
            "ceterms:codedNotation": o.soc,
        })];
        if let Some(onet) = &o.onet {
            let mut code = Node(json!({
                "@type": vocab::ALIGNMENT,
                "ceterms:framework": vocab::ONET_FRAMEWORK,
                "ceterms:frameworkName": { "en": vocab::ONET_FRAMEWORK_NAME },
                "ceterms:codedNotation": onet,
            }));
            // O*NET OnLine has a page for each well-formed code.
            if vocab::is_onet(onet) {
                code.set("ceterms:targetNode", json!(format!("{}{onet}", vocab::ONET_SUMMARY)));
            }
            codes.push(code.0);
        }
        n.set("ceterms:occupationType", Value::Array(codes));
        if let Some(r) = region {
            n.set("ceterms:isPartOf", json!([vocab::node_id(NodeKind::Region, r.as_str())]));
        }
        // Below a rung: the rungs a step leads up from, and every credential
        // the job or a step into it requires.
        let mut children = Vec::new();
        let mut conditions = Vec::new();
        if !o.requires.is_empty() {
            conditions.push(condition(credential_nodes(&o.requires)));
        }
        for s in self.steps_into(o).iter().copied() {
            let mut targets = Vec::new();
            if let Some(from) = &s.from {
                targets.push(vocab::node_id(NodeKind::Occupation, from.as_str()));
            }
            targets.extend(credential_nodes(&s.requires));
            children.extend(targets.iter().cloned());
            let mut c = Node(condition(targets));
            c.set(&ext("step"), json!(true));
            if let Some(note) = &s.note {
                c.set("ceterms:description", self.text(note, region));
            }
            if s.experience_months != 0.0 {
                c.set(&ext("experienceMonths"), json!(s.experience_months));
            }
            c.json(&ext("pay"), &s.pay, s.pay.is_some());
            if s.illustrative {
                c.set(&ext("illustrative"), json!(true));
            }
            if s.no_wage_change {
                c.set(&ext("noWageChange"), json!(true));
            }
            conditions.push(c.0);
        }
        children.extend(credential_nodes(&o.requires));
        n.list("ceasn:hasChild", dedup(children).into_iter().map(Value::String).collect());
        n.list("ceterms:hasCondition", conditions);
        n.list(&ext("keywords"), o.keywords.iter().map(|k| json!(k)).collect());
        if o.entry {
            n.set(&ext("entry"), json!(true));
        }
        n.json(&ext("pay"), &o.pay, o.pay.is_some());
        if o.illustrative {
            n.set(&ext("illustrative"), json!(true));
        }
        n.0
    }

    fn credential(&self, c: &pathway_model::model::Credential) -> Value {
        let mut n = Node::new(&vocab::node_id(NodeKind::Credential, c.id.as_str()), vocab::CREDENTIAL);
        n.set("ceterms:name", self.text(&c.name, None));
        if let Some(text) = &c.description {
            n.set("ceterms:description", self.text(text, None));
        }
        n.set("ceterms:credentialType", json!(vocab::credential_type(c.kind)));
        let regions: Vec<Value> = self
            .d
            .regions
            .iter()
            .filter(|r| self.credential_in(c.id.as_str(), &r.id))
            .map(|r| json!(vocab::node_id(NodeKind::Region, r.id.as_str())))
            .collect();
        n.list("ceterms:isPartOf", regions);
        // Below a credential: the programs that award it, any one of which will do.
        let awarded_by: Vec<String> = self
            .awarded_by
            .get(c.id.as_str())
            .into_iter()
            .flatten()
            .map(|p| vocab::node_id(NodeKind::Program, p))
            .collect();
        n.list("ceasn:hasChild", awarded_by.iter().map(|p| json!(p)).collect());
        if !awarded_by.is_empty() {
            n.set(
                "ceterms:hasCondition",
                json!([{ "@type": vocab::CONDITION, "ceterms:requiredNumber": 1, "ceterms:targetComponent": awarded_by }]),
            );
        }
        if let Some(issuer) = &c.issuer {
            n.set(&ext("issuer"), self.text(issuer, None));
        }
        if c.external {
            n.set(&ext("external"), json!(true));
        }
        n.json(&ext("source"), &c.source, c.source.is_some());
        if c.illustrative {
            n.set(&ext("illustrative"), json!(true));
        }
        n.0
    }

    fn program(&self, p: &Program) -> Value {
        let region = p.region.as_ref();
        let mut n = Node::new(&vocab::node_id(NodeKind::Program, p.id.as_str()), vocab::program_class(p.kind));
        n.set("ceterms:name", self.text(&p.name, region));
        let pathways: Vec<Value> = self
            .d
            .regions
            .iter()
            .filter(|r| region.is_none_or(|id| *id == r.id))
            .map(|r| json!(vocab::node_id(NodeKind::Region, r.id.as_str())))
            .collect();
        n.list("ceterms:isPartOf", pathways);
        let requires = credential_nodes(&p.requires);
        n.list("ceasn:hasChild", requires.iter().map(|c| json!(c)).collect());
        if !requires.is_empty() {
            n.set("ceterms:hasCondition", json!([condition(requires)]));
        }
        // What the program leads to: the credentials it awards, in order.
        n.list("ceterms:precedes", credential_nodes(&p.awards).into_iter().map(Value::String).collect());
        if let Some(url) = &p.source.url {
            n.set("ceterms:subjectWebpage", json!(url));
        }
        n.set(&ext("kind"), serde_json::to_value(p.kind).unwrap_or(Value::Null));
        n.set(&ext("provider"), json!(p.provider.as_str()));
        if p.region.is_none() {
            n.set(&ext("shared"), json!(true));
        }
        n.set(&ext("months"), json!(p.months));
        if let Some(hours) = p.hours {
            n.set(&ext("hours"), json!(hours));
        }
        n.set(&ext("cost"), json!(p.cost));
        n.json(&ext("funding"), &p.funding, !p.funding.is_empty());
        n.list(&ext("schedule"), p.schedule.iter().filter_map(|s| serde_json::to_value(s).ok()).collect());
        if p.paid {
            n.set(&ext("paid"), json!(true));
        }
        if let Some(credits) = p.college_credits {
            n.set(&ext("collegeCredits"), json!(credits));
        }
        n.list(&ext("supportFrom"), p.support_from.iter().map(|s| json!(s.as_str())).collect());
        n.json(&ext("eligible"), &p.eligible, p.eligible.is_some());
        n.json(&ext("wageSchedule"), &p.wage_schedule, p.wage_schedule.is_some());
        n.json(&ext("source"), &p.source, true);
        if p.illustrative {
            n.set(&ext("illustrative"), json!(true));
        }
        n.0
    }
}

/// A node under construction: properties in the order they are set.
struct Node(Value);

impl Node {
    fn new(id: &str, class: &str) -> Self {
        let mut n = Node(Value::Object(Map::new()));
        n.set("@id", json!(id));
        n.set("@type", json!(class));
        if class != vocab::CONDITION {
            n.set("ceterms:ctid", json!(vocab::ctid(id)));
        }
        n
    }

    fn set(&mut self, key: &str, value: Value) {
        if let Value::Object(map) = &mut self.0 {
            map.insert(key.to_owned(), value);
        }
    }

    /// Sets a list, leaving the property out when the list is empty.
    fn list(&mut self, key: &str, values: Vec<Value>) {
        if !values.is_empty() {
            self.set(key, Value::Array(values));
        }
    }

    /// Sets a value of the model's own shape, when `present`.
    fn json<T: Serialize>(&mut self, key: &str, value: &T, present: bool) {
        if present {
            self.set(key, serde_json::to_value(value).unwrap_or(Value::Null));
        }
    }
}

/// A condition that every one of `targets` is needed.
fn condition(targets: Vec<String>) -> Value {
    let mut c = Node(Value::Object(Map::new()));
    c.set("@type", json!(vocab::CONDITION));
    c.set("ceterms:requiredNumber", json!(targets.len()));
    if !targets.is_empty() {
        c.set("ceterms:targetComponent", json!(targets));
    }
    c.0
}

fn credential_nodes(ids: &[pathway_model::CredentialId]) -> Vec<String> {
    ids.iter().map(|c| vocab::node_id(NodeKind::Credential, c.as_str())).collect()
}

/// The list without repeats, first occurrences kept in order.
fn dedup(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for item in list {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
