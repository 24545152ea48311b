/**
 * The browser suite (npm run test:e2e): the task pane in Debian's Chromium, over the strict
 * in-memory Excel stand-in. The global setup builds the harness page (webpack.e2e.config.js)
 * into build/e2e first.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e', '<rootDir>/test/web'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts', '<rootDir>/test/web/**/*.e2e.ts'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // One browser at a time: the machine is small and the suite is about behaviour, not speed.
  maxWorkers: 1,
  testTimeout: 60_000,
};
