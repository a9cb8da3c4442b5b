import { describe, expect, it } from 'vitest';
import { breadcrumbList } from '../../../src/lib/structured-data/breadcrumbs.ts';
import { attendanceMode, eventStatus, forumEvent, type EventForum } from '../../../src/lib/structured-data/event.ts';
import { jsonLdGraph, serializeJsonLd } from '../../../src/lib/structured-data/graph.ts';
import { newsArticle } from '../../../src/lib/structured-data/news-article.ts';

const site = 'https://balai.example';
const organizer = { '@id': `${site}/#kantor` };
const forum: EventForum = {
  title: 'Forum Konsultasi Publik 2027',
  summary: 'Meninjau standar pelayanan.',
  status: 'scheduled',
  start: '2027-02-10T09:00',
  end: '2027-02-10T12:30',
  previousStart: undefined,
  mode: 'hybrid',
  venue: { name: 'Aula', address: 'Jalan Contoh 1', accessibility: 'Lantai dasar.', mapUrl: undefined },
  onlineLink: 'https://rapat.example/fkp',
  invited: ['Pelaku usaha'],
};
const build = (overrides: Partial<EventForum>, zone: 'WIB' | 'WITA' = 'WIB') =>
  forumEvent({ forum: { ...forum, ...overrides }, moment: { shown: overrides.status ?? forum.status, offersJoining: true }, url: `${site}/forum/x/`, zone, region: 'Bengkulu', images: [], organizer });

describe('Event', () => {
  it('maps every forum status to a schema.org event status', () => {
    expect(eventStatus('postponed')).toBe('https://schema.org/EventPostponed');
    expect(eventStatus('rescheduled')).toBe('https://schema.org/EventRescheduled');
    expect(eventStatus('cancelled')).toBe('https://schema.org/EventCancelled');
    expect(eventStatus('moved-online')).toBe('https://schema.org/EventMovedOnline');
    expect(eventStatus('held')).toBe('https://schema.org/EventScheduled');
  });

  it('writes times with the office offset and keeps the previous start of a rescheduled forum', () => {
    const node = build({ status: 'rescheduled', previousStart: '2027-02-03T09:00' }, 'WITA');
    expect(node['startDate']).toBe('2027-02-10T09:00:00+08:00');
    expect(node['endDate']).toBe('2027-02-10T12:30:00+08:00');
    expect(node['previousStartDate']).toBe('2027-02-03T09:00:00+08:00');
  });

  it('gives a hybrid forum a place and a virtual location, and a forum moved online only the link', () => {
    expect((build({})['location'] as { '@type': string }[]).map((location) => location['@type'])).toEqual(['Place', 'VirtualLocation']);
    const moved = build({ status: 'moved-online', mode: 'in-person' });
    expect(moved['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://rapat.example/fkp' });
    expect(moved['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(attendanceMode({ mode: 'in-person', status: 'scheduled' })).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect((build({ mode: 'in-person' })['location'] as { address: { streetAddress: string } }).address.streetAddress).toBe('Jalan Contoh 1');
  });
});

describe('NewsArticle', () => {
  it('dates the article in the office zone and falls back to the publish date when not updated', () => {
    const node = newsArticle({
      url: `${site}/berita/x/`, headline: 'Judul', description: 'Ringkasan', date: '2025-02-10', updated: undefined,
      author: 'Tim Infokom', tags: [], images: [{ url: `${site}/a.jpg`, width: 1200, height: 675 }], publisher: organizer, zone: 'WIT',
    });
    expect(node['datePublished']).toBe('2025-02-10T00:00:00+09:00');
    expect(node['dateModified']).toBe('2025-02-10T00:00:00+09:00');
    expect(node['publisher']).toEqual(organizer);
  });
});

describe('BreadcrumbList and graph', () => {
  it('starts at the home page and ends at the current page, with absolute addresses', () => {
    const node = breadcrumbList('Beranda', [{ label: 'Berita', href: '/berita/' }, { label: 'Judul' }], '/berita/x/', site)!;
    expect(node['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Berita', item: `${site}/berita/` },
      { '@type': 'ListItem', position: 3, name: 'Judul', item: `${site}/berita/x/` },
    ]);
    expect(breadcrumbList('Beranda', [], '/', site)).toBeUndefined();
  });

  it('cannot close its script tag, whatever the content says', () => {
    const text = serializeJsonLd(jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
