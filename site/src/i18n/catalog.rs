//! Catalogs of languages other than English, fetched from the site's own
//! folder when a person chooses one (`i18n-<code>.json`, a flat object of
//! the same keys as [`Strings`]), so English readers never download them.
//! A key a catalog lacks reads as English.

use super::{Strings, EN};
use pathway_model::wire::{self, Value};

/// Defines [`KEYS`] and `text_slots` from one list of the text entries,
/// so the two cannot fall out of step.
macro_rules! text_entries {
    ($($field:ident),* $(,)?) => {
        /// The keys of the catalog's text entries, in the order of `text_slots`.
        pub const KEYS: [&str; [$(stringify!($field)),*].len()] = [$(stringify!($field)),*];

        /// Every text entry of `strings`, in the order of [`KEYS`].
        fn text_slots(strings: &mut Strings) -> [&mut &'static str; KEYS.len()] {
            let Strings { $($field,)* .. } = strings;
            [$($field),*]
        }
    };
}

text_entries!(
    page_title,
    tagline,
    privacy,
    link_unknown_region,
    link_unknown_job,
    link_job_other_region,
    link_unknown_route,
    link_unknown_other,
    loading,
    load_failed,
    load_failed_help,
    loading_routes,
    loading_map,
    part_failed,
    try_again,
    region_label,
    where_now,
    search_label,
    search_hint,
    no_job_yet,
    entry_role,
    no_matches,
    jobs_match_one,
    jobs_match_many,
    jobs_match_more,
    starting_jobs,
    browse_families,
    change_start,
    see_routes,
    starting_from,
    situation,
    situation_hint,
    no_diploma,
    learning_english,
    evenings,
    keep_earning,
    no_car,
    who_pays_heading,
    who_pays_hint,
    employer_label,
    employer_unset,
    union_label,
    union_unset,
    income_eligible,
    in_high_school,
    age_label,
    age_unset,
    funding_applies,
    funding_not_for_you,
    excluded_not_eligible,
    limit_enrollment,
    blocked_enrollment,
    who_unstated,
    who_employees,
    who_after_months,
    who_members,
    who_income,
    who_ages,
    who_age_min,
    who_age_max,
    who_high_school,
    who_lived_experience,
    pay_schedule,
    lived_experience,
    or_separator,
    months_in_job,
    months_in_job_unset,
    max_months,
    max_cost,
    no_limit,
    already_hold,
    target_label,
    held_search,
    target_search,
    targets_more,
    any_target,
    routes_heading,
    route_word,
    lateral,
    no_routes,
    rung_limit,
    blocked_by,
    fastest,
    cheapest,
    highest_wage,
    most_paid,
    beaten_by,
    show_ladder,
    showing_ladder,
    compare_this,
    rung_details,
    each_rung,
    on_the_way,
    close_details,
    months_unit,
    months_unit_one,
    to_you,
    per_year,
    per_hour,
    no_wage,
    programs_word,
    paid_while_learning,
    not_paid,
    experience_first,
    same_bls_code,
    same_bls_short,
    bls_beside_pay,
    timeline,
    experience_first_plan,
    hired_directly,
    you_are_here,
    program_one,
    showing_routes,
    show_more_one,
    show_more_many,
    comparison_cleared,
    credential_needed,
    bridge,
    provider,
    length,
    cost_to_you,
    full_cost,
    funding,
    schedule,
    pay,
    support,
    none_listed,
    sources,
    wage_source,
    wage_range,
    national_fallback,
    illustrative,
    ladder_picture,
    ladder_earns,
    ladder_example,
    ladder_paid,
    note_example,
    compare_heading,
    compare_clear,
    income_heading,
    income_note,
    income_chart_label,
    income_route_line,
    income_staying_line,
    income_months,
    income_a_month,
    income_doing,
    activity_today,
    activity_no_job,
    activity_learning_earning,
    activity_learning_unpaid,
    activity_reached,
    cost_due,
    income_more,
    income_less,
    income_payback,
    income_never_behind,
    income_no_payback,
    compare_five_years,
    total_time,
    total_cost,
    wage_reached,
    steps_word,
    print_plan,
    plan_heading,
    plan_link,
    save_plan,
    plan_is_saved,
    plan_saved,
    plan_not_saved,
    plans_full,
    plan_deleted,
    saved_plans_heading,
    saved_plans_hint,
    plans_unreadable,
    plans_more,
    delete_plan,
    delete_word,
    wage_credit,
    data_note,
    onet_credit,
    boot_loading,
    boot_failed,
    noscript,
    blocker_label,
    limit_study_times,
    limit_time,
    limit_cost,
    limit_keep_earning,
    limit_no_car,
    limit_together,
    limit_ladder,
    limit_data,
    blocked_time,
    blocked_cost,
    blocked_one_limit,
    blocked_together,
    blocked_together_unnamed,
    blocked_ladder,
    blocked_no_route,
    excluded_other_region,
    excluded_daytime,
    excluded_unpaid,
    excluded_needs_car,
    list_separator,
    schedule_separator,
    meets_day,
    meets_evening,
    meets_weekend,
    meets_online,
    other_language,
    other_language_label,
    open_full_site,
    map_open,
    map_close,
    map_heading,
    map_family_label,
    map_family_hint,
    map_intro,
    map_choose_start,
    map_choose_target,
    map_legend_entry,
    map_legend_reach,
    map_legend_out,
    map_picture_label,
    map_list_heading,
    map_band,
    map_band_unknown,
    map_within,
    map_out,
    map_out_choose,
    map_step_to,
    map_step_needs,
    map_needs_credential,
    map_needs_no_program,
    map_needs_experience,
    map_needs_nothing,
);

/// The keys of the catalog's list entries.
pub const LIST_KEYS: [&str; 5] = ["program_kinds", "schedules", "funding_kinds", "support_services", "job_families"];

/// Reads a catalog; the error says what is wrong with the file. One loop
/// over the keys rather than code per entry keeps the reader small.
pub fn from_json(text: &str) -> Result<Strings, String> {
    let root = wire::parse(text).map_err(|e| format!("line {}, column {}: {}", e.line, e.column, e.message))?;
    if !matches!(root, Value::Obj(_)) {
        return Err("the catalog is not a JSON object".to_owned());
    }
    let mut strings = EN;
    for (slot, key) in text_slots(&mut strings).into_iter().zip(KEYS) {
        if let Some(Value::Str(s)) = root.get(key) {
            // Leaked once per language loaded: the catalog lives as long as the page.
            *slot = Box::leak(s.to_string().into_boxed_str());
        }
    }
    for (slots, key) in list_slots(&mut strings).into_iter().zip(LIST_KEYS) {
        if let Some(Value::List(items)) = root.get(key) {
            for (slot, item) in slots.iter_mut().zip(items) {
                if let Value::Str(s) = item {
                    *slot = Box::leak(s.to_string().into_boxed_str());
                }
            }
        }
    }
    Ok(strings)
}

/// Every list entry of `strings`, in the order of [`LIST_KEYS`].
fn list_slots(strings: &mut Strings) -> [&mut [&'static str]; 5] {
    let Strings { program_kinds, schedules, funding_kinds, support_services, job_families, .. } = strings;
    [
        &mut program_kinds[..],
        &mut schedules[..],
        &mut funding_kinds[..],
        &mut support_services[..],
        &mut job_families[..],
    ]
}
