// A static app: every page is prerendered as a shell and rendered in the browser.
export const prerender = true;
export const ssr = false;
