/** Preview of a news article: title, date line, summary, photo and body as on /berita/<slug>/. */
import { formatDateWithDay } from '../../lib/dates.ts';
import { cms } from '../../strings/cms.ts';
import { entryData, h, photo, type PreviewProps } from './elements.ts';

export function NewsPreview(props: PreviewProps) {
  const data = entryData(props);
  const date = typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? formatDateWithDay(data.date) : '';
  return h(
    'article',
    { className: 'prose container' },
    data.draft ? h('p', { className: 'example-banner' }, cms.preview.draft) : null,
    h('h1', null, data.title ?? ''),
    h('p', { className: 'meta' }, [date && `${cms.preview.published} ${date}`, data.author && `${cms.preview.by} ${data.author}`].filter(Boolean).join(' · ')),
    h('p', { className: 'lead' }, data.summary ?? ''),
    photo(props, data.image, cms.preview.noPhotoAlt),
    props.widgetFor('body'),
  );
}
