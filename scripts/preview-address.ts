/**
 * Prints where this draft's preview goes, as shell variable assignments the pipelines read
 * (`eval "$(node scripts/preview-address.ts)"`): PREVIEW_NAME, PREVIEW_URL (from the template
 * PORTAL_PREVIEW_URL) and PREVIEW_TARGET (PORTAL_PREVIEW_TARGET/<name>, for npm run deploy).
 * The branch is the pipeline's (GITHUB_REF_NAME, CI_COMMIT_REF_NAME) or the first argument.
 * Every value is made of allow-listed characters only (scripts/publish/preview-address.ts).
 */
import { publishing as t } from '../src/strings/publishing.ts';
import { previewName, previewUrl } from './publish/preview-address.ts';
import { parseTarget, targetLabel } from './deploy/target.ts';

try {
  const branch = process.argv[2] ?? process.env.GITHUB_REF_NAME ?? process.env.CI_COMMIT_REF_NAME ?? '';
  const name = previewName(branch);
  const url = previewUrl(process.env.PORTAL_PREVIEW_URL ?? '', name);
  const lines = [`PREVIEW_NAME=${name}`, `PREVIEW_URL=${url}`];
  const target = process.env.PORTAL_PREVIEW_TARGET?.trim();
  if (target) lines.push(`PREVIEW_TARGET=${targetLabel(parseTarget(`${target.replace(/\/+$/, '')}/${name}`))}`);
  console.log(lines.join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : t.preview.badBranch(''));
  process.exit(1);
}
