/**
 * How alike two problem descriptions are, for spotting the same problem arriving from several channels (12345,
 * 电子监察, a visit, the online form). Chinese has no spaces: texts are compared as sets of character bigrams
 * (letters and digits kept, punctuation and spacing dropped), by Jaccard similarity.
 */
export function bigrams(text: string): Set<string> {
  const clean = text.toLowerCase().replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  if (clean.length === 1) out.add(clean);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const similarity = (a: string, b: string) => jaccard(bigrams(a), bigrams(b));
