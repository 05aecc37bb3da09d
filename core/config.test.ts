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
