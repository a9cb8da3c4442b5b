/** Preview of a service standard: what a member of the public reads first on /layanan/<slug>/. */
import type { ReactNode } from 'react';
import { formatDuration } from '../../lib/durations.ts';
import { formatRupiah } from '../../lib/numbers.ts';
import { COST_KINDS, TIME_UNITS, type TimeUnit } from '../../schema/index.ts';
import { cms } from '../../strings/cms.ts';
import { id as site } from '../../strings/id.ts';
import { entrySections } from '../entry-schemas.ts';
import { formToFile } from '../form-sections.ts';
import { entryData, h, listSection, texts, type PreviewProps } from './elements.ts';

/** Lines for every case, then one titled list per case, as the page shows them (ServiceLinesByCase.astro). */
function linesByCase(heading: string, general: unknown, byCase: unknown, ordered: boolean): ReactNode {
  const tag = ordered ? 'ol' : 'ul';
  const list = (items: string[]) => h(tag, ordered ? { className: 'steps' } : null, ...items.map((item, index) => h('li', { key: index }, item)));
  const cases = (Array.isArray(byCase) ? byCase : []).filter((group): group is { case?: string; items?: unknown } => typeof group === 'object' && group !== null);
  const lines = texts(general);
  if (!lines.length && !cases.length) return null;
  return h(
    'section',
    null,
    h('h2', null, heading),
    lines.length && cases.length ? h('h3', null, site.services.forEveryCase) : null,
    lines.length ? list(lines) : null,
    ...cases.map((group, index) => h('section', { key: index, className: 'case-group' }, h('h3', null, group.case ?? ''), list(texts(group.items)))),
  );
}

export function ServicePreview(props: PreviewProps) {
  const data = formToFile(entryData(props), entrySections('services')) as Record<string, any>;
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
    linesByCase(cms.preview.requirements, data.requirements, data.requirementsByCase, false),
    linesByCase(cms.preview.procedure, data.procedure, data.procedureByCase, true),
    time ? h('section', null, h('h2', null, cms.preview.timeLimit), h('p', null, [time, data.timeLimit?.note].filter(Boolean).join(', '))) : null,
    listSection(cms.preview.cost, cost),
    listSection(cms.preview.products, texts(data.products)),
    props.widgetFor('body'),
  );
}
