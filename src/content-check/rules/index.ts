/** Rules that keep what editors write content, not code, and uploads within their limits. */
import type { EntryRule } from '../check-content.ts';
import { bodyMedia } from './body-media.ts';
import { mdxSafety } from './mdx-safety.ts';
import { mediaLimits } from './media-limits.ts';

export function editorRules(root: string): EntryRule[] {
  return [mdxSafety(), mediaLimits(root), bodyMedia(root)];
}
