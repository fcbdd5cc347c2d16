//! Focus after an action removes the control that had it: it goes to the
//! next sensible place (the control that opened what closed, the list's
//! heading, the next item), and a polite live region says what happened, so
//! keyboard and screen-reader users are never dropped onto the page body.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the page's polite live region.
pub const ANNOUNCER_ID: &str = "announcer";

/// Frames [`focus_after_render`] waits for its element: about five seconds,
/// for a part of the page whose code or data is still on its way.
const FRAMES_TO_WAIT: u32 = 300;

/// Moves focus to the first element matching `selector` once the page has
/// drawn it, and says `message` when given, once the page has been drawn again.
pub fn focus_after_render(selector: String, message: Option<&'static str>) {
    request_animation_frame(move || {
        focus_when_drawn(selector, FRAMES_TO_WAIT);
        if let Some(message) = message {
            announce(message);
        }
    });
}

/// Focuses `selector`'s element now, or waits a frame for it, `frames_left` times.
fn focus_when_drawn(selector: String, frames_left: u32) {
    let element = document().query_selector(&selector).ok().flatten();
    match element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => {
            let _ = element.focus();
        }
        None if frames_left > 0 => request_animation_frame(move || focus_when_drawn(selector, frames_left - 1)),
        None => {}
    }
}

/// Says `message` through the live region, without moving focus.
pub fn announce(message: &str) {
    if let Some(region) = document().get_element_by_id(ANNOUNCER_ID) {
        // Emptying first makes a repeated message heard again.
        region.set_text_content(None);
        region.set_text_content(Some(message));
    }
}
