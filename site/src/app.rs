//! The page between its static masthead and credits (which index.html
//! carries, so the first paint needs no WebAssembly): the explorer over the
//! region the view shows, or a readable message when its data cannot load.

use crate::bundle_fetch::{fetch_region, fetch_text, region_with_job, LoadFailure, Loaded};
use crate::components::{load_journey, map_loading, Explorer, LanguageSwitch, LoadError, RegionFocus};
use crate::i18n::{has_catalog, load_catalog, set_language, strings, Lang};
use crate::url_sync::{url_state, LinkFix};
use crate::view_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

/// Drops from the view a region or a job the loaded data does not have, by
/// replacing the address, and says so once in plain words. A job of another
/// region opens that region instead. (What else a link names, a goal or a
/// credential, is checked against the region's graph when the journey
/// reads it.)
fn correct_link(link: LinkFix, wanted: Option<&str>, loaded: &Loaded, lang: &'static str) {
    let t = strings();
    if wanted.is_some_and(|w| !loaded.regions.iter().any(|r| r.id.as_str() == w)) {
        link.drop(t.link_unknown_region, |s| s.region = None);
    }
    let Some(id) = link.address.start_id() else { return };
    if loaded.jobs.iter().any(|job| job.id.0 == id) {
        return;
    }
    let here = loaded.region.id.clone();
    let regions = loaded.regions.clone();
    leptos::task::spawn_local(async move {
        match region_with_job(&regions, &here, &id, lang).await {
            Some(there) => link.drop(strings().link_job_other_region, |s| s.region = Some(there.to_string())),
            None => link.drop(strings().link_unknown_job, |s| s.start = None),
        }
    });
}

/// The static shell around the app (index.html's title, masthead and credits, which
/// paint before the WebAssembly loads) in the page's language, with
/// `<html lang>` to match.
fn show_shell_in(lang: Lang, t: &crate::i18n::Strings) {
    // In the author page's preview, the page around the explorer is the
    // author page's own; the explorer's `<main>` carries its language instead.
    if cfg!(feature = "preview") {
        return;
    }
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(t.page_title);
    for (selector, text) in
        [(".masthead h1", t.page_title), (".masthead .tagline", t.tagline), (".masthead .privacy", t.privacy)]
            .into_iter()
            .chain([
                (".credits p:nth-child(1)", t.wage_credit),
                (".credits p:nth-child(2)", t.onet_credit),
                (".credits p:nth-child(3)", t.data_note),
            ])
    {
        if let Ok(Some(element)) = document.query_selector(selector) {
            element.set_text_content(Some(text));
        }
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (state, address) = url_state();
    // What the page says once about a link that named what the data lacks.
    let notice = RwSignal::new(None::<&'static str>);
    // A first visit follows the browser's language; a link's `lang` wins, and
    // the choice goes into the address so a shared link keeps it.
    if state.with_untracked(|s| s.lang.is_none()) {
        let browser = window().navigator().language().unwrap_or_default();
        state.update(|s| s.lang = Some(Lang::from_code(&browser).unwrap_or_default()));
    }
    let lang = Memo::new(move |_| state.with(|s| s.lang.unwrap_or_default()));
    // A link that opens on routes or on the map needs the journey's module:
    // it is fetched beside the data instead of after it. (A failure here is
    // met again, and shown, when the explorer asks for it.)
    if state.with_untracked(ViewState::needs_journey) {
        leptos::task::spawn_local(async {
            let _ = load_journey().await;
        });
    }
    // Catalogs of languages other than English are fetched when chosen;
    // until one has loaded (or when it cannot), the page stays in English.
    let catalogs_loaded = RwSignal::new(0u32);
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(file) = lang.catalog_file().filter(|_| !has_catalog(lang)) else { return };
        leptos::task::spawn_local(async move {
            if let Ok(text) = fetch_text(file).await {
                if load_catalog(lang, &text).is_ok() {
                    catalogs_loaded.update(|n| *n += 1);
                }
            }
        });
    });
    // Only a change of region or language fetches data; every other change is
    // computed here. A region published in one language alone is fetched once.
    let region = Memo::new(move |_| state.with(|s| s.region.clone()));
    let data_lang = Memo::new(move |_| lang.get().code());
    // A signal filled by a spawned fetch rather than a LocalResource: the
    // resource's async machinery (locks, listeners, transitions) cost the
    // wasm several kilobytes. As with the resource, the page keeps showing
    // the old region until the new one has loaded, and only the answer for
    // the latest region asked for is kept.
    let data = RwSignal::new(None::<Result<Arc<Loaded>, LoadFailure>>);
    let link = LinkFix { address, notice };
    provide_context(link);
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let wanted = region.get();
        let lang = data_lang.get();
        let ticket = latest.get_value().wrapping_add(1);
        latest.set_value(ticket);
        leptos::task::spawn_local(async move {
            let loaded = fetch_region(wanted.clone(), lang).await;
            if latest.get_value() == ticket {
                if let Ok(loaded) = &loaded {
                    correct_link(link, wanted.as_deref(), loaded, lang);
                }
                data.set(Some(loaded));
            }
        });
    });
    provide_context(RegionFocus(StoredValue::new(false)));
    // The whole page is drawn again in the new language when it changes.
    move || {
        catalogs_loaded.track();
        let lang = Some(lang.get()).filter(|&l| has_catalog(l)).unwrap_or_default();
        set_language(lang);
        let t = strings();
        show_shell_in(lang, t);
        // Inside a partner's page: the page's own masthead and credits give
        // way to one link that opens the same view as the full site.
        let embedded = state.with_untracked(|s| s.embed);
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("embedded", embedded);
        }
        let full_site = move || {
            let query = state.with(|s| ViewState { embed: false, ..s.clone() }.to_query());
            format!("{}{query}", window().location().pathname().unwrap_or_default())
        };
        let main_lang = cfg!(feature = "preview").then_some(lang.code());
        view! {
        <main id="main" lang=main_lang>
            {embedded.then(|| view! {
                <p class="full-site"><a href=full_site target="_blank" rel="noopener">{t.open_full_site}</a></p>
            })}
            <LanguageSwitch lang=lang state=state />
            <p id=crate::focus::ANNOUNCER_ID class="visually-hidden" role="status" aria-live="polite"></p>
            {move || notice.get().map(|n| view! { <p class="notice" role="status">{n}</p> })}
            // A plain match rather than <Suspense>: one loading state needs no
            // boundary, and the boundary's machinery would add to the wasm.
            {move || match data.get() {
                None if state.with_untracked(|s| s.map) => map_loading(state.with_untracked(|s| s.start.is_some())),
                None => view! { <p role="status">{t.loading}</p> }.into_any(),
                Some(Ok(loaded)) => view! {
                    <Explorer loaded=loaded.clone() lang=data_lang.get_untracked() state=state />
                }
                .into_any(),
                Some(Err(failure)) => view! { <LoadError failure=failure state=state /> }.into_any(),
            }}
        </main>
        }
    }
}
