//! Who a funding source pays for and who a program takes, as data the route
//! engine checks against what a person says is true of them.
//!
//! Nothing is assumed: a condition the person has not said they meet is not
//! met. Every condition listed must hold; within a list (`employees_of`,
//! `members_of`) any one entry is enough.

use crate::ids::PartnerId;
use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The conditions of a funding source or of enrolling in a program. An
/// empty set of conditions means everyone who enrolls qualifies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Employees of one of these partners.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employees_of: Vec<PartnerId>,
    /// With `employees_of`: after this many months with the employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_months: Option<f64>,
    /// Members of one of these unions or labor/management training funds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members_of: Vec<PartnerId>,
    /// Eligible for public workforce training funds (WIOA): low income,
    /// unemployed or dislocated, as the local workforce board decides.
    #[serde(default, skip_serializing_if = "is_false")]
    pub income_eligible: bool,
    /// The youngest age, in years, that qualifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// The oldest age, in years, that qualifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u32>,
    /// Enrolled in high school.
    #[serde(default, skip_serializing_if = "is_false")]
    pub in_high_school: bool,
    /// People with lived experience the program asks for, as they state it
    /// themselves (peer recovery and peer support programs, for example).
    #[serde(default, skip_serializing_if = "is_false")]
    pub lived_experience: bool,
}

/// What a person has said is true of them, for checking [`Eligibility`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    /// The partner they work for now.
    pub employer: Option<PartnerId>,
    /// Months they have worked for that employer.
    pub months_with_employer: f64,
    /// The unions or training funds they belong to.
    pub member_of: Vec<PartnerId>,
    /// They are eligible for public workforce training funds.
    pub income_eligible: bool,
    /// Their age in years, when said.
    pub age: Option<u32>,
    /// They are enrolled in high school.
    pub in_high_school: bool,
    /// They say they have the lived experience peer programs ask for.
    pub lived_experience: bool,
}

/// The first condition a person does not meet, with what it asks.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Unmet {
    /// The data gives the conditions only as free text, so they cannot be
    /// checked and are not assumed.
    Unstated,
    /// Only employees of these partners qualify.
    NotAnEmployee {
        /// The employers whose employees qualify.
        employers: Vec<PartnerId>,
    },
    /// Employees qualify only after some months; the person has worked fewer.
    TooSoon {
        /// The months the condition asks for.
        after_months: f64,
        /// The months the person has worked for the employer.
        worked: f64,
    },
    /// Only members of these unions or funds qualify.
    NotAMember {
        /// The unions or funds whose members qualify.
        unions: Vec<PartnerId>,
    },
    /// Only people eligible for public workforce funds qualify.
    NotIncomeEligible,
    /// Only people of these ages qualify.
    Age {
        /// The youngest age that qualifies.
        min: Option<u32>,
        /// The oldest age that qualifies.
        max: Option<u32>,
        /// The person's age, when said.
        age: Option<u32>,
    },
    /// Only high-school students qualify.
    NotInHighSchool,
    /// Only people who state the lived experience the program asks for qualify.
    NoLivedExperience,
}

impl Unmet {
    /// The employers or unions the condition names, in its order; none for
    /// the conditions that name no partner.
    pub fn partners(&self) -> &[PartnerId] {
        match self {
            Self::NotAnEmployee { employers } => employers,
            Self::NotAMember { unions } => unions,
            _ => &[],
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Eligibility {
    /// The first condition `person` does not meet, or `None` when they meet all.
    pub fn unmet(&self, person: &Person) -> Option<Unmet> {
        if !self.employees_of.is_empty() {
            let employed = person.employer.as_ref().is_some_and(|e| self.employees_of.contains(e));
            if !employed {
                return Some(Unmet::NotAnEmployee { employers: self.employees_of.clone() });
            }
            if let Some(after) = self.after_months {
                if person.months_with_employer < after {
                    return Some(Unmet::TooSoon { after_months: after, worked: person.months_with_employer });
                }
            }
        }
        if !self.members_of.is_empty() && !person.member_of.iter().any(|m| self.members_of.contains(m)) {
            return Some(Unmet::NotAMember { unions: self.members_of.clone() });
        }
        if self.income_eligible && !person.income_eligible {
            return Some(Unmet::NotIncomeEligible);
        }
        if self.min_age.is_some() || self.max_age.is_some() {
            let fits = person
                .age
                .is_some_and(|a| self.min_age.is_none_or(|min| a >= min) && self.max_age.is_none_or(|max| a <= max));
            if !fits {
                return Some(Unmet::Age { min: self.min_age, max: self.max_age, age: person.age });
            }
        }
        if self.in_high_school && !person.in_high_school {
            return Some(Unmet::NotInHighSchool);
        }
        if self.lived_experience && !person.lived_experience {
            return Some(Unmet::NoLivedExperience);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partner(id: &str) -> PartnerId {
        PartnerId(id.into())
    }

    #[test]
    fn nothing_is_assumed() {
        let tuition =
            Eligibility { employees_of: vec![partner("hospital")], after_months: Some(6.0), ..Eligibility::default() };
        let nobody = Person::default();
        assert_eq!(tuition.unmet(&nobody), Some(Unmet::NotAnEmployee { employers: vec![partner("hospital")] }));
        let new_hire = Person { employer: Some(partner("hospital")), months_with_employer: 2.0, ..Person::default() };
        assert_eq!(tuition.unmet(&new_hire), Some(Unmet::TooSoon { after_months: 6.0, worked: 2.0 }));
        let settled = Person { months_with_employer: 12.0, ..new_hire };
        assert_eq!(tuition.unmet(&settled), None);
        let youth =
            Eligibility { min_age: Some(16), max_age: Some(18), in_high_school: true, ..Eligibility::default() };
        assert!(matches!(youth.unmet(&Person::default()), Some(Unmet::Age { age: None, .. })));
        let adult = Person { age: Some(30), in_high_school: false, ..Person::default() };
        assert!(matches!(youth.unmet(&adult), Some(Unmet::Age { age: Some(30), .. })));
        let student = Person { age: Some(17), in_high_school: true, ..Person::default() };
        assert_eq!(youth.unmet(&student), None);
        assert_eq!(Eligibility::default().unmet(&nobody), None, "no conditions: everyone who enrolls");
        let wioa = Eligibility { income_eligible: true, ..Eligibility::default() };
        assert_eq!(wioa.unmet(&nobody), Some(Unmet::NotIncomeEligible));
        let peer = Eligibility { lived_experience: true, ..Eligibility::default() };
        assert_eq!(peer.unmet(&nobody), Some(Unmet::NoLivedExperience));
        assert_eq!(peer.unmet(&Person { lived_experience: true, ..Person::default() }), None);
        let fund = Eligibility { members_of: vec![partner("fund")], ..Eligibility::default() };
        assert_eq!(fund.unmet(&Person { member_of: vec![partner("fund")], ..Person::default() }), None);
    }
}
