/**
 * Preview of a satisfaction survey period: the computed index and grade, the sample adequacy
 * for the population typed, and the nine element means, the way the public page computes them.
 */
import { formatNumber } from '../../lib/numbers.ts';
import { surveyReport } from '../../lib/survey/report.ts';
import { IKM_ELEMENTS, IKM_ELEMENT_KEYS, surveyResultsSchema } from '../../schema/index.ts';
import { cms } from '../../strings/cms.ts';
import { surveyText } from '../../strings/survey.ts';
import { entryData, h, type PreviewProps } from './elements.ts';

export function SurveyPreview(props: PreviewProps) {
  const data = entryData(props);
  const parsed = surveyResultsSchema().safeParse(data.results);
  const population = Number.isInteger(data.population) && data.population > 0 ? (data.population as number) : undefined;
  const report = parsed.success ? surveyReport({ results: parsed.data, population }) : undefined;
  const sample = report?.sample;
  const means = IKM_ELEMENT_KEYS.map((key) => Number(data.results?.elements?.[key]));
  return h(
    'article',
    { className: 'prose container' },
    h('h1', null, data.title ?? ''),
    h('p', { className: 'meta' }, `${cms.preview.period}: ${data.start ?? ''} – ${data.end ?? ''} · ${cms.preview.respondents}: ${data.results?.respondents ?? ''}`),
    report ? h('p', { className: 'lead' }, `IKM ${formatNumber(report.result.index, 2)} (${report.result.grade}, ${report.result.label})`) : null,
    sample
      ? h(
          'p',
          null,
          sample.enough
            ? surveyText.page.sampleEnough(formatNumber(sample.respondents), formatNumber(sample.population), formatNumber(sample.minimum))
            : surveyText.page.sampleShort(formatNumber(sample.respondents), formatNumber(sample.population), formatNumber(sample.minimum), formatNumber(sample.shortfall)),
        )
      : null,
    h(
      'table',
      null,
      h('caption', null, cms.preview.elements),
      h('tbody', null, ...IKM_ELEMENT_KEYS.map((key, index) => h('tr', { key }, h('th', { scope: 'row' }, IKM_ELEMENTS[key]), h('td', null, Number.isFinite(means[index]) ? formatNumber(means[index]!, 2) : '')))),
    ),
  );
}
