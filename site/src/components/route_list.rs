//! The routes as an ordered text list: the screen-reader and small-screen
//! view of everything the ladder picture shows, and more.

use crate::focus::{announce, focus_after_render};
use crate::format::{annual, dollars, months, step};
use crate::i18n::{self, fill, strings};
use crate::markup::Markup;
use crate::routes::Routes;
use crate::view_state::ViewState;
use leptos::prelude::*;
use pathway_routes::RouteReport;
use wasm_bindgen::JsCast;

/// The last rung's title, which names a route.
pub fn destination(route: &RouteReport) -> String {
    route.rungs.last().map(|r| r.title.clone()).unwrap_or_default()
}

/// One line that sums a route up.
pub fn summary(route: &RouteReport) -> String {
    let t = strings();
    format!(
        "{} · {} · {} {} · {} {} · {} {}",
        annual(route.final_wage),
        months(route.months),
        dollars(route.cost),
        t.to_you,
        route.programs,
        if route.programs == 1 { t.program_one } else { t.programs_word },
        months(route.paid_months),
        t.paid_while_learning
    )
}

/// Whether the list shows route `i` when its first `listed` routes are
/// shown: those, and every route named fastest, cheapest or another pick,
/// wherever it falls, so the picks are always in sight.
fn shows(all: &Routes, i: usize, listed: usize) -> bool {
    i < listed || all.is_pick(i)
}

/// Every route, with its picks, its rungs and what beats it.
///
/// The list is written as markup and set in one go: a thousand-job region
/// redraws it on every question, and elements made one by one cost several
/// times what the browser's own parser takes. Its controls are plain
/// buttons and boxes named by `data-` attributes, answered by one handler
/// on the list.
#[component]
pub fn RouteList(
    /// The routes the core found.
    routes: Memo<Routes>,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let listed = Memo::new(move |_| routes.with(|all| state.with(|s| s.routes_listed(all.len()))));
    let marks = Memo::new(move |_| state.with(|s| (s.route.unwrap_or(0), s.compare.clone())));
    // The folds a person has opened, by route, stay open when the page grows;
    // a new answer starts with only the shown route's open. Answers are told
    // apart by number, so no old answer is held here.
    let answer_number = Memo::new(move |before: Option<&usize>| {
        routes.track();
        before.map_or(0, |n| n + 1)
    });
    let unfolded = StoredValue::new((0_usize, Vec::<usize>::new()));
    // The list is written again only for new routes or a longer page. The
    // route shown and the routes compared are written into it as they are
    // then, and changed in place after (below), so choosing a route or
    // ticking "Compare" keeps every control, and the focus, where it is.
    let markup = Memo::new(move |_| {
        let listed = listed.get();
        let number = answer_number.get();
        let open = unfolded.try_update_value(|(of, open)| {
            if *of != number {
                *of = number;
                open.clear();
            }
            open.clone()
        });
        let open = open.unwrap_or_default();
        marks.with_untracked(|(shown, compared)| routes.with(|all| list_markup(all, listed, *shown, compared, &open)))
    });
    let list_ref = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |before: Option<usize>| {
        let (shown, compared) = marks.get();
        if let Some(list) = list_ref.get_untracked() {
            routes.with_untracked(|all| mark(&list, all, shown, &compared, before != Some(shown)));
        }
        shown
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        // A fold is filled before the browser opens it, as the click's default.
        if let Some(fold) = control(&ev, "summary").and_then(|s| s.parent_element()) {
            routes.with_untracked(|all| unfold(&fold, all));
            remember(unfolded, &fold, !fold.has_attribute("open"));
            return;
        }
        let Some(button) = control(&ev, "button") else { return };
        let number = |name: &str| index_in(&button, name);
        if let Some(route) = number("data-show") {
            state.update(|s| {
                s.route = Some(route);
                s.rung = None;
            });
        } else if let (Some(route), Some(rung)) = (number("data-route"), number("data-rung")) {
            // The rung's details take the focus (`RungDetail`).
            state.update(|s| {
                s.route = Some(route);
                s.rung = Some(rung);
            });
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = control(&ev, "input") else { return };
        let Some(route) = index_in(&input, "data-compare") else { return };
        state.update(|s| *s = s.clone().toggle_compare(route));
        // A fourth route is not compared: the box shows what the view holds.
        if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
            input.set_checked(state.with_untracked(|s| s.compare.contains(&route)));
        }
    };
    let list = move || {
        view! { <ol class="routes no-print" node_ref=list_ref inner_html=markup on:click=on_click on:change=on_change></ol> }
    };
    let more = move || {
        let total = routes.with(|all| all.len());
        let listed = listed.get();
        let shown_at = |listed: usize| routes.with(|all| (0..all.len()).filter(|&i| shows(all, i, listed)).count());
        let shown = shown_at(listed);
        let hidden = total - shown;
        (hidden > 0).then(|| {
            // The next page lists the next routes; a pick among them is in sight already.
            let after = (listed + crate::view_state::ROUTES_PER_PAGE).min(total);
            let now = shown_at(after);
            let next = now - shown;
            // The first route the next page brings, for the focus.
            let first = routes.with(|all| (listed..after).find(|&i| !all.is_pick(i)).unwrap_or(listed));
            let count = next.to_string();
            let label = if next == 1 { t.show_more_one.to_owned() } else { fill(t.show_more_many, &[("count", &count)]) };
            let more = move |_| {
                state.update(|s| *s = s.clone().show_more_routes(total));
                let now = now.to_string();
                let message = fill(strings().showing_routes, &[("shown", &now), ("total", &total.to_string())]);
                // The last page removes the button: focus goes to the first
                // route it brought; otherwise it stays on the button.
                if next == hidden {
                    focus_after_render(format!("#route-{first}"), None);
                }
                announce(&message);
            };
            view! {
                <p class="more-routes no-print">
                    <span>{fill(t.showing_routes, &[("shown", &shown.to_string()), ("total", &total.to_string())])}</span>
                    <button type="button" class="small-button" on:click=more>{label}</button>
                </p>
            }
        })
    };
    view! { {list} {more} }
}

/// The element matching `selector` that `ev` happened in, inside the list.
fn control(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The route or rung number an element of the list carries in its `data-`
/// attribute `name`.
fn index_in(element: &web_sys::Element, name: &str) -> Option<usize> {
    element.get_attribute(name).and_then(|v| v.parse().ok())
}

/// Marks route `shown` as the one in the ladder and ticks the routes in
/// `compared`, in the list as drawn; unfolds the shown route's rungs when it
/// is `newly_shown` (a fold the person closed since stays closed).
fn mark(list: &web_sys::Element, all: &Routes, shown: usize, compared: &[usize], newly_shown: bool) {
    let t = strings();
    let items = list.children();
    for k in 0..items.length() {
        let Some(item) = items.item(k) else { continue };
        let Some(i) = item
            .first_element_child()
            .and_then(|h| h.id().strip_prefix("route-").and_then(|i| i.parse::<usize>().ok()))
        else {
            continue;
        };
        let is_shown = i == shown;
        let _ = item.class_list().toggle_with_force("shown", is_shown);
        if let Ok(Some(button)) = item.query_selector("[data-show].small-button") {
            let pressed = if is_shown { "true" } else { "false" };
            if button.get_attribute("aria-pressed").as_deref() != Some(pressed) {
                let _ = button.set_attribute("aria-pressed", pressed);
                button.set_text_content(Some(if is_shown { t.showing_ladder } else { t.show_ladder }));
            }
        }
        if is_shown && newly_shown {
            if let Ok(Some(fold)) = item.query_selector("details.rung-list") {
                unfold(&fold, all);
                let _ = fold.set_attribute("open", "");
            }
        }
        if let Ok(Some(input)) = item.query_selector("input[data-compare]") {
            if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                input.set_checked(compared.contains(&i));
            }
        }
    }
}

/// Keeps whether a person has opened (`open`) or closed a route's `fold`.
fn remember(unfolded: StoredValue<(usize, Vec<usize>)>, fold: &web_sys::Element, open: bool) {
    let Some(i) = index_in(fold, "data-rungs") else { return };
    unfolded.update_value(|(_, opened)| {
        opened.retain(|&j| j != i);
        if open {
            opened.push(i);
        }
    });
}

/// The list's items: the first `listed` routes and the picks, with route
/// `shown` in the ladder, the routes in `compared` ticked, and the folds of
/// the shown route and of the routes in `unfolded` open.
fn list_markup(all: &Routes, listed: usize, shown: usize, compared: &[usize], unfolded: &[usize]) -> String {
    let t = strings();
    let mut m = Markup::default();
    for i in (0..all.len()).filter(|&i| shows(all, i, listed)) {
        let Some(route) = all.report(i) else { continue };
        let is_shown = shown == i;
        let heading_id = format!("route-{i}");
        let class = match (route.dominated_by.is_some(), is_shown) {
            (true, true) => "route dominated shown",
            (true, false) => "route dominated",
            (false, true) => "route shown",
            (false, false) => "route",
        };
        m.open("li", &[("class", class), ("aria-labelledby", &heading_id)])
            .open("h3", &[("id", &heading_id), ("tabindex", "-1")])
            .leaf("span", &[("class", "route-number")], &format!("{}. ", i + 1))
            .text(&destination(&route))
            .text(" ");
        for p in &route.picks {
            m.leaf("span", &[("class", &format!("pick pick-{}", p.token()))], i18n::pick(*p));
        }
        m.close("h3").leaf("p", &[("class", "route-summary")], &summary(&route));
        if let Some(j) = route.dominated_by {
            let by = all.destination(j);
            m.open("p", &[("class", "beaten")]).text(t.beaten_by).text(" ");
            let id = format!("beaten-{i}");
            let attrs = [("type", "button"), ("class", "link-button"), ("id", &id), ("data-show", &j.to_string())];
            m.leaf("button", &attrs, &format!("{} {}: {by}", t.route_word, j + 1)).close("p");
        }
        // The rungs on the way by name, on one line; each rung's figures and
        // its details button are folded away (but for the route in the
        // ladder), so a phone shows a route in a few lines and a
        // thousand-job region's list is laid out in a fraction of the time.
        if let Some((_, on_the_way)) = route.rungs.split_last().filter(|(_, before)| !before.is_empty()) {
            let path = on_the_way.iter().map(|r| r.title.as_str()).collect::<Vec<_>>().join(" → ");
            m.leaf("p", &[("class", "route-path")], &fill(t.on_the_way, &[("rungs", &path)]));
        }
        // A folded route's rungs are written when it is first unfolded
        // (`unfold`): most are never opened, and markup not written costs
        // nothing to parse.
        let each = fill(t.each_rung, &[("count", &route.rungs.len().to_string())]);
        let at = i.to_string();
        let fold = [("class", "rung-list"), ("data-rungs", at.as_str())];
        if is_shown || unfolded.contains(&i) {
            m.open("details", &[fold.as_slice(), &[("open", "")]].concat()).leaf("summary", &[], &each);
            rungs_markup(&mut m, i, &route);
        } else {
            m.open("details", &fold).leaf("summary", &[], &each);
        }
        m.close("details");
        // Each route's controls are named with the route, so a screen
        // reader does not hear twenty identical controls.
        let (show_id, compare_id, compare_label_id) =
            (format!("show-{i}"), format!("compare-{i}"), format!("compare-label-{i}"));
        let show_named = format!("{show_id} {heading_id}");
        let compare_named = format!("{compare_label_id} {heading_id}");
        let show = [
            ("type", "button"),
            ("class", "small-button"),
            ("id", &show_id),
            ("aria-labelledby", &show_named),
            ("aria-pressed", if is_shown { "true" } else { "false" }),
            ("data-show", &at),
        ];
        m.open("p", &[("class", "route-actions")])
            .leaf("button", &show, if is_shown { t.showing_ladder } else { t.show_ladder })
            .open("span", &[("class", "check inline")]);
        let compare =
            [("type", "checkbox"), ("id", &compare_id), ("aria-labelledby", &compare_named), ("data-compare", &at)];
        if compared.contains(&i) {
            m.open("input", &[compare.as_slice(), &[("checked", "")]].concat());
        } else {
            m.open("input", &compare);
        }
        m.leaf("label", &[("for", &compare_id), ("id", &compare_label_id)], t.compare_this)
            .close("span")
            .close("p")
            .close("li");
    }
    m.finish()
}

/// Route `i`'s rungs, each with its figures and its details button, as the
/// list shows them inside the route's fold.
fn rungs_markup(m: &mut Markup, i: usize, route: &RouteReport) {
    let t = strings();
    m.open("ol", &[("class", "rungs")]);
    for (k, rung) in route.rungs.iter().enumerate() {
        let wage_step = rung.wage_step.map(|s| format!(" ({})", step(s))).unwrap_or_default();
        let figures =
            format!("{}{wage_step} · {} · {} {}", annual(rung.wage), months(rung.months), dollars(rung.cost), t.to_you);
        let (id, label) = (format!("rung-{i}-{k}"), format!("{}: {}", t.rung_details, rung.title));
        let (route_at, rung_at) = (i.to_string(), k.to_string());
        let attrs = [
            ("type", "button"),
            ("class", "small-button"),
            ("id", &id),
            ("aria-label", &label),
            ("data-route", &route_at),
            ("data-rung", &rung_at),
        ];
        m.open("li", &[("class", "rung-line")])
            .leaf("span", &[("class", "rung-title")], &rung.title)
            .leaf("span", &[("class", "rung-figures")], &figures)
            .leaf("button", &attrs, t.rung_details)
            .close("li");
    }
    m.close("ol");
}

/// Writes the rungs into `fold`, a route's fold, the first time it is
/// unfolded.
fn unfold(fold: &web_sys::Element, all: &Routes) {
    if fold.query_selector("ol").ok().flatten().is_some() {
        return;
    }
    let Some(i) = index_in(fold, "data-rungs") else { return };
    let Some(route) = all.report(i) else { return };
    let mut m = Markup::default();
    rungs_markup(&mut m, i, &route);
    let _ = fold.insert_adjacent_html("beforeend", &m.finish());
}
