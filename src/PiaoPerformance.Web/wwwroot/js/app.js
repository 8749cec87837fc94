// Loaded before the Bootstrap Italia bundle, as a file: the Content Security Policy allows no inline script.
// The kit reads its font path from this global, then injects the Titillium Web @font-face rules (they are not in its CSS).
window.__PUBLIC_PATH__ = '/lib/bootstrap-italia/fonts';
document.addEventListener('DOMContentLoaded', () => window.bootstrap.loadFonts());

// "Scarica PDF" (PlanPreview): the server streams the generated file to the page, which saves it under its name.
window.piaoDownload = async (fileName, streamRef) => {
    const blob = new Blob([await streamRef.arrayBuffer()], { type: 'application/pdf' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
};
