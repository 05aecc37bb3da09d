/**
 * Chinese for third-party widgets that write English into the page and offer no translation hook (form-js's
 * viewer and editor): their texts are rewritten as they appear, by a MutationObserver on the widget's host.
 * A text node or attribute is rewritten when its whole (trimmed) text is a key of `texts` or matches one of
 * `patterns`; anything else (the form's own Chinese labels, user input) is left alone.
 */
export type Pattern = [RegExp, (m: RegExpMatchArray) => string];

export interface Dictionary {
  texts: Record<string, string>;
  patterns?: Pattern[];
}

/** The attributes a person reads or hears. */
const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'data-title'];

/** The Chinese for one text, or undefined when the dictionary does not know it. */
export function chineseFor(dict: Dictionary, text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const direct = dict.texts[t];
  if (direct !== undefined) return direct;
  for (const [re, zh] of dict.patterns ?? []) {
    const m = t.match(re);
    if (m) return zh(m);
  }
  return undefined;
}

function fixText(dict: Dictionary, node: Node) {
  const text = node.textContent ?? '';
  const zh = chineseFor(dict, text);
  // keep the spaces around the text: widgets lay out with them
  if (zh !== undefined && zh !== text.trim()) node.textContent = text.replace(text.trim(), zh);
}

function fixAttributes(dict: Dictionary, el: Element) {
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    const zh = chineseFor(dict, value);
    if (zh !== undefined && zh !== value) el.setAttribute(name, zh);
  }
}

function fixTree(dict: Dictionary, root: Node) {
  if (root.nodeType === Node.TEXT_NODE) return fixText(dict, root);
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  fixAttributes(dict, root as Element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) fixText(dict, n);
    else fixAttributes(dict, n as Element);
  }
}

/** Translates what is in `host` now and whatever appears there later; returns the function that stops it. */
export function translateDom(host: HTMLElement, dict: Dictionary): () => void {
  fixTree(dict, host);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') fixText(dict, r.target);
      else if (r.type === 'attributes') fixAttributes(dict, r.target as Element);
      else r.addedNodes.forEach((n) => fixTree(dict, n));
    }
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return () => observer.disconnect();
}
