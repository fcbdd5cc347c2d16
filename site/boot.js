// Shows a loading line until the explorer starts, and says so in its place
// when the WebAssembly cannot start (a missing or damaged file, a browser
// without WebAssembly) instead of leaving the page empty. The app clears the
// line when it mounts, after which nothing here does anything. Without
// JavaScript this never runs and the page's <noscript> message shows alone.
(() => {
  const app = document.getElementById('app');
  if (app && !app.firstChild) {
    const loading = document.createElement('p');
    loading.className = 'boot-status';
    loading.setAttribute('role', 'status');
    loading.textContent = 'Loading the explorer…';
    app.appendChild(loading);
  }
  const message = 'The explorer could not start in this browser. Try reloading the page, or open it in an up-to-date browser. If this keeps happening, tell the people who run this site: its files may be incomplete.';
  const fail = () => {
    const status = document.querySelector('#app .boot-status');
    if (!status) return;
    status.setAttribute('role', 'alert');
    status.className = 'boot-status load-error';
    status.textContent = message;
  };
  // Capturing also sees a script or preloaded module that fails to load, such
  // as one the browser refused because its integrity hash did not match; those
  // errors fire on the element and do not bubble.
  window.addEventListener('error', fail, true);
  window.addEventListener('unhandledrejection', fail);
  if (typeof WebAssembly !== 'object') fail();
  setTimeout(fail, 20000);
})();
