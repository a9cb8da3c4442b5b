// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** The public address comes from the office settings, so an office never edits code. */
function siteUrlFromSettings() {
  const settings = parse(readFileSync(new URL('./content/settings/office.yaml', import.meta.url), 'utf8'));
  return typeof settings?.siteUrl === 'string' ? settings.siteUrl : 'http://localhost:4321';
}

export default defineConfig({
  site: process.env.PORTAL_SITE_URL ?? siteUrlFromSettings(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentCheck(), mdx(), searchIndex()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module carries a harmless module-level directive notice.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
