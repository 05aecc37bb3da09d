/**
 * Keyword search over Chinese text with the database's own full-text index (ADR 0017). Chinese has no spaces, so
 * the text is indexed as its overlapping character pairs (bigrams): a keyword of two or more characters matches a
 * text that holds all of its pairs, and the exact substring is checked on those few rows. Each pair is written
 * with a prefix letter, so that it is three characters long: InnoDB's full-text index drops shorter words
 * (innodb_ft_min_token_size = 3), and one token form serves MySQL, MariaDB (which has no ngram parser) and SQLite's
 * FTS5 alike.
 */

/** Runs of letters and digits (CJK included), lower-cased: what the indexes count as words. */
const runsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function pairsOf(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`g${chars[i]}${chars[i + 1]}`);
  return out;
}

/** The tokens a text is indexed by, each once, space-separated. */
export function indexGrams(...texts: (string | null | undefined)[]): string {
  const seen = new Set<string>();
  for (const t of texts) for (const run of runsOf(t ?? '')) for (const g of pairsOf(run)) seen.add(g);
  return [...seen].join(' ');
}

/** The tokens a keyword must all have; none when it has no two characters in a row (then it is matched plainly). */
export function keywordGrams(keyword: string): string[] {
  return [...new Set(runsOf(keyword).flatMap(pairsOf))];
}

/** What an item is found by: its number, its enterprise and its problem. */
export const searchedText = (i: { itemNo: string; enterpriseName: string; problem: string }) => indexGrams(i.itemNo, i.enterpriseName, i.problem);
