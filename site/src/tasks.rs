//! Waiting for the browser: for its next task, or for the frame it is about
//! to paint. Long work split at these points leaves the browser free to
//! paint and answer input in between.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Waits for the browser's next task, so reading the data and drawing the
/// page it fills are two shorter tasks, not one long one that blocks input.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Waits until the browser has painted what is drawn now (the next frame,
/// then a task), or a fifth of a second in a page that is not shown, whose
/// frames wait. What the person does not see comes after what they do: a
/// fetch that would share a slow network with the files the first paint
/// needs, or writing the address bar after a click.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200);
        let then = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&resolve);
            }
        });
        let _ = window.request_animation_frame(then.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}
