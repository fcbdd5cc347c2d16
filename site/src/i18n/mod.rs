//! Every string a person reads on the site, one catalog per language:
//! English compiled in (`en.rs`), others fetched when chosen (`catalog.rs`,
//! `site/i18n-<code>.json`), so a language is added without touching the
//! components. Sentences are whole, with `{placeholders}` that `fill`
//! puts the figures into wherever the language's word order wants them.

mod blockers;
mod catalog;
mod en;

pub use blockers::{blocker, pick, who, BlockerText};
use en::EN;
use pathway_model::model::{FundingKind, ProgramKind, Schedule, SupportService};

/// The site's strings in one language.
pub struct Strings {
    /// The page's title, and the masthead's heading.
    pub page_title: &'static str,
    /// The masthead's two lines under the heading.
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub link_unknown_region: &'static str,
    pub link_unknown_job: &'static str,
    pub link_job_other_region: &'static str,
    pub link_unknown_route: &'static str,
    pub link_unknown_other: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub load_failed_help: &'static str,
    pub loading_routes: &'static str,
    pub loading_map: &'static str,
    pub part_failed: &'static str,
    pub try_again: &'static str,
    pub region_label: &'static str,
    pub where_now: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub no_job_yet: &'static str,
    pub entry_role: &'static str,
    pub no_matches: &'static str,
    pub jobs_match_one: &'static str,
    pub jobs_match_many: &'static str,
    /// When more jobs match than are shown: `{shown}`, `{count}`.
    pub jobs_match_more: &'static str,
    /// The group of starting jobs in a large region's start picker.
    pub starting_jobs: &'static str,
    /// Before the kinds of work in a large region's start picker.
    pub browse_families: &'static str,
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
    pub who_lived_experience: &'static str,
    /// `{first}` and `{last}`, annual pay while learning.
    pub pay_schedule: &'static str,
    pub lived_experience: &'static str,
    /// Between names in "employees of A or B".
    pub or_separator: &'static str,
    pub months_in_job: &'static str,
    pub months_in_job_unset: &'static str,
    pub max_months: &'static str,
    pub max_cost: &'static str,
    pub no_limit: &'static str,
    pub already_hold: &'static str,
    pub target_label: &'static str,
    pub held_search: &'static str,
    pub target_search: &'static str,
    pub targets_more: &'static str,
    pub any_target: &'static str,
    pub routes_heading: &'static str,
    pub route_word: &'static str,
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
    /// The fold holding each rung's figures in the route list: `{count}` rungs.
    pub each_rung: &'static str,
    /// The rungs a route climbs before its last: `{rungs}`, their names in order.
    pub on_the_way: &'static str,
    pub close_details: &'static str,
    pub months_unit: &'static str,
    pub months_unit_one: &'static str,
    pub to_you: &'static str,
    pub per_year: &'static str,
    pub per_hour: &'static str,
    pub no_wage: &'static str,
    pub programs_word: &'static str,
    pub paid_while_learning: &'static str,
    pub not_paid: &'static str,
    pub experience_first: &'static str,
    pub same_bls_code: &'static str,
    /// Beside a step in the ladder picture when BLS publishes one wage for both rungs.
    pub same_bls_short: &'static str,
    /// `{wage}`, the BLS annual median shown beside an authored pay rate.
    pub bls_beside_pay: &'static str,
    /// `{start}` and `{end}`, months of the route.
    pub timeline: &'static str,
    pub experience_first_plan: &'static str,
    pub hired_directly: &'static str,
    pub you_are_here: &'static str,
    pub program_one: &'static str,
    pub showing_routes: &'static str,
    pub show_more_one: &'static str,
    pub show_more_many: &'static str,
    pub comparison_cleared: &'static str,
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
    pub wage_range: &'static str,
    pub national_fallback: &'static str,
    pub illustrative: &'static str,
    pub ladder_picture: &'static str,
    /// A credential a climb earns, in the ladder picture: `{credential}`.
    pub ladder_earns: &'static str,
    /// Under a program's figures in the ladder picture, when they are an example.
    pub ladder_example: &'static str,
    /// A program that pays while learning, in the ladder picture's short facts.
    pub ladder_paid: &'static str,
    /// After a step's note when the note is an example, not a published rule.
    pub note_example: &'static str,
    pub compare_heading: &'static str,
    pub compare_clear: &'static str,
    pub income_heading: &'static str,
    pub income_note: &'static str,
    pub income_chart_label: &'static str,
    pub income_route_line: &'static str,
    pub income_staying_line: &'static str,
    pub income_months: &'static str,
    pub income_a_month: &'static str,
    pub income_doing: &'static str,
    pub activity_today: &'static str,
    pub activity_no_job: &'static str,
    pub activity_learning_earning: &'static str,
    pub activity_learning_unpaid: &'static str,
    pub activity_reached: &'static str,
    pub cost_due: &'static str,
    pub income_more: &'static str,
    pub income_less: &'static str,
    pub income_payback: &'static str,
    pub income_never_behind: &'static str,
    pub income_no_payback: &'static str,
    pub compare_five_years: &'static str,
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
    pub plans_full: &'static str,
    pub plan_deleted: &'static str,
    pub saved_plans_heading: &'static str,
    pub saved_plans_hint: &'static str,
    pub plans_unreadable: &'static str,
    pub plans_more: &'static str,
    pub delete_plan: &'static str,
    pub delete_word: &'static str,
    pub wage_credit: &'static str,
    pub data_note: &'static str,
    pub onet_credit: &'static str,
    pub boot_loading: &'static str,
    pub boot_failed: &'static str,
    pub noscript: &'static str,
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
    /// Program kinds, in the order `ProgramKind` declares them.
    pub program_kinds: [&'static str; 12],
    /// Schedules, in the order `Schedule` declares them.
    pub schedules: [&'static str; 4],
    /// Kinds of funding, in the order `FundingKind` declares them.
    pub funding_kinds: [&'static str; 4],
    /// Support services, in the order `SupportService` declares them.
    pub support_services: [&'static str; 6],
    /// Kinds of work: the 23 major groups of the 2018 Standard Occupational
    /// Classification (https://www.bls.gov/soc/2018/major_groups.htm), in code
    /// order, then other jobs.
    pub job_families: [&'static str; 24],
    /// The name of the other language, in that language, for the switch.
    pub other_language: &'static str,
    /// What the switch does, for screen readers.
    pub other_language_label: &'static str,
    pub open_full_site: &'static str,
    pub map_open: &'static str,
    pub map_close: &'static str,
    pub map_heading: &'static str,
    pub map_family_label: &'static str,
    /// Why a large region's map shows one kind of work; `{count}` is its number of jobs.
    pub map_family_hint: &'static str,
    pub map_intro: &'static str,
    pub map_choose_start: &'static str,
    pub map_choose_target: &'static str,
    pub map_legend_entry: &'static str,
    pub map_legend_reach: &'static str,
    pub map_legend_out: &'static str,
    pub map_picture_label: &'static str,
    pub map_list_heading: &'static str,
    /// `{low}` and `{high}`, a row's wages on the map.
    pub map_band: &'static str,
    pub map_band_unknown: &'static str,
    pub map_within: &'static str,
    pub map_out: &'static str,
    pub map_out_choose: &'static str,
    /// `{job}`.
    pub map_step_to: &'static str,
    pub map_step_needs: &'static str,
    /// `{credential}` and `{programs}`, the programs that grant it.
    pub map_needs_credential: &'static str,
    /// `{credential}`.
    pub map_needs_no_program: &'static str,
    /// `{months}`, with their unit.
    pub map_needs_experience: &'static str,
    pub map_needs_nothing: &'static str,
}

pub use pathway_model::text::fill;

/// A language the site speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// The language's code, as `lang=` in the address and `<html lang>` use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a code names, such as `es` or `es-US`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

thread_local! {
    /// The strings of the page's language: one page, one language at a time.
    static CURRENT: std::cell::Cell<&'static Strings> = const { std::cell::Cell::new(&EN) };
    /// The catalogs loaded so far, by language.
    static LOADED: std::cell::RefCell<Vec<(Lang, &'static Strings)>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Lang {
    /// The file of the language's catalog beside index.html; English has none.
    pub fn catalog_file(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some("i18n-es.json"),
        }
    }
}

/// Makes `text`, a catalog file's contents, the catalog of `lang`.
pub fn load_catalog(lang: Lang, text: &str) -> Result<(), String> {
    let strings: &'static Strings = Box::leak(Box::new(catalog::from_json(text)?));
    LOADED.with(|l| l.borrow_mut().push((lang, strings)));
    Ok(())
}

/// True when `strings` can answer in `lang`.
pub fn has_catalog(lang: Lang) -> bool {
    lang == Lang::En || LOADED.with(|l| l.borrow().iter().any(|(have, _)| *have == lang))
}

/// Sets the language `strings` answers in, when its catalog is loaded; the
/// page is drawn again after.
pub fn set_language(lang: Lang) {
    let strings = match lang {
        Lang::En => Some(&EN),
        _ => LOADED.with(|l| l.borrow().iter().find(|(have, _)| *have == lang).map(|(_, s)| *s)),
    };
    if let Some(strings) = strings {
        CURRENT.with(|c| c.set(strings));
    }
}

/// The strings for the page's language.
pub fn strings() -> &'static Strings {
    CURRENT.with(std::cell::Cell::get)
}

/// A program kind in words.
pub fn program_kind(kind: ProgramKind) -> &'static str {
    strings().program_kinds[kind as usize]
}

/// A schedule in words.
pub fn schedule(s: Schedule) -> &'static str {
    strings().schedules[s as usize]
}

/// A kind of funding in words.
pub fn funding(kind: FundingKind) -> &'static str {
    strings().funding_kinds[kind as usize]
}

/// A support service in words.
pub fn support(s: SupportService) -> &'static str {
    strings().support_services[s as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{names}` in a sentence, sorted.
    fn placeholders(sentence: &str) -> Vec<&str> {
        let mut names: Vec<&str> =
            sentence.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
        names.sort_unstable();
        names
    }

    /// The Spanish catalog the site fetches.
    fn spanish() -> Strings {
        catalog::from_json(include_str!("../../i18n-es.json")).expect("the Spanish catalog reads")
    }

    #[test]
    fn the_spanish_catalog_has_every_key_and_no_other() {
        let root = pathway_model::wire::parse(include_str!("../../i18n-es.json")).expect("JSON");
        let pathway_model::wire::Value::Obj(entries) = root else { panic!("an object") };
        let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        keys.sort_unstable();
        let mut wanted = catalog::KEYS.to_vec();
        wanted.extend(catalog::LIST_KEYS);
        wanted.sort_unstable();
        assert_eq!(keys, wanted);
        let es = spanish();
        assert_eq!(es.where_now, "¿Dónde está usted ahora?");
        assert_ne!(es.program_kinds, EN.program_kinds);
    }

    #[test]
    fn the_static_shell_says_what_each_catalog_says() {
        // boot.js and index.html run before any catalog can load, so they carry
        // the catalogs' sentences themselves; this keeps them equal.
        let boot = include_str!("../../boot.js");
        let page = include_str!("../../index.html");
        for (code, strings) in [("en", EN), ("es", spanish())] {
            for sentence in [strings.boot_loading, strings.boot_failed] {
                assert!(boot.contains(&format!("'{sentence}'")), "boot.js lacks the {code} sentence {sentence:?}");
            }
            let noscript = format!("<p class=\"noscript\" lang=\"{code}\">{}</p>", strings.noscript);
            assert!(page.contains(&noscript), "index.html lacks {noscript}");
        }
        for sentence in [EN.page_title, EN.tagline, EN.privacy, EN.wage_credit, EN.onet_credit, EN.data_note] {
            assert!(page.contains(sentence), "index.html lacks {sentence:?}");
        }
    }

    #[test]
    fn every_language_fills_the_same_placeholders() {
        let es = &spanish();
        for (en, es) in [
            (EN.funding_not_for_you, es.funding_not_for_you),
            (EN.excluded_not_eligible, es.excluded_not_eligible),
            (EN.blocked_enrollment, es.blocked_enrollment),
            (EN.who_employees, es.who_employees),
            (EN.who_after_months, es.who_after_months),
            (EN.who_members, es.who_members),
            (EN.who_ages, es.who_ages),
            (EN.who_age_min, es.who_age_min),
            (EN.who_age_max, es.who_age_max),
            (EN.bls_beside_pay, es.bls_beside_pay),
            (EN.timeline, es.timeline),
            (EN.pay_schedule, es.pay_schedule),
            (EN.blocker_label, es.blocker_label),
            (EN.blocked_time, es.blocked_time),
            (EN.blocked_cost, es.blocked_cost),
            (EN.blocked_one_limit, es.blocked_one_limit),
            (EN.blocked_together, es.blocked_together),
            (EN.blocked_together_unnamed, es.blocked_together_unnamed),
            (EN.blocked_ladder, es.blocked_ladder),
            (EN.blocked_no_route, es.blocked_no_route),
            (EN.excluded_other_region, es.excluded_other_region),
            (EN.excluded_daytime, es.excluded_daytime),
            (EN.excluded_unpaid, es.excluded_unpaid),
            (EN.excluded_needs_car, es.excluded_needs_car),
            (EN.map_band, es.map_band),
            (EN.map_step_to, es.map_step_to),
            (EN.map_needs_credential, es.map_needs_credential),
            (EN.map_needs_no_program, es.map_needs_no_program),
            (EN.map_needs_experience, es.map_needs_experience),
        ] {
            assert!(!placeholders(en).is_empty(), "{en}");
            assert_eq!(placeholders(en), placeholders(es), "{en} / {es}");
        }
    }

    #[test]
    fn kinds_are_named_in_the_order_the_model_declares_them() {
        load_catalog(Lang::Es, include_str!("../../i18n-es.json")).expect("the Spanish catalog reads");
        set_language(Lang::En);
        assert_eq!(program_kind(ProgramKind::Esl), "English classes (ESL)");
        assert_eq!(program_kind(ProgramKind::UnionFund), "Union training fund");
        assert_eq!(schedule(Schedule::Online), "online");
        assert_eq!(funding(FundingKind::Grant), "grant");
        assert_eq!(support(SupportService::Coaching), "career coaching");
        set_language(Lang::Es);
        assert_eq!(program_kind(ProgramKind::GedPreparation), "Preparación para el GED");
        assert_eq!(support(SupportService::ChildCare), "cuidado de niños");
        set_language(Lang::En);
    }

    #[test]
    fn a_language_is_read_from_its_code() {
        assert_eq!(Lang::from_code("es-US"), Some(Lang::Es));
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::Es.other(), Lang::En);
    }

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
