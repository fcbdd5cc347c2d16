//! The message shown in place of the explorer when the data cannot be used,
//! under the region picker when the index could be read, so one broken
//! region never hides the others.

use super::RegionPicker;
use crate::bundle_fetch::LoadFailure;
use crate::i18n::strings;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// Says the data could not be loaded, why, and what to do.
#[component]
pub fn LoadError(
    /// Why the data could not be used, and the regions still on offer.
    failure: LoadFailure,
    /// The view state, kept in the URL.
    state: RwSignal<ViewState>,
) -> impl IntoView {
    let t = strings();
    let LoadFailure { message, regions, region } = failure;
    view! {
        <RegionPicker current=region regions=regions state=state />
        <section class="load-error" role="alert">
            <h2>{t.load_failed}</h2>
            <p>{message}</p>
            <p>{t.load_failed_help}</p>
        </section>
    }
}
