/**
 * The layers keep their promises (docs/decisions/0011-layers.md): an item is written only by core/items/, its
 * status sets are spelled only in core/items/status.ts, db/ depends on nothing above it, and the composition
 * root is the only place that knows both web/ and workers/.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ITEM_STATUS } from '../core/items/status.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sources(p);
    return /\.(ts|vue|mjs)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

const ROOTS = ['core', 'db', 'web', 'workers', 'main.ts'];
const files = ROOTS.flatMap((r) => (statSync(r).isDirectory() ? sources(r) : [r])).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const statuses = new Set<string>(ITEM_STATUS);

/** Array literals whose every quoted member is an item status, with at least two of them. */
function statusSets(text: string): string[] {
  return [...text.matchAll(/\[([^\[\]]*)\]/g)]
    .map((m) => m[1])
    .filter((inner) => {
      const quoted = [...inner.matchAll(/'([^']*)'|"([^"]*)"/g)].map((q) => q[1] ?? q[2]);
      const rest = inner.replace(/'[^']*'|"[^"]*"/g, '').replace(/[\s,]/g, '');
      return quoted.length >= 2 && rest === '' && quoted.every((q) => statuses.has(q));
    });
}

describe('the layers of the code', () => {
  it('spells a set of item statuses only in core/items/status.ts', () => {
    const found = files.filter((f) => f.path !== join('core', 'items', 'status.ts')).flatMap((f) => statusSets(f.text).map((s) => `${f.path}: [${s}]`));
    expect(found).toEqual([]);
  });

  it('finds a status set where one is spelled (the check itself)', () => {
    expect(statusSets("if (['replied', 'closed'].includes(s)) …")).toEqual(["'replied', 'closed'"]);
    expect(statusSets("const NOTICE = ['declined', 'progress'] as const")).toEqual([]);
  });

  it('writes items only through core/items/', () => {
    const writes = /(ItemEntity\)\s*\.\s*(update|insert|save|delete|upsert|increment|decrement)\b|into\(\s*ItemEntity\s*\)|update\(\s*ItemEntity\s*\))/;
    const found = files.filter((f) => !f.path.startsWith(join('core', 'items') + '/') && writes.test(f.text)).map((f) => f.path);
    expect(found).toEqual([]);
  });

  it('keeps db/ free of the layers above it', () => {
    const found = files.filter((f) => f.path.startsWith('db/') && /from '\.\.\/(\.\.\/)?(core|web|workers)\//.test(f.text)).map((f) => f.path);
    expect(found).toEqual([]);
  });

  it('lets only the composition root import both web/ and workers/', () => {
    const crossing = files.filter((f) => (f.path.startsWith('web/') && /from '\.\.\/(\.\.\/)*workers\//.test(f.text)) || (f.path.startsWith('workers/') && /from '\.\.\/(\.\.\/)*web\//.test(f.text))).map((f) => f.path);
    expect(crossing).toEqual([]);
  });
});
