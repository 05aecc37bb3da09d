/**
 * Typed, documented, fail-fast configuration. Every setting comes from the environment; `loadConfig` throws at
 * start-up with every problem listed, so a misconfigured deployment never half-starts.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  /** "local" seeds demo departments/users and prints their passwords; "production" refuses demo secrets. */
  QQ_PROFILE: z.enum(['local', 'production', 'test']).default('local'),
  /** Port of the web app (API + UI). 0 picks a free port (tests). */
  QQ_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Data folder for the embedded defaults (SQLite file, engine H2 file). */
  QQ_DATA_DIR: z.string().default('./data'),
  /** Domain database: `sqlite:<file>` (embedded default) or `mysql://user:pass@host:port/db` (MySQL/MariaDB). */
  QQ_DB_URL: z.string().default(''),
  /** Base URL of the Operaton REST API; in a cluster the URLs of every engine node, comma-separated (all on one
   * database): requests are spread over them and a node that does not answer is skipped for a while. */
  QQ_ENGINE_URL: z.string().default('http://127.0.0.1:8080/engine-rest').transform((s, c) => {
    const urls = s.split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean);
    const bad = urls.filter((u) => !z.string().url().safeParse(u).success || !/^https?:/.test(u));
    if (!urls.length || bad.length) {
      c.addIssue({ code: 'custom', message: `must be one or more http(s) URLs, comma-separated${bad.length ? ` (not a URL: ${bad.join(', ')})` : ''}` });
      return z.NEVER;
    }
    return [...new Set(urls)];
  }),
  /** Which proxies in front of the app are believed about the client's address (Express's "trust proxy": e.g.
   * "loopback", or "loopback, uniquelocal" behind the cluster profile's proxy): the public rate limit counts by it. */
  QQ_TRUST_PROXY: z.string().trim().regex(/^[A-Za-z0-9.:/, ]+$/, 'addresses, subnets or loopback/linklocal/uniquelocal, comma-separated').default('loopback'),
  /** How long an import's lease lasts without renewal: after it, another app instance takes the import over. */
  QQ_IMPORT_LEASE_SECONDS: z.coerce.number().int().min(3).max(600).default(30),
  /** This process's name among the app instances (imports it runs, leases it holds); host and pid by default. */
  QQ_INSTANCE_ID: z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _.:- only, at most 64').optional(),
  /** Service account of the backend and workers on /engine-rest (created by the engine from the same settings). */
  QQ_ENGINE_USER: z.string().min(1).default('qinqing'),
  QQ_ENGINE_PASSWORD: z.string().min(1),
  /** Request timeout for every engine call, ms: camunda-external-task-client-js sets none, and a hung request would stall polling. */
  QQ_ENGINE_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Long-polling wait of the external-task client, ms. */
  QQ_WORKER_LONG_POLL_MS: z.coerce.number().int().positive().default(20000),
  /** Handlers running at once per worker process. */
  QQ_WORKER_MAX_PARALLEL: z.coerce.number().int().positive().default(8),
  /** Retries before an external task becomes an incident. */
  QQ_WORKER_RETRIES: z.coerce.number().int().min(0).default(3),
  /** First retry back-off, ms; doubles per attempt. */
  QQ_WORKER_RETRY_BACKOFF_MS: z.coerce.number().int().positive().default(10000),
  /** Start the workers inside this process. */
  QQ_RUN_WORKERS: bool.default('true'),
  /** Serve the web app and API from this process; `false` with QQ_RUN_WORKERS=true makes a worker process. */
  QQ_RUN_WEB: bool.default('true'),
  /** Group robots and text messages wait for working hours (09:00–18:00 on working days, Asia/Shanghai). */
  QQ_QUIET_HOURS: bool.default('true'),
  /** Minutes between reconciliations of items and their process instances (core/items/reconcile.ts). */
  QQ_RECONCILE_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** How old an instance without its item must be before it is removed: longer than any submission can take. */
  QQ_ORPHAN_GRACE_SECONDS: z.coerce.number().int().min(30).default(300),
  /** SMTP for e-mail notices; empty host disables e-mail (in-app notices still stored). */
  QQ_SMTP_HOST: z.string().default(''),
  QQ_SMTP_PORT: z.coerce.number().int().positive().default(25),
  QQ_SMTP_SECURE: bool.default('false'),
  QQ_SMTP_USER: z.string().default(''),
  QQ_SMTP_PASSWORD: z.string().default(''),
  QQ_MAIL_FROM: z.string().default('亲清恳谈 <noreply@qinqing.local>'),
  /** Secret for deriving enterprises' tracking codes (at least 16 characters). */
  QQ_SECRET: z.string().min(16),
  /** API keys of Open311 clients (e.g. the 12345 platform), comma-separated; empty = no client may post. */
  QQ_OPEN311_API_KEYS: z.string().default(''),
  /** Lifetime of a staff session, hours. */
  QQ_SESSION_HOURS: z.coerce.number().positive().default(12),
  /** Largest attachment accepted, in MB. */
  QQ_ATTACHMENT_MAX_MB: z.coerce.number().positive().max(100).default(10),
  /** Public submissions of form 1 allowed per client address and hour (abuse guard beside the human check). */
  QQ_PUBLIC_SUBMISSIONS_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** Public base URL used in notices (tracking links). */
  QQ_PUBLIC_URL: z.string().default('http://localhost:3000'),
  /** SMS to enterprises: "" (none), "log" (logged with the phone masked, for trials) or "aliyun" (Alibaba Cloud SMS;
   * the settings below are then required). */
  QQ_SMS_PROVIDER: z.enum(['', 'log', 'aliyun']).default(''),
  QQ_SMS_ENDPOINT: z.string().url().default('https://dysmsapi.aliyuncs.com/'),
  QQ_SMS_ACCESS_KEY_ID: z.string().default(''),
  QQ_SMS_ACCESS_KEY_SECRET: z.string().default(''),
  /** The approved signature (签名), e.g. 乌审旗政务服务. */
  QQ_SMS_SIGN_NAME: z.string().default(''),
  /** JSON: notice → approved template code, e.g. {"replied":"SMS_123","declined":"SMS_456"}. */
  QQ_SMS_TEMPLATES: z.string().default('{}').transform((s, c) => {
    try {
      const v = JSON.parse(s) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')) return v as Record<string, string>;
    } catch {
      /* reported below */
    }
    c.addIssue({ code: 'custom', message: 'must be a JSON object of notice → template code' });
    return z.NEVER;
  }),
}).superRefine((e, c) => {
  if (!e.QQ_RUN_WEB && !e.QQ_RUN_WORKERS) c.addIssue({ code: 'custom', path: ['QQ_RUN_WEB'], message: 'a process with neither the web app nor the workers does nothing (set QQ_RUN_WEB or QQ_RUN_WORKERS)' });
  if (e.QQ_SMS_PROVIDER === 'aliyun') {
    for (const k of ['QQ_SMS_ACCESS_KEY_ID', 'QQ_SMS_ACCESS_KEY_SECRET', 'QQ_SMS_SIGN_NAME'] as const) if (!e[k]) c.addIssue({ code: 'custom', path: [k], message: `required when QQ_SMS_PROVIDER=${e.QQ_SMS_PROVIDER}` });
    if (!Object.keys(e.QQ_SMS_TEMPLATES).length) c.addIssue({ code: 'custom', path: ['QQ_SMS_TEMPLATES'], message: 'at least one template is required with an SMS provider' });
  }
});

export type Config = {
  profile: 'local' | 'production' | 'test';
  port: number;
  dataDir: string;
  dbUrl: string;
  /** `url` is the first of `urls` (every engine node of a cluster). */
  engine: { url: string; urls: string[]; user: string; password: string; timeoutMs: number };
  /** Unique per running process: the holder of the import leases it takes. */
  instanceId: string;
  imports: { leaseMs: number };
  trustProxy: string;
  worker: { longPollMs: number; maxParallel: number; retries: number; retryBackoffMs: number; enabled: boolean };
  /** Whether this process serves the web app and API. */
  webEnabled: boolean;
  quietHours: boolean;
  smtp: { host: string; port: number; secure: boolean; user: string; password: string; from: string };
  secret: string;
  reconcile: { everyMinutes: number; graceMs: number };
  open311ApiKeys: string[];
  sessionHours: number;
  publicSubmissionsPerHour: number;
  attachmentMaxBytes: number;
  publicUrl: string;
  sms: { provider: 'log' | 'aliyun'; endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string; templates: Record<string, string> } | null;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    profile: e.QQ_PROFILE,
    port: e.QQ_PORT,
    dataDir: e.QQ_DATA_DIR,
    dbUrl: e.QQ_DB_URL || `sqlite:${e.QQ_DATA_DIR}/qinqing.sqlite`,
    engine: {
      url: e.QQ_ENGINE_URL[0],
      urls: e.QQ_ENGINE_URL,
      user: e.QQ_ENGINE_USER,
      password: e.QQ_ENGINE_PASSWORD,
      timeoutMs: e.QQ_ENGINE_TIMEOUT_MS,
    },
    worker: {
      longPollMs: e.QQ_WORKER_LONG_POLL_MS,
      maxParallel: e.QQ_WORKER_MAX_PARALLEL,
      retries: e.QQ_WORKER_RETRIES,
      retryBackoffMs: e.QQ_WORKER_RETRY_BACKOFF_MS,
      enabled: e.QQ_RUN_WORKERS,
    },
    instanceId: e.QQ_INSTANCE_ID ?? `${hostname().replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 40)}-${process.pid}-${randomBytes(3).toString('hex')}`,
    imports: { leaseMs: e.QQ_IMPORT_LEASE_SECONDS * 1000 },
    trustProxy: e.QQ_TRUST_PROXY,
    webEnabled: e.QQ_RUN_WEB,
    quietHours: e.QQ_QUIET_HOURS,
    smtp: {
      host: e.QQ_SMTP_HOST,
      port: e.QQ_SMTP_PORT,
      secure: e.QQ_SMTP_SECURE,
      user: e.QQ_SMTP_USER,
      password: e.QQ_SMTP_PASSWORD,
      from: e.QQ_MAIL_FROM,
    },
    secret: e.QQ_SECRET,
    reconcile: { everyMinutes: e.QQ_RECONCILE_MINUTES, graceMs: e.QQ_ORPHAN_GRACE_SECONDS * 1000 },
    open311ApiKeys: e.QQ_OPEN311_API_KEYS.split(',').map((k) => k.trim()).filter(Boolean),
    sessionHours: e.QQ_SESSION_HOURS,
    publicSubmissionsPerHour: e.QQ_PUBLIC_SUBMISSIONS_PER_HOUR,
    attachmentMaxBytes: Math.round(e.QQ_ATTACHMENT_MAX_MB * 1024 * 1024),
    publicUrl: e.QQ_PUBLIC_URL,
    sms: e.QQ_SMS_PROVIDER
      ? { provider: e.QQ_SMS_PROVIDER, endpoint: e.QQ_SMS_ENDPOINT, accessKeyId: e.QQ_SMS_ACCESS_KEY_ID, accessKeySecret: e.QQ_SMS_ACCESS_KEY_SECRET, signName: e.QQ_SMS_SIGN_NAME, templates: e.QQ_SMS_TEMPLATES }
      : null,
  };
}
