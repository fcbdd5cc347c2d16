//! The entries a graph's components become: an occupation and the steps into
//! it from a `ceterms:JobComponent`, a credential from a
//! `ceterms:CredentialComponent`, a program from a course, basic or work
//! experience component.

use super::{Class, Condition, Import};
use crate::read::{one_or_many, Props};
use crate::vocab::{self, ext};
use pathway_model::model::{Credential, CredentialKind, Occupation, Program, ProgramKind, Schedule, Step};
use pathway_model::{CredentialId, OccupationId, PartnerId, ProgramId, RegionId};
use serde_json::Value;

impl<'a> Import<'a> {
    /// An occupation and the steps that lead into it.
    pub(super) fn job(
        &mut self,
        node: &str,
        props: &'a Props,
        id: String,
        region: Option<String>,
        lang: &str,
    ) -> (Occupation, Vec<Step>) {
        let title = self.r.required_text(props, node, "ceterms:name", lang);
        let (soc, onet) = self.codes(node, props);
        let to = OccupationId(id.clone());
        let mut requires = Vec::new();
        let mut steps = Vec::new();
        for c in self.conditions(node, props) {
            let jobs: Vec<&String> = c.targets.iter().filter(|(k, _)| *k == Class::Job).map(|(_, t)| t).collect();
            let credentials = self.credential_targets(node, &c, true);
            self.all_needed(node, &c);
            if c.step || !jobs.is_empty() {
                if jobs.len() > 1 {
                    self.r.error(
                        node,
                        "ceterms:targetComponent",
                        "a step starts from one job; this condition names several",
                    );
                }
                steps.push(Step {
                    from: jobs.first().map(|j| OccupationId((*j).clone())),
                    to: to.clone(),
                    requires: credentials,
                    experience_months: self.r.number(c.props, node, &ext("experienceMonths")).unwrap_or(0.0),
                    note: self.r.text(c.props, node, "ceterms:description", lang),
                    pay: self.r.model(c.props, node, &ext("pay")),
                    illustrative: self.r.flag(c.props, node, &ext("illustrative")),
                    no_wage_change: self.r.flag(c.props, node, &ext("noWageChange")),
                });
            } else {
                requires.extend(credentials);
            }
        }
        // A rung below with no step condition of its own is a plain step up
        // from it, whichever side names the link.
        let mut below = self.r.refs(props, node, &vocab::HAS_CHILD);
        below.extend(self.jobs_below.get(node).cloned().unwrap_or_default());
        for child in below {
            if let Some((Class::Job, from)) = self.target(node, vocab::HAS_CHILD[0], &child) {
                if !steps.iter().any(|s| s.from.as_ref().is_some_and(|f| f.as_str() == from)) {
                    steps.push(Step {
                        from: Some(OccupationId(from)),
                        to: to.clone(),
                        requires: Vec::new(),
                        experience_months: 0.0,
                        note: None,
                        pay: None,
                        illustrative: false,
                        no_wage_change: false,
                    });
                }
            }
        }
        let occupation = Occupation {
            id: to,
            soc,
            onet,
            title,
            description: self.r.text(props, node, "ceterms:description", lang),
            keywords: self.r.strings(props, node, &ext("keywords")),
            region: region.map(RegionId),
            entry: self.r.flag(props, node, &ext("entry")),
            requires,
            pay: self.r.model(props, node, &ext("pay")),
            illustrative: self.r.flag(props, node, &ext("illustrative")),
        };
        (occupation, steps)
    }

    /// The SOC code and, when given, the O*NET-SOC code of a job.
    fn codes(&mut self, node: &str, props: &Props) -> (String, Option<String>) {
        let mut soc = None;
        let mut onet = None;
        for item in props.get("ceterms:occupationType").map(one_or_many).unwrap_or_default() {
            let code = item.get("ceterms:codedNotation").and_then(Value::as_str).unwrap_or_default();
            // The framework says which code it is; without one, the code's form does.
            let framework = item.get("ceterms:framework").and_then(Value::as_str);
            let is_onet = framework == Some(vocab::ONET_FRAMEWORK)
                || (framework != Some(vocab::SOC_FRAMEWORK) && vocab::is_onet(code));
            if is_onet && onet.is_none() {
                onet = Some(code.to_owned());
            } else if (framework == Some(vocab::SOC_FRAMEWORK) || vocab::is_soc(code)) && soc.is_none() {
                soc = Some(code.to_owned());
            }
        }
        let soc = soc.or_else(|| onet.as_ref().filter(|o| vocab::is_onet(o)).map(|o| o[..7].to_owned()));
        if soc.is_none() {
            self.r.error(
                node,
                "ceterms:occupationType",
                "expected a ceterms:CredentialAlignmentObject whose `ceterms:codedNotation` is an SOC code such as 31-1131 (or an O*NET-SOC code such as 29-2061.00)",
            );
        }
        (soc.unwrap_or_default(), onet)
    }

    /// The credentials a condition names; another kind of target is a problem
    /// unless `jobs_allowed` and it is a job.
    fn credential_targets(&mut self, node: &str, c: &Condition<'a>, jobs_allowed: bool) -> Vec<CredentialId> {
        let mut out = Vec::new();
        for (class, id) in &c.targets {
            match class {
                Class::Credential => out.push(CredentialId(id.clone())),
                Class::Job if jobs_allowed => {}
                _ => self.r.error(
                    node,
                    "ceterms:targetComponent",
                    format!(
                        "names `{id}`, which is not a {}: what a component requires is a credential",
                        vocab::CREDENTIAL
                    ),
                ),
            }
        }
        out
    }

    /// The pathway files need every requirement, so a condition satisfied by
    /// fewer than all of its targets has no place in them.
    fn all_needed(&mut self, node: &str, c: &Condition<'a>) {
        if let Some(n) = c.required {
            if n as usize != c.targets.len() {
                self.r.error(
                    node,
                    "ceterms:requiredNumber",
                    format!(
                        "{n} of {} targets: the pathway format needs every requirement, so `ceterms:requiredNumber` must equal the number of `ceterms:targetComponent`s",
                        c.targets.len()
                    ),
                );
            }
        }
    }

    /// A credential.
    pub(super) fn credential(&mut self, node: &str, props: &'a Props, id: String, lang: &str) -> Credential {
        let name = self.r.required_text(props, node, "ceterms:name", lang);
        let kind = match self.r.model::<CredentialKind>(props, node, &ext("kind")) {
            Some(kind) => kind,
            None => {
                let types = self.r.refs(props, node, &["ceterms:credentialType"]);
                match types.iter().find_map(|t| vocab::credential_kind(t)) {
                    Some(kind) => kind,
                    None => {
                        self.r.error(
                            node,
                            "ceterms:credentialType",
                            format!("found {types:?}; expected a CTDL credential class such as ceterms:Certification, ceterms:License, ceterms:Certificate, ceterms:SecondarySchoolDiploma, ceterms:AssociateDegree"),
                        );
                        CredentialKind::Certificate
                    }
                }
            }
        };
        Credential {
            id: CredentialId(id),
            name,
            kind,
            issuer: self.r.text(props, node, &ext("issuer"), lang),
            description: self.r.text(props, node, "ceterms:description", lang),
            external: self.r.flag(props, node, &ext("external")),
            source: self.r.model(props, node, &ext("source")),
            illustrative: self.r.flag(props, node, &ext("illustrative")),
        }
    }

    /// A program.
    pub(super) fn program(
        &mut self,
        node: &str,
        props: &'a Props,
        id: String,
        region: Option<String>,
        lang: &str,
    ) -> Program {
        let name = self.r.required_text(props, node, "ceterms:name", lang);
        let kind = self.required(props, node, "kind", "the program's kind, such as college, apprenticeship or esl");
        let provider = self.required::<String>(props, node, "provider", "the id of the partner that runs it");
        let source = self.required(props, node, "source", "where its facts come from: {citation, date, url}");
        let mut requires = Vec::new();
        for c in self.conditions(node, props) {
            requires.extend(self.credential_targets(node, &c, false));
            self.all_needed(node, &c);
        }
        let mut schedule = Vec::new();
        if !props.contains_key(&ext("schedule")) {
            self.r.error(
                node,
                &ext("schedule"),
                "missing: the pathway format needs when it meets (day, evening, weekend, online)",
            );
        }
        for s in self.r.strings(props, node, &ext("schedule")) {
            match serde_json::from_value::<Schedule>(Value::String(s.clone())) {
                Ok(v) => schedule.push(v),
                Err(_) => self.r.error(
                    node,
                    &ext("schedule"),
                    format!("found `{s}`; expected day, evening, weekend or online"),
                ),
            }
        }
        Program {
            id: ProgramId(id),
            name,
            kind: kind.unwrap_or(ProgramKind::College),
            provider: PartnerId(provider.unwrap_or_default()),
            region: region.map(RegionId),
            months: self.r.required_number(props, node, &ext("months")),
            hours: self.r.number(props, node, &ext("hours")),
            cost: self.r.required_number(props, node, &ext("cost")),
            funding: self.r.model(props, node, &ext("funding")).unwrap_or_default(),
            schedule,
            paid: self.r.flag(props, node, &ext("paid")),
            requires,
            awards: self.awards(node, props),
            college_credits: self.r.number(props, node, &ext("collegeCredits")),
            support_from: self.r.strings(props, node, &ext("supportFrom")).into_iter().map(PartnerId).collect(),
            eligible: self.r.model(props, node, &ext("eligible")),
            wage_schedule: self.r.model(props, node, &ext("wageSchedule")),
            source: source.unwrap_or_else(|| pathway_model::model::Source {
                citation: Default::default(),
                date: String::new(),
                url: None,
            }),
            illustrative: self.r.flag(props, node, &ext("illustrative")),
        }
    }

    /// An extension value the pathway files require.
    fn required<T: serde::de::DeserializeOwned>(
        &mut self,
        props: &Props,
        node: &str,
        term: &str,
        what: &str,
    ) -> Option<T> {
        let name = ext(term);
        if !props.contains_key(&name) {
            self.r.error(
                node,
                &name,
                format!("missing: the pathway format needs {what}, which CTDL has no term for on a component"),
            );
        }
        self.r.model(props, node, &name)
    }

    /// What a program awards: the credentials it precedes, in order, or else
    /// the credentials that list it below them.
    fn awards(&mut self, node: &str, props: &Props) -> Vec<CredentialId> {
        let mut out = Vec::new();
        for target in self.r.refs(props, node, &["ceterms:precedes"]) {
            if let Some((Class::Credential, id)) = self.target(node, "ceterms:precedes", &target) {
                out.push(CredentialId(id));
            }
        }
        if out.is_empty() {
            let mut above = self.credentials_above.get(node).cloned().unwrap_or_default();
            above.extend(self.r.refs(props, node, &vocab::IS_CHILD_OF));
            for credential in above {
                if let Some((Class::Credential, id)) = self.target(node, vocab::IS_CHILD_OF[0], &credential) {
                    if !out.iter().any(|c| c.as_str() == id) {
                        out.push(CredentialId(id));
                    }
                }
            }
        }
        out
    }
}
