// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrlForBuild } from './src/lib/configured-site-url.ts';
import { editorRules } from './src/content-check/rules/index.ts';
import { cmsGitHost } from './src/cms/backend.ts';
import { portal } from './src/integrations/portal/index.ts';
import { editorBundleAlone } from './src/integrations/editor-bundle.ts';
import { isNoindexBuild } from './src/lib/noindex-build.ts';

/**
 * The public address comes from the office settings, so an office never edits code. A missing
 * or unusable address gives a placeholder, so the content check, not Astro's configuration
 * loader, reports it (src/lib/configured-site-url.ts).
 */
function siteUrlFromSettings() {
  const file = new URL('./content/settings/office.yaml', import.meta.url);
  return siteUrlForBuild(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}

/**
 * PORTAL_BARE_BUILD=1 builds with MDX alone: no content check and no build-time gates. The
 * build benchmark uses it to measure what the gates cost against plain Astro. The editor's
 * script (/admin/) is bundled in every bare build, as plain Astro bundles a page's script;
 * the portal's build keeps it between builds (src/editor-bundle/).
 */
const bare = process.env.PORTAL_BARE_BUILD === '1';

export default defineConfig({
  // An empty value (a pipeline variable left unset) counts as unset.
  site: process.env.PORTAL_SITE_URL || siteUrlFromSettings(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages are generated four at a time. Rendering one page is quick; most of a page's time
    // is spent waiting on the disk (writing it, or copying it from the incremental cache on a
    // rebuild), and one at a time the build sat idle for that wait: about 3 s of a rebuild at
    // 5,000 articles. Rendering keeps no state between pages, so the order does not matter.
    concurrency: 4,
    // Stylesheets stay files, never inline <style>: the Content-Security-Policy then allows no
    // inline style at all, and the site check refuses any that appears
    // (src/hosting/reviewed-inline-code.ts).
    inlineStylesheets: 'never',
  },
  // Code blocks in a body stay plain <pre><code>: the highlighter colours them with style
  // attributes, which the body allow-list and the Content-Security-Policy both refuse.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A rebuild copies every generated page whose data and code are unchanged from Astro's cache
  // instead of rendering it again; each dynamic route returns a cacheKey covering what its
  // pages show (src/data/page-cache-key.ts). The bare build stays plain Astro.
  experimental: { incrementalBuild: !bare },
  // The portal's build stages (content check, the checks of the finished pages, one verdict,
  // headers and precompression) are one integration with its stage graph declared in
  // src/integrations/portal/stages.ts.
  integrations: bare
    ? [mdx(), editorBundleAlone()]
    : [
        portal({
          rules: editorRules(fileURLToPath(new URL('.', import.meta.url))),
          // The CMS backend variables (CMS_BACKEND, CMS_API_ROOT) name the Git host /admin/ talks to.
          gitHost: process.env.PORTAL_CMS_GIT_HOST ?? cmsGitHost(process.env),
          // A preview build (PORTAL_NOINDEX=1) tells search engines to stay away on every response.
          noindex: isNoindexBuild(),
        }),
        mdx(),
      ],
  vite: {
    build: {
      // Documents must stay files readers can download, never data: URIs (browsers refuse
      // to open a PDF from a data: link), however small they are.
      assetsInlineLimit: (file) => (/\.pdf$/i.test(file) ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module carries a harmless module-level directive notice. The editor's
          // script, whose dependencies use eval, is bundled apart (src/editor-bundle/).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
