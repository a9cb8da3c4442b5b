/** Preview of a public consultation forum: status, when, where, agenda, as on /forum/<slug>/. */
import { formatDateTimeRange } from '../../lib/dates.ts';
import type { ZoneName } from '../../lib/time-zones.ts';
import { FORUM_MODES, FORUM_STATUSES, type ForumMode, type ForumStatus } from '../../schema/index.ts';
import { cms } from '../../strings/cms.ts';
import { entryData, h, listSection, photo, texts, type PreviewProps } from './elements.ts';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function forumPreview(timeZone: ZoneName) {
  return function ForumPreview(props: PreviewProps) {
    const data = entryData(props);
    const when = LOCAL_DATE_TIME.test(data.start ?? '') && LOCAL_DATE_TIME.test(data.end ?? '') ? formatDateTimeRange(data.start, data.end, timeZone) : '';
    const rows: [string, string | undefined][] = [
      [cms.preview.status, FORUM_STATUSES[data.status as ForumStatus]],
      [cms.preview.schedule, when],
      [cms.preview.venue, data.venue?.name ? `${data.venue.name}, ${data.venue.address ?? ''}` : FORUM_MODES[data.mode as ForumMode]],
      [cms.preview.online, data.onlineLink],
    ];
    const agenda: { time?: string; item?: string }[] = Array.isArray(data.agenda) ? data.agenda : [];
    return h(
      'article',
      { className: 'prose container' },
      h('h1', null, data.title ?? ''),
      h('p', { className: 'lead' }, data.summary ?? ''),
      data.statusNote ? h('p', { className: 'example-banner' }, data.statusNote) : null,
      h('dl', { className: 'summary-list' }, ...rows.filter(([, value]) => value).flatMap(([term, value]) => [h('dt', { key: `${term}-t` }, term), h('dd', { key: `${term}-d` }, value)])),
      photo(props, data.image, cms.preview.noPhotoAlt),
      props.widgetFor('body'),
      listSection(cms.preview.agenda, agenda.map((row) => [row.time, row.item].filter(Boolean).join(' '))),
      listSection(cms.preview.invited, texts(data.invited)),
      data.participation ? h('section', null, h('h2', null, cms.preview.participation), h('p', null, data.participation)) : null,
    );
  };
}
