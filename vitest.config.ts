/**
 * One vitest run for every kind of test. Astro's Vite config is loaded so component tests
 * can render through the container API. Browser and build-output tests read dist/, which
 * `npm test` builds before vitest starts.
 */
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Two cores: browser tests compete with each other for CPU.
      maxWorkers: 2,
    },
  },
  { devToolbar: { enabled: false } },
);
