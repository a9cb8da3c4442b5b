// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';
import { contentCheck } from './src/integrations/content-check.ts';
import { editorRules } from './src/content-check/rules/index.ts';

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
  integrations: [contentCheck({ rules: editorRules(fileURLToPath(new URL('.', import.meta.url))) }), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module carries a harmless module-level directive notice.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          // The editor's bundle (/admin only) includes a TOML parser that uses eval.
          if (log.code === 'EVAL' && log.id?.includes('node_modules/@iarna/toml/')) return;
          handler(level, log);
        },
      },
    },
  },
});
