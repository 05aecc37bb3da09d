/**
 * Which of a keyword's character pairs to ask MySQL's full-text index for, judged on a sample of the latest items
 * that each app instance reads now and then (ADR 0017). InnoDB's boolean query costs about 1 µs per entry of each
 * pair's list and some 40 µs per item it finds (measured at a million items: `+批材` alone finds 10 700 items in
 * 0.6 s, `+批材 +用地` finds 503 in 0.04 s, all five pairs of 用地审批材料 the same 503 in 0.37 s). So the pairs
 * are chosen one by one — the rarest first, then the pair that cuts the items found the most — for as long as the
 * estimate says a pair saves more than it costs. The ledger checks the exact keyword on the items found anyway: a
 * wrong estimate costs time, never a wrong answer.
 */
import type { EntityManager } from 'typeorm';

/** The sample: WINDOWS runs of WINDOW consecutive items (5 000 in all). */
const WINDOWS = 50;
const WINDOW = 100;
/** How long a sample serves before it is read again. */
const SAMPLE_TTL_MS = 10 * 60_000;
/** The index's cost of one entry of a pair's list, and of one item found, in the same unit (≈ µs). */
const PER_ENTRY = 1;
const PER_FOUND = 40;

interface Sample { readAt: number; /** each pair's sample items, ascending */ items: Map<string, number[]> }
const samples = new WeakMap<object, Promise<Sample>>();

/**
 * Windows of consecutive items spread evenly over the whole index, not only the latest: a county's newest items
 * can all be about one thing (an import of one channel), the keyword may be about an old one.
 */
async function readSample(tx: EntityManager): Promise<Sample> {
  const id = tx.connection.options.type === 'mysql' ? 'item_id' : 'rowid';
  const [range] = await tx.query<{ lo: number | null; hi: number | null }[]>(`SELECT MIN(${id}) AS lo, MAX(${id}) AS hi FROM item_search`);
  const items = new Map<string, number[]>();
  if (range.lo === null || range.hi === null) return { readAt: Date.now(), items };
  const lo = Number(range.lo);
  const step = Math.max(WINDOW, Math.ceil((Number(range.hi) - lo + 1) / WINDOWS));
  const windows = Array.from({ length: WINDOWS }, (_, w) => lo + w * step).filter((from) => from <= Number(range.hi));
  const rows = await tx.query<{ grams: string }[]>(
    `SELECT grams FROM item_search WHERE ${windows.map(() => `${id} BETWEEN ? AND ?`).join(' OR ')} ORDER BY ${id}`,
    windows.flatMap((from) => [from, from + WINDOW - 1]),
  );
  rows.forEach((r, i) => {
    for (const g of new Set(r.grams.split(' '))) {
      const list = items.get(g);
      if (list) list.push(i); else items.set(g, [i]);
    }
  });
  return { readAt: Date.now(), items };
}

/** The sample of `tx`'s database, read when there is none or it has grown old (one read at a time). */
function sampleOf(tx: EntityManager): Promise<Sample> {
  const key = tx.connection;
  const had = samples.get(key);
  const fresh = had?.then((s) => (Date.now() - s.readAt < SAMPLE_TTL_MS ? s : null));
  const next = (fresh ?? Promise.resolve(null)).then((s) => s ?? readSample(tx));
  samples.set(key, next);
  // a failed read is not kept: the next search reads again
  next.catch(() => samples.delete(key));
  return next;
}

/** The items of two ascending lists that are in both. */
function both(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return out;
}

/** Of a keyword's pairs, the ones to ask the index for (see above); all of them when there are two or fewer. */
export async function rarestGrams(tx: EntityManager, grams: string[]): Promise<string[]> {
  if (grams.length <= 2) return grams;
  const sample = await sampleOf(tx);
  const listOf = (g: string) => sample.items.get(g) ?? [];
  const ranked = [...grams].sort((a, b) => listOf(a).length - listOf(b).length);
  const chosen = [ranked[0]];
  let found = listOf(ranked[0]);
  const rest = new Set(ranked.slice(1));
  // A pair the sample does not hold may still be in many items the sample missed: never one pair alone.
  if (rest.size && found.length === 0) {
    const next = ranked[1];
    chosen.push(next);
    rest.delete(next);
  }
  while (rest.size && found.length > 0) {
    let best: { g: string; found: number[]; saves: number } | null = null;
    for (const g of rest) {
      const f = both(found, listOf(g));
      const saves = PER_FOUND * (found.length - f.length) - PER_ENTRY * listOf(g).length;
      if (!best || saves > best.saves) best = { g, found: f, saves };
    }
    if (!best || best.saves <= 0) break;
    chosen.push(best.g);
    rest.delete(best.g);
    found = best.found;
  }
  return grams.filter((g) => chosen.includes(g));
}
