//! Focus after an action removes the control that had it: it goes to the
//! next sensible place (the control that opened what closed, the list's
//! heading, the next item), and a polite live region says what happened, so
//! keyboard and screen-reader users are never dropped onto the page body.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the page's polite live region.
pub const ANNOUNCER_ID: &str = "announcer";

/// Moves focus to the first element matching `selector` once the page has
/// been drawn again, and says `message` when given.
pub fn focus_after_render(selector: String, message: Option<&'static str>) {
    request_animation_frame(move || {
        let element = document().query_selector(&selector).ok().flatten();
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
        if let Some(message) = message {
            announce(message);
        }
    });
}

/// Says `message` through the live region, without moving focus.
pub fn announce(message: &str) {
    if let Some(region) = document().get_element_by_id(ANNOUNCER_ID) {
        // Emptying first makes a repeated message heard again.
        region.set_text_content(None);
        region.set_text_content(Some(message));
    }
}
