/**
 * The domain database: SQLite (better-sqlite3) as the embedded default, MySQL/MariaDB (mysql2) in production.
 * Schema changes only through migrations; `synchronize` stays off everywhere.
 */
import { DataSource } from 'typeorm';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTITIES } from './entities/index.js';
import { InitialSchema1795000000000 } from './migrations/0001-initial-schema.js';
import { WebhooksAndQuietHours1795100000000 } from './migrations/0002-webhooks-and-quiet-hours.js';
import { CommentsAndAttachments1795200000000 } from './migrations/0003-comments-and-attachments.js';
import { Imports1795300000000 } from './migrations/0004-imports.js';
import { NoticeTemplates1795400000000 } from './migrations/0005-notice-templates.js';
import { LadderRules1795500000000 } from './migrations/0006-ladder-rules.js';
import { LoginFailures1795600000000 } from './migrations/0007-login-failures.js';
import { PublicationReview1795700000000 } from './migrations/0008-publication-review.js';
import { EnterpriseDirectory1795800000000 } from './migrations/0009-enterprise-directory.js';
import { ModelDrafts1795900000000 } from './migrations/0010-model-drafts.js';
import { Cluster1796000000000 } from './migrations/0011-cluster.js';
import { ItemSearch1796100000000 } from './migrations/0012-item-search.js';
import { ScaleIndexes1796200000000 } from './migrations/0013-scale-indexes.js';
import { ItemDepts1796300000000 } from './migrations/0014-item-depts.js';
import { YearCountsIndex1796400000000 } from './migrations/0015-year-counts-index.js';
import { PracticeCases1796500000000 } from './migrations/0016-practice-cases.js';
import { OverdueIndex1796600000000 } from './migrations/0017-overdue-index.js';
import { ItemTally1796700000000 } from './migrations/0018-item-tally.js';
import { serializeTransactions } from './serialize-transactions.js';
import { retryDeadlocks } from './retry-deadlocks.js';

export const MIGRATIONS = [InitialSchema1795000000000, WebhooksAndQuietHours1795100000000, CommentsAndAttachments1795200000000, Imports1795300000000, NoticeTemplates1795400000000, LadderRules1795500000000, LoginFailures1795600000000, PublicationReview1795700000000, EnterpriseDirectory1795800000000, ModelDrafts1795900000000, Cluster1796000000000, ItemSearch1796100000000, ScaleIndexes1796200000000, ItemDepts1796300000000, YearCountsIndex1796400000000, PracticeCases1796500000000, OverdueIndex1796600000000, ItemTally1796700000000];

export function createDataSource(dbUrl: string): DataSource {
  if (dbUrl.startsWith('sqlite:')) {
    const file = dbUrl.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const ds = new DataSource({
      type: 'better-sqlite3',
      database: file,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      synchronize: false,
      // WAL lets the dashboard read while a worker writes.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        // In WAL mode NORMAL keeps the file consistent on a crash and saves an fsync per commit.
        db.pragma('synchronous = NORMAL');
      },
    });
    serializeTransactions(ds);
    return ds;
  }
  if (dbUrl.startsWith('mysql://') || dbUrl.startsWith('mariadb://')) {
    const u = new URL(dbUrl.replace(/^mariadb:/, 'mysql:'));
    const ds = new DataSource({
      type: 'mysql',
      host: u.hostname,
      port: Number(u.port || 3306),
      username: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1),
      charset: 'utf8mb4',
      timezone: 'Z',
      entities: ENTITIES,
      migrations: MIGRATIONS,
      synchronize: false,
      extra: { connectionLimit: 10 },
    });
    retryDeadlocks(ds);
    return ds;
  }
  throw new Error(`QQ_DB_URL must start with sqlite: or mysql:// (got ${dbUrl.replace(/\/\/.*@/, '//***@')})`);
}

export async function openDatabase(dbUrl: string): Promise<DataSource> {
  const ds = createDataSource(dbUrl);
  await ds.initialize();
  if (ds.options.type === 'mysql') {
    // App instances starting together on one database: one runs the migrations, the others wait for it.
    const runner = ds.createQueryRunner();
    try {
      const [got] = (await runner.query("SELECT GET_LOCK('qinqing_migrations', 120) AS got")) as { got: number }[];
      if (Number(got.got) !== 1) throw new Error('another instance held the migration lock for 120 s');
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query("SELECT RELEASE_LOCK('qinqing_migrations')").catch(() => undefined);
      await runner.release();
    }
  } else {
    await ds.runMigrations({ transaction: 'each' });
  }
  return ds;
}
