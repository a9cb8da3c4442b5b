/** Preview of a satisfaction survey period: the nine element means and the computed index. */
import { ikmResult } from '../../lib/ikm.ts';
import { formatNumber } from '../../lib/numbers.ts';
import { IKM_ELEMENTS, IKM_ELEMENT_KEYS } from '../../schema/index.ts';
import { cms } from '../../strings/cms.ts';
import { entryData, h, type PreviewProps } from './elements.ts';

export function SurveyPreview(props: PreviewProps) {
  const data = entryData(props);
  const means = IKM_ELEMENT_KEYS.map((key) => Number(data.elements?.[key]));
  const complete = means.every((mean) => Number.isFinite(mean) && mean >= 1 && mean <= 4);
  const result = complete ? ikmResult(means) : undefined;
  return h(
    'article',
    { className: 'prose container' },
    h('h1', null, data.title ?? ''),
    h('p', { className: 'meta' }, `${cms.preview.period}: ${data.start ?? ''} – ${data.end ?? ''} · ${cms.preview.respondents}: ${data.respondents ?? ''}`),
    result ? h('p', { className: 'lead' }, `IKM ${formatNumber(result.index, 2)} (${result.grade}, ${result.label})`) : null,
    h(
      'table',
      null,
      h('caption', null, cms.preview.elements),
      h('tbody', null, ...IKM_ELEMENT_KEYS.map((key, index) => h('tr', { key }, h('th', { scope: 'row' }, IKM_ELEMENTS[key]), h('td', null, Number.isFinite(means[index]) ? formatNumber(means[index]!, 2) : '')))),
    ),
  );
}
