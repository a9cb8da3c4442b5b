/** Preview of a service standard: what a member of the public reads first on /layanan/<slug>/. */
import { formatDuration } from '../../lib/durations.ts';
import { formatRupiah } from '../../lib/numbers.ts';
import { COST_KINDS, TIME_UNITS, type TimeUnit } from '../../schema/index.ts';
import { cms } from '../../strings/cms.ts';
import { entryData, h, listSection, texts, type PreviewProps } from './elements.ts';

export function ServicePreview(props: PreviewProps) {
  const data = entryData(props);
  const time = data.timeLimit?.amount && data.timeLimit.unit in TIME_UNITS ? formatDuration(data.timeLimit.amount, data.timeLimit.unit as TimeUnit) : '';
  const tariffs: { item?: string; amount?: number; per?: string }[] = Array.isArray(data.cost?.tariffs) ? data.cost.tariffs : [];
  const cost = data.cost?.kind === 'tariff'
    ? tariffs.map((tariff) => `${tariff.item ?? ''}: ${typeof tariff.amount === 'number' ? formatRupiah(tariff.amount) : ''}${tariff.per ? ` / ${tariff.per}` : ''}`)
    : [COST_KINDS.free];
  return h(
    'article',
    { className: 'prose container' },
    h('h1', null, data.title ?? ''),
    h('p', { className: 'lead' }, data.summary ?? ''),
    listSection(cms.preview.requirements, texts(data.requirements)),
    listSection(cms.preview.procedure, texts(data.procedure), true),
    time ? h('section', null, h('h2', null, cms.preview.timeLimit), h('p', null, [time, data.timeLimit?.note].filter(Boolean).join(', '))) : null,
    listSection(cms.preview.cost, cost),
    listSection(cms.preview.products, texts(data.products)),
    props.widgetFor('body'),
  );
}
