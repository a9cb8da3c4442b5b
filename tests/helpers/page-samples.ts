/**
 * The pages of the last build, all of them or one per route template. A template is told
 * apart by its first path segment and its depth ("/layanan/x/" and "/layanan/y/" share one),
 * which is how the portal's routes are laid out.
 */
import { listBuiltPages } from '../../src/integrations/accessibility/built-pages.ts';
import type { BuiltPage } from '../../src/integrations/accessibility/types.ts';
import { distDir } from './paths.ts';

export function allBuiltPages(): BuiltPage[] {
  return listBuiltPages(distDir).filter((page) => !page.path.startsWith('/admin/'));
}

function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return `${segments[0] ?? ''}/${segments.length}`;
}

export function onePagePerTemplate(): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const page of allBuiltPages()) if (!seen.has(templateOf(page.path))) seen.set(templateOf(page.path), page);
  return [...seen.values()];
}
