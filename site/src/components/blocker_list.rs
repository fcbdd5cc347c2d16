//! What stands between the person and their target, when no route fits.

use crate::i18n::{strings, BlockerText};
use leptos::prelude::*;

/// Names each limit that blocked the target and the programs it ruled out.
#[component]
pub fn BlockerList(
    /// Each blocker in words: the limit and what it blocked.
    blockers: Signal<Vec<BlockerText>>,
) -> impl IntoView {
    let t = strings();
    move || {
        let list = blockers.get();
        (!list.is_empty()).then(|| {
            let items =
                list.into_iter().map(|b| view! { <li><strong>{b.limit}</strong>{b.reason}</li> }).collect_view();
            view! {
                <div class="blockers" role="status">
                    <p class="no-routes">{t.no_routes}</p>
                    <h3>{t.blocked_by}</h3>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
