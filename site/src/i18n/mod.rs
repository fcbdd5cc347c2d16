//! Every string a person reads on the site, in one place, so a second language
//! can be added here without touching the components.

mod blockers;

pub use blockers::{blocker, pick, who, BlockerText};
use pathway_model::model::{FundingKind, ProgramKind, Schedule, SupportService};

/// The site's strings in one language.
pub struct Strings {
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub load_failed_help: &'static str,
    pub region_label: &'static str,
    pub where_now: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub no_job_yet: &'static str,
    pub entry_role: &'static str,
    pub no_matches: &'static str,
    pub change_start: &'static str,
    pub see_routes: &'static str,
    pub starting_from: &'static str,
    pub situation: &'static str,
    pub situation_hint: &'static str,
    pub no_diploma: &'static str,
    pub learning_english: &'static str,
    pub evenings: &'static str,
    pub keep_earning: &'static str,
    pub no_car: &'static str,
    pub who_pays_heading: &'static str,
    pub who_pays_hint: &'static str,
    pub employer_label: &'static str,
    pub employer_unset: &'static str,
    pub union_label: &'static str,
    pub union_unset: &'static str,
    pub income_eligible: &'static str,
    pub in_high_school: &'static str,
    pub age_label: &'static str,
    pub age_unset: &'static str,
    /// After a funding source that pays for this person.
    pub funding_applies: &'static str,
    /// After a funding source that does not: `{who}` says who it pays for.
    pub funding_not_for_you: &'static str,
    /// A program's enrollment conditions: `{program}`, `{provider}` and `{who}`.
    pub excluded_not_eligible: &'static str,
    pub limit_enrollment: &'static str,
    /// `{target}` and `{programs}`.
    pub blocked_enrollment: &'static str,
    pub who_unstated: &'static str,
    /// `{names}`.
    pub who_employees: &'static str,
    /// `{after}` months and `{worked}` months.
    pub who_after_months: &'static str,
    /// `{names}`.
    pub who_members: &'static str,
    pub who_income: &'static str,
    /// `{min}` and `{max}`.
    pub who_ages: &'static str,
    /// `{min}`.
    pub who_age_min: &'static str,
    /// `{max}`.
    pub who_age_max: &'static str,
    pub who_high_school: &'static str,
    /// Between names in "employees of A or B".
    pub or_separator: &'static str,
    pub months_in_job: &'static str,
    pub months_in_job_unset: &'static str,
    pub max_months: &'static str,
    pub max_cost: &'static str,
    pub no_limit: &'static str,
    pub already_hold: &'static str,
    pub target_label: &'static str,
    pub any_target: &'static str,
    pub routes_heading: &'static str,
    pub route_word: &'static str,
    pub route_one: &'static str,
    pub routes_word: &'static str,
    pub showing: &'static str,
    pub of_word: &'static str,
    pub show_more: &'static str,
    pub more_word: &'static str,
    pub lateral: &'static str,
    pub no_routes: &'static str,
    pub rung_limit: &'static str,
    pub blocked_by: &'static str,
    pub fastest: &'static str,
    pub cheapest: &'static str,
    pub highest_wage: &'static str,
    pub most_paid: &'static str,
    pub beaten_by: &'static str,
    pub show_ladder: &'static str,
    pub showing_ladder: &'static str,
    pub compare_this: &'static str,
    pub rung_details: &'static str,
    pub close_details: &'static str,
    pub months_unit: &'static str,
    pub to_you: &'static str,
    pub per_year: &'static str,
    pub per_hour: &'static str,
    pub no_wage: &'static str,
    pub programs_word: &'static str,
    pub paid_while_learning: &'static str,
    pub not_paid: &'static str,
    pub experience_first: &'static str,
    pub same_bls_code: &'static str,
    /// `{wage}`, the BLS annual median shown beside an authored pay rate.
    pub bls_beside_pay: &'static str,
    /// `{start}` and `{end}`, months of the route.
    pub timeline: &'static str,
    pub experience_first_plan: &'static str,
    pub hired_directly: &'static str,
    pub you_are_here: &'static str,
    pub program_one: &'static str,
    pub credential_needed: &'static str,
    pub bridge: &'static str,
    pub provider: &'static str,
    pub length: &'static str,
    pub cost_to_you: &'static str,
    pub full_cost: &'static str,
    pub funding: &'static str,
    pub schedule: &'static str,
    pub pay: &'static str,
    pub support: &'static str,
    pub none_listed: &'static str,
    pub sources: &'static str,
    pub wage_source: &'static str,
    pub national_fallback: &'static str,
    pub illustrative: &'static str,
    pub ladder_picture: &'static str,
    pub compare_heading: &'static str,
    pub compare_clear: &'static str,
    pub total_time: &'static str,
    pub total_cost: &'static str,
    pub wage_reached: &'static str,
    pub steps_word: &'static str,
    pub print_plan: &'static str,
    pub plan_heading: &'static str,
    pub plan_link: &'static str,
    pub save_plan: &'static str,
    pub plan_is_saved: &'static str,
    pub plan_saved: &'static str,
    pub plan_not_saved: &'static str,
    pub saved_plans_heading: &'static str,
    pub saved_plans_hint: &'static str,
    pub delete_plan: &'static str,
    pub delete_word: &'static str,
    pub wage_credit: &'static str,
    pub data_note: &'static str,
    /// How a blocking limit is introduced; `{limit}` is its name.
    pub blocker_label: &'static str,
    pub limit_study_times: &'static str,
    pub limit_time: &'static str,
    pub limit_cost: &'static str,
    pub limit_keep_earning: &'static str,
    pub limit_no_car: &'static str,
    pub limit_together: &'static str,
    pub limit_ladder: &'static str,
    pub limit_data: &'static str,
    /// `{target}`, `{max}` and `{fastest}` months.
    pub blocked_time: &'static str,
    /// `{target}`, `{max}` and `{cheapest}` dollars.
    pub blocked_cost: &'static str,
    /// `{target}`, and `{programs}`, the ruled-out programs' sentences joined by `list_separator`.
    pub blocked_one_limit: &'static str,
    /// `{target}` and `{programs}`.
    pub blocked_together: &'static str,
    /// `{target}`.
    pub blocked_together_unnamed: &'static str,
    /// `{target}` and `{max}` rungs.
    pub blocked_ladder: &'static str,
    /// `{target}`.
    pub blocked_no_route: &'static str,
    /// `{program}` at `{provider}`.
    pub excluded_other_region: &'static str,
    /// `{program}`, `{provider}` and `{schedule}`.
    pub excluded_daytime: &'static str,
    /// `{program}`, `{provider}` and `{schedule}`.
    pub excluded_unpaid: &'static str,
    /// `{program}` and `{provider}`.
    pub excluded_needs_car: &'static str,
    /// Between the sentences of a list of ruled-out programs.
    pub list_separator: &'static str,
    /// Between the times a program meets.
    pub schedule_separator: &'static str,
    /// When a program meets, in the sentences of a blocker.
    pub meets_day: &'static str,
    pub meets_evening: &'static str,
    pub meets_weekend: &'static str,
    pub meets_online: &'static str,
}

/// English.
pub const EN: Strings = Strings {
    loading: "Loading the pathway data…",
    load_failed: "The pathway data could not be loaded",
    load_failed_help: "Try reloading the page. If this keeps happening, tell the people who run this site: the data file may be missing or out of date.",
    region_label: "Region",
    where_now: "Where are you now?",
    search_label: "Search jobs",
    search_hint: "Type everyday words, such as housekeeping, kitchen or CNA.",
    no_job_yet: "I have no job yet",
    entry_role: "starting job",
    no_matches: "No job matches those words. Try another word, or pick from the list.",
    change_start: "Change",
    see_routes: "Skip to the routes",
    starting_from: "Starting from",
    situation: "What is true for you?",
    situation_hint: "Routes change as you choose.",
    no_diploma: "I have no high-school diploma or GED yet",
    learning_english: "I am still learning English",
    evenings: "I can only study evenings, weekends or online",
    keep_earning: "I need to keep earning while I train",
    no_car: "I have no car",
    who_pays_heading: "Help paying for training",
    who_pays_hint: "Some funding and some programs are only for some people. Say what is true, and the costs show what you would really pay.",
    employer_label: "Where do you work?",
    employer_unset: "Not with any of these employers",
    union_label: "Union or training fund",
    union_unset: "Not a member of any of these",
    income_eligible: "I qualify for public job-training funds (WIOA): low income, out of work or laid off",
    in_high_school: "I am in high school",
    age_label: "Your age",
    age_unset: "Rather not say",
    funding_applies: "pays for you",
    funding_not_for_you: "not counted: it pays only for {who}",
    excluded_not_eligible: "{program} at {provider} takes only {who}",
    limit_enrollment: "who may enroll",
    blocked_enrollment: "{target} can be reached by programs that take only some people, but {programs}.",
    who_unstated: "people the data describes only in words, which cannot be checked",
    who_employees: "employees of {names}",
    who_after_months: "employees of {after} months or more (you have worked {worked})",
    who_members: "members of {names}",
    who_income: "people who qualify for public job-training funds",
    who_ages: "people aged {min} to {max}",
    who_age_min: "people aged {min} or older",
    who_age_max: "people aged {max} or younger",
    who_high_school: "high-school students",
    or_separator: " or ",
    months_in_job: "How long have you worked in this job?",
    months_in_job_unset: "Less than 3 months",
    max_months: "Most months I can spend",
    max_cost: "Most I can pay (dollars)",
    no_limit: "No limit",
    already_hold: "Credentials I already have",
    target_label: "Where do you want to go?",
    any_target: "Anywhere I can reach",
    routes_heading: "Routes upward",
    route_word: "Route",
    route_one: "route",
    routes_word: "routes",
    showing: "Showing",
    of_word: "of",
    show_more: "Show",
    more_word: "more",
    lateral: "sideways move",
    no_routes: "No route fits all of these choices.",
    rung_limit: "Some ladders here go on for more than 50 steps. Routes are followed for 50 steps, so jobs higher up are not listed.",
    blocked_by: "What stands in the way",
    fastest: "Fastest",
    cheapest: "Cheapest",
    highest_wage: "Highest wage",
    most_paid: "Most paid training",
    beaten_by: "Another route is at least as good in every way:",
    show_ladder: "Show this ladder",
    showing_ladder: "Shown in the ladder",
    compare_this: "Compare",
    rung_details: "What it takes",
    close_details: "Close details",
    months_unit: "months",
    to_you: "to you",
    per_year: "a year",
    per_hour: "an hour",
    no_wage: "wage not published",
    programs_word: "programs",
    paid_while_learning: "paid while learning",
    not_paid: "not paid",
    experience_first: "months of work experience first",
    same_bls_code: "BLS publishes one wage for this job and the one before, so the figure shows no raise. Ask the employer what this step pays.",
    bls_beside_pay: "This is the employer's or contract's pay rate. For comparison, BLS gives {wage} a year for the whole occupation.",
    timeline: "On this route, this step starts in month {start} and is reached in month {end}.",
    experience_first_plan: "of work experience in the job before",
    hired_directly: "Hired without a credential",
    you_are_here: "You are here",
    program_one: "program",
    credential_needed: "Credential needed",
    bridge: "Bridge program, for a missing prerequisite",
    provider: "Who trains",
    length: "How long",
    cost_to_you: "Cost to you",
    full_cost: "full cost",
    funding: "Who pays",
    schedule: "When it meets",
    pay: "Pay while learning",
    support: "Help while you train",
    none_listed: "none listed",
    sources: "Sources",
    wage_source: "Wage",
    national_fallback: "national figure; no local figure was published",
    illustrative: "Example: typical figures, not one school's published offer.",
    ladder_picture: "Ladder picture",
    compare_heading: "Compare routes",
    compare_clear: "Clear comparison",
    total_time: "Time",
    total_cost: "Cost to you",
    wage_reached: "Wage reached",
    steps_word: "Steps",
    print_plan: "Print this plan",
    plan_heading: "My plan",
    plan_link: "Open this plan again at:",
    save_plan: "Save this plan on this device",
    plan_is_saved: "Saved on this device",
    plan_saved: "Saved. It is listed under “Your saved plans”.",
    plan_not_saved: "This browser would not keep the plan: saving may be turned off, or its storage is full. Print the plan or copy the link instead.",
    saved_plans_heading: "Your saved plans",
    saved_plans_hint: "Kept only in this browser on this device. Nothing is sent anywhere.",
    delete_plan: "Delete saved plan",
    delete_word: "Delete",
    wage_credit: "Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS).",
    data_note: "Program details marked as examples are typical figures; check with the provider.",
    blocker_label: "{limit}: ",
    limit_study_times: "evenings, weekends or online only",
    limit_time: "the time limit",
    limit_cost: "the cost limit",
    limit_keep_earning: "must keep earning",
    limit_no_car: "no car",
    limit_together: "these limits together",
    limit_ladder: "ladder length",
    limit_data: "the data",
    blocked_time: "every route to {target} takes longer than {max} months; the fastest takes {fastest} months.",
    blocked_cost: "every route to {target} costs more than {max}; the cheapest costs {cheapest} after funding.",
    blocked_one_limit: "{target} can be reached without this limit, but {programs}.",
    blocked_together: "{target} can be reached without these limits, but {programs}.",
    blocked_together_unnamed: "{target} can be reached without these limits; no single one of them is to blame.",
    blocked_ladder: "{target} is more than {max} steps up from here, and routes are followed for at most {max} steps.",
    blocked_no_route: "the data has no route from here to {target}, even without any limit.",
    excluded_other_region: "{program} at {provider} is offered in another region",
    excluded_daytime: "{program} at {provider} meets {schedule} only",
    excluded_unpaid: "{program} at {provider} is unpaid and meets {schedule} only, so it leaves no time to keep earning",
    excluded_needs_car: "{program} at {provider} meets in person and lists no transportation help",
    list_separator: "; ",
    schedule_separator: " and ",
    meets_day: "weekday daytimes",
    meets_evening: "evenings",
    meets_weekend: "weekends",
    meets_online: "online",
};

/// `template` with each `{name}` replaced by its value. Sentences keep their
/// placeholders so that another language can put the figures where its
/// word order wants them. One pass over the template, so a value that
/// happens to hold braces is never read as a placeholder; it also spares the
/// WebAssembly the substring searcher that `str::replace` brings.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The strings for the page's language.
pub fn strings() -> &'static Strings {
    &EN
}

/// A program kind in words.
pub fn program_kind(kind: ProgramKind) -> &'static str {
    match kind {
        ProgramKind::GedPreparation => "GED preparation",
        ProgramKind::Esl => "English classes (ESL)",
        ProgramKind::WorkplaceLiteracy => "Workplace literacy",
        ProgramKind::Developmental => "College developmental courses",
        ProgramKind::PreApprenticeship => "Pre-apprenticeship",
        ProgramKind::College => "College program",
        ProgramKind::Apprenticeship => "Registered apprenticeship",
        ProgramKind::Internship => "Internship",
        ProgramKind::OnTheJob => "On-the-job training",
        ProgramKind::PaidWorkExperience => "Paid work experience",
        ProgramKind::Employer => "Employer training",
        ProgramKind::UnionFund => "Union training fund",
    }
}

/// A schedule in words.
pub fn schedule(s: Schedule) -> &'static str {
    match s {
        Schedule::Day => "weekdays",
        Schedule::Evening => "evenings",
        Schedule::Weekend => "weekends",
        Schedule::Online => "online",
    }
}

/// A kind of funding in words.
pub fn funding(kind: FundingKind) -> &'static str {
    match kind {
        FundingKind::EmployerTuition => "employer tuition help",
        FundingKind::UnionFund => "union training fund",
        FundingKind::PublicWorkforce => "public workforce funds",
        FundingKind::Grant => "grant",
    }
}

/// A support service in words.
pub fn support(s: SupportService) -> &'static str {
    match s {
        SupportService::ChildCare => "child care",
        SupportService::Transportation => "transportation",
        SupportService::ToolsAndUniforms => "tools and uniforms",
        SupportService::CaseManagement => "a case manager",
        SupportService::Tutoring => "tutoring",
        SupportService::Coaching => "career coaching",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_each_value_where_the_sentence_wants_it() {
        assert_eq!(fill("{a} then {b}", &[("b", "2"), ("a", "1")]), "1 then 2");
        assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
        assert_eq!(fill("keeps {unknown} and a {", &[("a", "x")]), "keeps {unknown} and a {");
        assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "no")]), "{b}", "values are not filled again");
    }

    #[test]
    fn the_rung_limit_sentence_names_the_engines_limit() {
        let limit = pathway_routes::MAX_RUNGS.to_string();
        assert_eq!(EN.rung_limit.matches(limit.as_str()).count(), 2, "{}", EN.rung_limit);
    }
}
