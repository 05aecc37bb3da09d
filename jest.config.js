/** Jest runs the TypeScript sources as ESM through ts-jest: the engine task client is published as ESM only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['**/?(*.)test.ts'],
  // The cluster test shares one database server between two engine nodes: it runs in the MariaDB pass.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/engine/', ...(process.env.QQ_TEST_DB === 'mariadb' ? [] : ['<rootDir>/test/cluster/'])],
  globalSetup: './test/support/global-setup.mjs',
  globalTeardown: './test/support/global-teardown.mjs',
  testTimeout: 120000,
};
