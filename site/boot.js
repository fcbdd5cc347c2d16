// Shows a loading line until the explorer starts, and says so in its place
// when the WebAssembly cannot start (a missing or damaged file, a browser
// without WebAssembly) instead of leaving the page empty. The app clears the
// line when it mounts, after which nothing here does anything. Without
// JavaScript this never runs and the page's <noscript> message shows alone.
//
// It runs before any catalog can load, so it carries its own two sentences in
// each language the site offers; they are the catalogs' `boot_loading` and
// `boot_failed` entries, and a test keeps them equal.
(() => {
  const WORDS = {
    en: ['Loading the explorer…', 'The explorer could not start in this browser. Try reloading the page, or open it in an up-to-date browser. If this keeps happening, tell the people who run this site: its files may be incomplete.'],
    es: ['Cargando el explorador…', 'El explorador no pudo abrirse en este navegador. Vuelva a cargar la página o ábrala en un navegador actualizado. Si esto sigue pasando, avise a quienes mantienen este sitio: pueden faltar archivos.'],
  };
  // The language as the app chooses it: the link's `lang`, else the browser's.
  const asked = new URLSearchParams(location.search).get('lang') || navigator.language || 'en';
  const lang = asked.toLowerCase().split(/[-_]/)[0];
  const [loadingText, message] = WORDS[lang] || WORDS.en;
  if (WORDS[lang]) document.documentElement.lang = lang;
  const app = document.getElementById('app');
  if (app && !app.firstChild) {
    const loading = document.createElement('p');
    loading.className = 'boot-status';
    loading.setAttribute('role', 'status');
    loading.textContent = loadingText;
    app.appendChild(loading);
  }
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
