/**
 * Our stylesheets, added so they can be removed without a trace: a constructed sheet adopted by
 * the document or shadow root where the browser allows it (not subject to the page's CSP, no
 * element in the page), else a <style> element we remove on teardown.
 */
export interface StyleHandle {
  remove(): void;
}

type Adopter = Document | ShadowRoot;

export function adoptStyles(doc: Document, target: Adopter, css: string): StyleHandle {
  const win = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  try {
    if (win && 'adoptedStyleSheets' in target) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return {
        remove() {
          target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    }
  } catch {
    // Firefox content scripts may not share constructed sheets with the page: fall through.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = target === doc ? (doc.head ?? doc.documentElement) : (target as ShadowRoot);
  parent.appendChild(style);
  return { remove: () => style.remove() };
}
