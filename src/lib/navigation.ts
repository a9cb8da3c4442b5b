/** The main navigation, in the order readers look for things. */
import { routes } from './routes.ts';
import { id as t } from '../strings/id.ts';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNavigation: readonly NavItem[] = [
  { href: routes.home, label: t.nav.home },
  { href: routes.services, label: t.nav.services },
  { href: routes.complaints, label: t.nav.complaints },
  { href: routes.news, label: t.nav.news },
  { href: routes.forums, label: t.nav.forums },
  { href: routes.survey, label: t.nav.survey },
  { href: routes.inclusive, label: t.nav.inclusive },
  { href: routes.profile, label: t.nav.profile },
];

/** True when `path` is the item's page or below it (the home page only matches itself). */
export function isCurrentSection(itemHref: string, path: string): boolean {
  if (itemHref === '/') return path === '/';
  return path === itemHref || path.startsWith(itemHref);
}
