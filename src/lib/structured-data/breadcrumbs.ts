/** BreadcrumbList for every page below the home page, matching the visible trail. */
import { absoluteUrl } from '../site-url.ts';
import type { JsonLdNode } from './types.ts';

export interface BreadcrumbStep {
  label: string;
  /** Absent for the current page, whose address is given separately. */
  href?: string;
}

/**
 * The trail starts at the home page; the last step is the current page. Every step carries
 * an absolute address (the current page's own), as search engines expect.
 */
export function breadcrumbList(homeLabel: string, steps: readonly BreadcrumbStep[], currentPath: string, site: URL | string): JsonLdNode | undefined {
  if (steps.length === 0) return undefined;
  const trail = [{ label: homeLabel, href: '/' }, ...steps];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.label,
      item: absoluteUrl(index === trail.length - 1 ? currentPath : (step.href ?? currentPath), site),
    })),
  };
}
