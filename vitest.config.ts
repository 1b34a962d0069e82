import { defineConfig, type ViteUserConfig } from 'vitest/config';

// Three projects (remeda's split): example tests, property tests (fast-check), type tests.
const config: ViteUserConfig = defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['./test/setup.ts'],
    projects: [
      { extends: true, test: { name: 'runtime', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { extends: true, test: { name: 'prop', include: ['src/**/*.test-prop.ts'] } },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
export default config;
