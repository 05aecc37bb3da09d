/** The production compose file is valid, and refuses to start without its secrets. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

const secrets = { MYSQL_ROOT_PASSWORD: 'r00t-secret', MYSQL_PASSWORD: 'db-secret', QQ_ENGINE_PASSWORD: 'svc-secret', QQ_ENGINE_ADMIN_PASSWORD: 'admin-secret', QQ_SECRET: '0123456789abcdef-secret' };
const compose = (env: Record<string, string>, ...args: string[]) =>
  spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

describe('docker-compose.yml', () => {
  it('is valid with its secrets set (docker-compose config -q)', () => {
    const r = compose(secrets, '-q');
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('runs MySQL 8.4, the engine built from engine/ (as development and the tests do) and the app, with health checks', () => {
    const r = compose(secrets);
    expect(r.stdout).toContain('image: mysql:8.4');
    expect(r.stdout).toMatch(/context: \S*\/engine\n/);
    expect(r.stdout).not.toMatch(/image: operaton\//);
    expect((r.stdout.match(/healthcheck:/g) ?? []).length).toBe(3);
    expect(r.stdout).toContain('transaction-isolation=READ-COMMITTED');
  });

  it('refuses to run without the secrets instead of using a default password', () => {
    const r = compose({}, '-q');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/set (MYSQL_ROOT_PASSWORD|MYSQL_PASSWORD|QQ_)/);
  });
});
