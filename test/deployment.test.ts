/** The production compose file is valid, and refuses to start without its secrets. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

const secrets = { MYSQL_ROOT_PASSWORD: 'r00t-secret', MYSQL_PASSWORD: 'db-secret', QQ_ENGINE_PASSWORD: 'svc-secret', QQ_ENGINE_ADMIN_PASSWORD: 'admin-secret', QQ_SECRET: '0123456789abcdef-secret' };
const compose = (env: Record<string, string>, ...args: string[]) =>
  spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

/** One service's block of `docker-compose config`. */
const service = (config: string, name: string) => config.slice(config.indexOf(`\n  ${name}:\n`) + 1).split(/\n {2}(?=[a-z0-9]+:\n)/)[0];

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
    for (const name of ['mysql', 'engine', 'app']) expect(service(r.stdout, name)).toContain('healthcheck:');
    expect(r.stdout).toContain('transaction-isolation=READ-COMMITTED');
  });

  it('has a cluster profile: a second engine node and a second app on the same databases, both apps behind HAProxy with health checks', () => {
    const r = spawnSync('docker-compose', ['-f', 'docker-compose.yml', '--profile', 'cluster', 'config'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...secrets, QQ_ENGINE_URL: 'http://engine:8080/engine-rest,http://engine2:8080/engine-rest' } });
    expect(r.status).toBe(0);
    const cluster = (name: string) => service(r.stdout, name);
    expect(cluster('engine2')).toContain('jdbc:mysql://mysql:3306/operaton');
    expect(cluster('app2')).toContain('QQ_ENGINE_URL: http://engine2:8080/engine-rest,http://engine:8080/engine-rest');
    expect(cluster('app')).toContain('QQ_ENGINE_URL: http://engine:8080/engine-rest,http://engine2:8080/engine-rest');
    expect(cluster('app2')).toContain('mysql://qinqing:db-secret@mysql:3306/qinqing');
    expect(cluster('proxy')).toContain('image: haproxy:2.6');
    // each in the cluster profile only, with its health check
    for (const name of ['engine2', 'app2', 'proxy']) expect(cluster(name)).toMatch(/healthcheck:[\s\S]*profiles:\n\s+- cluster/);
  });

  it('refuses to run without the secrets instead of using a default password', () => {
    const r = compose({}, '-q');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/set (MYSQL_ROOT_PASSWORD|MYSQL_PASSWORD|QQ_)/);
  });
});
