/**
 * The composition root, above web/ and workers/: builds every dependency once from the configuration, prepares
 * the engine (models, departments, demo identities in the local profile) and starts the web server and the
 * workers. Run as the process (`node dist/main.js`, which `npm start` does after starting the engine) it starts
 * the system; imported (by the tests) it only exports.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { loadConfig, type Config } from './core/config.js';
import { EngineClient } from './core/engine/engine-client.js';
import { CalendarService } from './core/calendar/calendar-service.js';
import { createAliyunSms, createLoggingSms } from './core/notify/sms.js';
import { takeOverImports } from './web/usecases/imports.js';
import { failUnleased, renewEvery } from './web/imports/import-lease.js';
import { Notifier } from './core/notify/notifier.js';
import { createSmtpMailer } from './core/notify/smtp-mailer.js';
import { createLogger, type Logger } from './core/log/logger.js';
import { announceRelease } from './core/setup/announce-release.js';
import { deployModels } from './core/setup/deploy-models.js';
import { syncDepartments } from './core/setup/departments.js';
import { seedDemoIdentity } from './core/setup/demo-data.js';
import { openDatabase } from './db/data-source.js';
import { reconcileItems } from './core/items/reconcile.js';
import { ActorNames } from './core/people/actor-names.js';
import { startWorkers, type Workers } from './workers/start-workers.js';
import { createApp } from './web/app.js';
import type { AppDeps } from './web/deps.js';

/** bpmn/ beside the sources, whether running from the tree (ts) or from dist/. */
export function modelsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'dist' ? join(here, '..', 'bpmn') : join(here, 'bpmn');
}

export interface System {
  deps: AppDeps;
  /** Where the web app answers; '' in a worker process (QQ_RUN_WEB=false). */
  url: string;
  server: Server | null;
  workers: Workers | null;
  stop(): Promise<void>;
}

export interface SystemOptions {
  log?: Logger;
  clock?: () => Date;
  demoPassword?: string;
}

export async function startSystem(config: Config, opts: SystemOptions = {}): Promise<System> {
  const log = opts.log ?? createLogger('qinqing');
  const clock = opts.clock ?? (() => new Date());
  const db = await openDatabase(config.dbUrl);
  const engine = new EngineClient(config.engine);
  const calendar = new CalendarService(db);
  const mailer = config.smtp.host ? createSmtpMailer(config.smtp) : null;
  const sms = !config.sms ? null : config.sms.provider === 'log' ? createLoggingSms(log) : createAliyunSms({ ...config.sms, timeoutMs: config.engine.timeoutMs }, clock);
  const notifier = new Notifier({ db, mailer, log, calendar, clock, sms, quietHours: config.quietHours });
  const deps: AppDeps = { db, engine, calendar, notifier, config, log, clock, actorNames: new ActorNames(engine) };

  const release = await deployModels(engine, modelsDir());
  if (release.deployed) log.info('deployed the models of bpmn/');
  await announceRelease(notifier, release);
  if (config.profile === 'local' && opts.demoPassword) await seedDemoIdentity(engine, opts.demoPassword);
  await syncDepartments(db, engine);
  // Instances whose item a crash kept from being stored are settled at start and then on a schedule. The engine's
  // start times are real instants, so real time is compared with them (not the injectable clock).
  const reconcile = () => reconcileItems({ db, engine, log }, new Date(), config.reconcile.graceMs).then(
    (r) => r.removedInstances.length && log.info('reconciled items and instances', { removed: r.removedInstances.length }),
    (e: Error) => log.warn('reconciling items and instances failed', { error: e.message }),
  );
  // In the background: with a hundred thousand open items it reads the engine for a while, and nothing at start
  // waits for it (an orphan is only removed, never used).
  void reconcile();

  const server = config.webEnabled
    ? await new Promise<Server>((resolve, reject) => {
      const s = createApp(deps).listen(config.port, () => resolve(s));
      // e.g. the port taken by another process: the start fails saying so, instead of running without a server
      s.once('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'EADDRINUSE' ? `port ${config.port} is in use (QQ_PORT)` : `the web server could not start: ${e.message}`)));
    })
    : null;
  const url = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : '';
  const workers = config.worker.enabled
    ? startWorkers({ db, engine, calendar, notifier, log, clock, publicUrl: config.publicUrl }, config, log)
    : null;
  // Notices that waited for working hours, and failed sends, go out from here.
  const dueTimer = setInterval(() => {
    notifier.deliverDue().catch((e: Error) => log.warn('delivering due notices failed', { error: e.message }));
  }, 60_000);
  dueTimer.unref();
  const reconcileTimer = setInterval(() => void reconcile(), config.reconcile.everyMinutes * 60_000);
  reconcileTimer.unref();
  // Imports are jobs any web instance runs: one whose instance stopped is taken over where it got to.
  const takeOver = () => takeOverImports(deps).catch((e: Error) => log.warn('taking over imports failed', { error: e.message }));
  if (config.webEnabled) {
    await failUnleased(db);
    await takeOver();
  }
  const importTimer = config.webEnabled ? setInterval(() => void takeOver(), renewEvery(config.imports.leaseMs)) : null;
  importTimer?.unref();
  log.info('QinQing started', { url, profile: config.profile, web: config.webEnabled, workers: config.worker.enabled });
  return {
    deps,
    url,
    server,
    workers,
    async stop() {
      clearInterval(dueTimer);
      clearInterval(reconcileTimer);
      if (importTimer) clearInterval(importTimer);
      workers?.stop();
      if (server) {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections?.();
      }
      await db.destroy();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const system = await startSystem(loadConfig(), { demoPassword: process.env.QQ_DEMO_PASSWORD });
  const shutdown = () => {
    void system.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
