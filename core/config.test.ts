import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('fails fast, listing every missing or wrong setting', () => {
    expect(() => loadConfig({ QQ_PORT: 'eighty' })).toThrow(/QQ_PORT[\s\S]*QQ_ENGINE_PASSWORD[\s\S]*QQ_SECRET/);
  });

  it('defaults to the embedded SQLite file in the data folder', () => {
    const c = loadConfig({ QQ_ENGINE_PASSWORD: 'x', QQ_SECRET: '0123456789abcdef', QQ_DATA_DIR: '/srv/qq' });
    expect(c.dbUrl).toBe('sqlite:/srv/qq/qinqing.sqlite');
    expect(c.engine.url).toBe('http://127.0.0.1:8080/engine-rest');
  });
});

describe('process roles', () => {
  const base = { QQ_ENGINE_PASSWORD: 'x', QQ_SECRET: '0123456789abcdef' };

  it('makes a worker process when the web app is switched off', () => {
    const c = loadConfig({ ...base, QQ_RUN_WEB: 'false' });
    expect([c.webEnabled, c.worker.enabled]).toEqual([false, true]);
  });

  it('refuses a process that would run neither the web app nor the workers', () => {
    expect(() => loadConfig({ ...base, QQ_RUN_WEB: 'false', QQ_RUN_WORKERS: 'false' })).toThrow(/QQ_RUN_WEB: a process with neither/);
  });
});

describe('cluster settings', () => {
  const base = { QQ_ENGINE_PASSWORD: 'x', QQ_SECRET: '0123456789abcdef' };

  it('takes every engine node of a comma-separated list, the first as the main URL', () => {
    const c = loadConfig({ ...base, QQ_ENGINE_URL: 'http://e1:8080/engine-rest/, http://e2:8080/engine-rest' });
    expect(c.engine.urls).toEqual(['http://e1:8080/engine-rest', 'http://e2:8080/engine-rest']);
    expect(c.engine.url).toBe('http://e1:8080/engine-rest');
  });

  it('refuses an engine list with something that is not an http URL, naming it', () => {
    expect(() => loadConfig({ ...base, QQ_ENGINE_URL: 'http://e1:8080/engine-rest,e2:8080' })).toThrow(/QQ_ENGINE_URL: .*not a URL: e2:8080/);
  });

  it('gives every process its own instance id unless one is set', () => {
    const [a, b] = [loadConfig(base), loadConfig(base)];
    expect(a.instanceId).not.toBe(b.instanceId);
    expect(loadConfig({ ...base, QQ_INSTANCE_ID: 'app-2' }).instanceId).toBe('app-2');
    expect(() => loadConfig({ ...base, QQ_INSTANCE_ID: 'app 2/x' })).toThrow(/QQ_INSTANCE_ID/);
  });
});
