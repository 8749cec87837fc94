// Loaded before the Bootstrap Italia bundle, as a file: the Content Security Policy allows no inline script.
// The kit reads its font path from this global, then injects the Titillium Web @font-face rules (they are not in its CSS).
window.__PUBLIC_PATH__ = '/lib/bootstrap-italia/fonts';
document.addEventListener('DOMContentLoaded', () => window.bootstrap.loadFonts());
