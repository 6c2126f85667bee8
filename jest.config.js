// Native-ESM jest (run with NODE_OPTIONS=--experimental-vm-modules): Payload and next-intl are
// ESM-only, and node_modules load untransformed. See ../shared/notes/stack.md, trap 1.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
      // keeps `with { type: 'json' }` for jest's ESM loader
      experimental: { keepImportAttributes: true },
    },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
    '\\.(css|scss|sass)$': '<rootDir>/tests/helpers/styleMock.js',
  },
}

const config = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/setupDom.ts'],
    },
    {
      ...common,
      displayName: 'int',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'],
      // Real SQLite writes and image processing (sharp) on a 2-core machine: a media update took
      // over jest's default 5 s while other work ran beside the suite.
      testTimeout: 20_000,
    },
  ],
}

export default config
