/**
 * The environment `npm run build` starts Astro in.
 *
 * Astro's bundler and compiler are native modules with an allocator of their own (mimalloc).
 * Memory they free is handed back to the system only on their next allocation, after a short
 * delay; once bundling is over there is no next allocation, so at 5,000 articles Astro's
 * process kept about 0.45 GB it no longer used for the rest of the build, while the search
 * index is built beside it. With no delay that memory goes back as it is freed, and the build
 * takes the same time. The allocator reads its settings once, as the process starts, so they
 * can only be given here, not from the Astro configuration. A setting already in the
 * environment is kept.
 */
export const ASTRO_ALLOCATOR_SETTINGS = { MIMALLOC_PURGE_DELAY: '0' } as const;

export function astroBuildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const settings = Object.entries(ASTRO_ALLOCATOR_SETTINGS).filter(([name]) => env[name] === undefined);
  return { ...env, ...Object.fromEntries(settings) };
}
