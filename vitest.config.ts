import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // GitHub's workflow parser imports its JSON schemas without import attributes, which Node's own
          // loader rejects: let vite load it.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/bundle/**/*.test.ts'],
          // Real buildah, registries and qemu: one file at a time on a 2-core machine, generous timeouts.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 600_000,
          hookTimeout: 900_000,
          globalSetup: ['test/integration/harness-setup.ts'],
        },
      },
    ],
  },
});
