/**
 * Where a draft's preview lives. Decap saves each draft of the editorial workflow on a branch
 * of its own, `cms/<collection>/<entry>`; its preview gets a name made of that (lowercase
 * letters, digits and hyphens, at most 63 characters: one DNS label, so it can be a host
 * name), a folder of its own under PORTAL_PREVIEW_TARGET, and an address from the office's
 * template PORTAL_PREVIEW_URL, e.g. https://{branch}.pratinjau.contoh.go.id/. Nothing of it can
 * reach the public site's folder or address.
 */
import { createHash } from 'node:crypto';
import { publishing as t } from '../../src/strings/publishing.ts';

const LABEL_LIMIT = 63;

export function previewName(branch: string): string {
  if (!/^cms\/./.test(branch)) throw new Error(t.preview.badBranch(branch));
  const name = branch
    .slice('cms/'.length)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (name.length <= LABEL_LIMIT && name) return name;
  // Two long drafts must not share a preview: the cut name carries a hash of the whole branch.
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 8);
  return `${name.slice(0, LABEL_LIMIT - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

const TEMPLATE = /^https?:\/\/[A-Za-z0-9.{}-]*\{branch\}[A-Za-z0-9.{}/-]*$/;

export function previewUrl(template: string, name: string): string {
  if (!TEMPLATE.test(template) || template.split('{branch}').length !== 2) throw new Error(t.preview.badTemplate(template));
  const url = template.replace('{branch}', name);
  return url.endsWith('/') ? url : `${url}/`;
}
