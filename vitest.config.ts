/// <reference types="vitest/config" />
/**
 * One vitest run for every kind of test. Astro's Vite config is loaded so component tests
 * can render through the container API. Browser and build-output tests read dist/, which
 * `npm test` builds before vitest starts.
 */
import { readdirSync } from 'node:fs';
import { getViteConfig } from 'astro/config';

/** Folders under tests/ that hold tests; helpers and fixtures are support code. */
function testKinds(): string[] {
  return readdirSync(new URL('./tests/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['helpers', 'fixtures'].includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export default getViteConfig(
  {
    test: {
      // One project per folder of tests (tests/unit, tests/build, ...), so
      // `vitest run --project unit` runs only the fast ones and a new folder is never left
      // out. Projects inherit this config; arrays such as `include` would be merged, so
      // only the projects name their files.
      projects: testKinds().map((name) => ({
        extends: true,
        test: { name, include: [`tests/${name}/**/*.test.ts`] },
      })),
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Two cores: browser tests compete with each other for CPU.
      maxWorkers: 2,
    },
  },
  { devToolbar: { enabled: false } },
);
