/** Preview of the office settings: the identity and contacts every page footer shows. */
import { cms } from '../../strings/cms.ts';
import { entryData, h, listSection, texts, type PreviewProps } from './elements.ts';

export function SettingsPreview(props: PreviewProps) {
  const data = entryData(props);
  const office = data.office ?? {};
  return h(
    'article',
    { className: 'prose container' },
    h('p', { className: 'muted' }, cms.preview.settingsNote),
    h('h1', null, office.name ?? ''),
    h('p', { className: 'lead' }, office.about ?? ''),
    h('p', null, [office.street, office.city, office.province, office.postalCode].filter(Boolean).join(', ')),
    h('p', null, [office.phone, office.email].filter(Boolean).join(' · ')),
    listSection(cms.preview.area, texts(office.area)),
  );
}
