/** Forums link to the standards they reviewed, and each standard links back. */
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { expectedContent } from '../helpers/expected-content.ts';
import { builtPage } from '../helpers/html.ts';

const { forums, services } = await expectedContent();
const linksOf = (path: string) => new Set([...builtPage(path).document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')));

describe('forums and service standards', () => {
  test('the sample content has forums that reviewed standards', () => {
    expect(forums.some((forum) => forum.data.services.length > 0)).toBe(true);
  });

  test.each(forums.map((forum) => [forum.id, forum] as const))('forum %s links to every standard it reviewed', (_id, forum) => {
    const links = linksOf(routes.forum(forum.id));
    for (const serviceId of forum.data.services as string[]) expect(links, serviceId).toContain(routes.service(serviceId));
  });

  test.each(services.map((service) => [service.id, service] as const))('standard %s links back to every forum that reviewed it', (_id, service) => {
    const links = linksOf(routes.service(service.id));
    const reviewers = forums.filter((forum) => (forum.data.services as string[]).includes(service.id));
    for (const forum of reviewers) expect(links, forum.id).toContain(routes.forum(forum.id));
    const forumLinks = [...links].filter((href) => href?.startsWith('/forum/'));
    expect(forumLinks.sort()).toEqual(reviewers.map((forum) => routes.forum(forum.id)).sort());
  });
});
