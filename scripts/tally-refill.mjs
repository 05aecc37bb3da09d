// `npm run tally:refill`: counts every item of the app database into item_tally afresh (ADR 0021) — after items were
// restored from a backup or changed in the database by hand, which the item store did not see. The database of
// `npm start` (data/) unless QQ_DB_URL says another. Safe while the app runs: one transaction.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const { createDataSource } = await import('../dist/db/data-source.js');
const { refillTally } = await import('../dist/db/item-tally.js');
const db = createDataSource(process.env.QQ_DB_URL ?? `sqlite:${process.env.QQ_DATA_DIR ?? './data'}/qinqing.sqlite`);
await db.initialize();
const t0 = performance.now();
await refillTally(db);
const [{ n }] = await db.query('SELECT COALESCE(SUM(items), 0) AS n FROM item_tally');
console.log(`tally:refill: ${Number(n)} items counted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await db.destroy();
