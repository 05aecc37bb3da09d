/**
 * How common each character pair is among the latest items, from a sample that each app instance reads now and
 * then (ADR 0017). MySQL's boolean full-text query with a `+pair` per pair of the keyword reads every pair's whole
 * list of items, common pairs too (0.7–1.1 s at a million items on MariaDB); asked for the rarest pairs only it
 * reads the shortest lists, and the ledger checks the exact keyword on the rows it finds anyway. An estimate is
 * enough: a wrong guess costs time, never a wrong answer.
 */
import type { EntityManager } from 'typeorm';

/** Items in the sample: the latest ones, whose texts are like those searched for. */
const SAMPLE_ITEMS = 5000;
/** How long a sample serves before it is read again. */
const SAMPLE_TTL_MS = 10 * 60_000;
/** A pair found in this share of the sample or fewer is rare enough to search by alone. */
const RARE_ENOUGH = 0.002;

interface Sample { readAt: number; counts: Map<string, number>; size: number }
const samples = new WeakMap<object, Promise<Sample>>();

async function readSample(tx: EntityManager): Promise<Sample> {
  const id = tx.connection.options.type === 'mysql' ? 'item_id' : 'rowid';
  const rows = (await tx.query(`SELECT grams FROM item_search ORDER BY ${id} DESC LIMIT ${SAMPLE_ITEMS}`)) as { grams: string }[];
  const counts = new Map<string, number>();
  for (const r of rows) for (const g of r.grams.split(' ')) counts.set(g, (counts.get(g) ?? 0) + 1);
  return { readAt: Date.now(), counts, size: rows.length };
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

/**
 * Of a keyword's pairs, the ones to ask the index for: the rarest in the sample, and the next rarest too unless the
 * rarest alone is rare enough. All of them when there are two or fewer.
 */
export async function rarestGrams(tx: EntityManager, grams: string[]): Promise<string[]> {
  if (grams.length <= 2) return grams;
  const sample = await sampleOf(tx);
  const ranked = grams.map((g, i) => ({ g, i, n: sample.counts.get(g) ?? 0 })).sort((a, b) => a.n - b.n || a.i - b.i);
  const alone = ranked[0].n <= RARE_ENOUGH * sample.size;
  return ranked.slice(0, alone ? 1 : 2).map((r) => r.g);
}
