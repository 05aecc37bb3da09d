/**
 * The layers keep their promises (docs/decisions/0011-layers.md): an item is written only by core/items/, its
 * status sets are spelled only in core/items/status.ts, db/ depends on nothing above it, and the composition
 * root is the only place that knows both web/ and workers/.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ITEM_STATUS } from '../core/items/status.js';
import { GROUP, TASK } from '../core/contract.js';

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
  return [...text.matchAll(/\[([^[\]]*)\]/g)]
    .map((m) => m[1])
    .filter((inner) => {
      const quoted = [...inner.matchAll(/'([^']*)'|"([^"]*)"/g)].map((q) => q[1] ?? q[2]);
      const rest = inner.replace(/'[^']*'|"[^"]*"/g, '').replace(/[\s,]/g, '');
      return quoted.length >= 2 && rest === '' && quoted.every((q) => statuses.has(q));
    });
}

/**
 * Writes made on the database's own repositories (not a transaction's): on SQLite, with one connection, such a
 * write lands inside whatever transaction another request has open and is lost when that one rolls back.
 */
function writesOutsideTransactions(text: string): string[] {
  const verbs = '(update|insert|save|delete|upsert|increment|decrement|remove)';
  const direct = [...text.matchAll(new RegExp(`\\bdb\\s*\\.\\s*getRepository\\([^)]*\\)\\s*\\.\\s*${verbs}\\(`, 'g'))].map((m) => m[0]);
  const names = [...text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:[\w.]*\.)?db\s*\.\s*getRepository\(/g)].map((m) => m[1]);
  const viaName = names.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\s*\\.\\s*${verbs}\\(`, 'g'))].map((m) => m[0]));
  return [...direct, ...viaName];
}

describe('the layers of the code', () => {
  it('writes to the database only inside a transaction', () => {
    const found = files.flatMap((f) => writesOutsideTransactions(f.text).map((w) => `${f.path}: ${w}`));
    expect(found).toEqual([]);
  });

  it('finds a write made outside a transaction (the check itself)', () => {
    expect(writesOutsideTransactions('const repo = deps.db.getRepository(ImportJobEntity);\nawait repo.update({ id }, x);')).toEqual(['repo.update(']);
    expect(writesOutsideTransactions('await this.db.getRepository(X).insert(row);')).toHaveLength(1);
    expect(writesOutsideTransactions('await db.transaction((tx) => tx.getRepository(X).update({ id }, x));')).toEqual([]);
  });

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

  it('lets the pages import group names and task keys from the contract instead of spelling them', () => {
    // the role labels are keyed by group id: data, not a check
    const pages = sources(join('web', 'ui', 'src')).filter((p) => !p.includes(join('src', 'locales')));
    const names = [...Object.values(GROUP), ...Object.values(TASK)];
    const found = pages.flatMap((p) => {
      const text = readFileSync(p, 'utf8');
      return names.filter((n) => text.includes(`'${n}'`) || text.includes(`"${n}"`)).map((n) => `${p}: '${n}'`);
    });
    expect(found).toEqual([]);
  });
});
