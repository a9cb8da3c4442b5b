/**
 * What the "Impor jawaban" control shows: the analysis of a chosen answer sheet (columns
 * understood, rows read and left out, problems with their row and column, the result it would
 * give) and the results already in the form. Written with createElement, as the previews are.
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../lib/numbers.ts';
import { surveyReport } from '../../lib/survey/report.ts';
import type { SheetAnalysis } from '../../lib/survey/sheet/analyze.ts';
import type { NumberedOrder } from '../../lib/survey/sheet/columns.ts';
import { excludedAnswers, rejectedRows, roleText } from '../../lib/survey/sheet/report-lines.ts';
import { IKM_ELEMENT_KEYS, IKM_ELEMENTS, PROFILE_QUESTIONS, surveyResultsSchema, type SurveyResults } from '../../schema/index.ts';
import { surveyImportText, surveyImportWidgetText as text } from '../../strings/survey-import.ts';
import { h } from '../preview/elements.ts';

const box = { border: '1px solid #b6bfca', borderRadius: '4px', padding: '12px 16px', margin: '12px 0', background: '#fff' };
const alert = { ...box, borderColor: '#a3161a', borderLeftWidth: '6px' };
const scroll = { maxHeight: '16rem', overflowY: 'auto' as const };
const cell = { textAlign: 'left' as const, padding: '2px 12px 2px 0', verticalAlign: 'top' as const };

function definitionList(items: [string, string | number][]): ReactNode {
  return h('dl', { style: { display: 'grid', gridTemplateColumns: 'max-content auto', gap: '2px 16px', margin: '8px 0' } }, ...items.flatMap(([term, value], index) => [h('dt', { key: `t${index}` }, term), h('dd', { key: `d${index}`, style: { margin: 0 } }, String(value))]));
}

function resultLine(results: SurveyResults): string {
  const report = surveyReport({ results, population: undefined });
  return text.result(formatNumber(report.result.index, 2), report.result.grade, report.result.label, formatNumber(results.respondents));
}

function meansTable(results: SurveyResults, caption: string): ReactNode {
  return h(
    'table',
    { style: { borderCollapse: 'collapse', margin: '8px 0' } },
    h('caption', { style: { textAlign: 'left', fontWeight: 700 } }, caption),
    h(
      'tbody',
      null,
      ...IKM_ELEMENT_KEYS.map((key) =>
        h('tr', { key }, h('th', { scope: 'row', style: cell }, IKM_ELEMENTS[key]), h('td', { style: { ...cell, textAlign: 'right' } }, formatNumber(results.elements[key], 2))),
      ),
    ),
  );
}

export interface ReportActions {
  onOrder: (order: NumberedOrder) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The chosen sheet as understood, with the buttons to use it or not. */
export function analysisPanel(fileName: string, analysis: SheetAnalysis, order: NumberedOrder | undefined, actions: ReportActions, idPrefix: string): ReactNode {
  const { summary } = surveyImportText;
  const headingId = `${idPrefix}-report`;
  return h(
    'section',
    { 'aria-labelledby': headingId, style: box },
    h('h3', { id: headingId, style: { marginTop: 0 } }, text.fileHeading(fileName)),
    definitionList([
      ...(analysis.headerRow !== undefined ? [[summary.headerRow, analysis.headerRow] as [string, number]] : []),
      [summary.rowsRead, analysis.rowsRead],
      [summary.respondents, analysis.respondents],
      [summary.rowsRejected, rejectedRows(analysis)],
      [summary.answersExcluded, excludedAnswers(analysis)],
    ]),
    analysis.hasNumberedU8U9
      ? h(
          'fieldset',
          { style: { border: '1px solid #b6bfca', margin: '8px 0' } },
          h('legend', null, surveyImportText.orders.legend),
          ...(['elements-list', 'questionnaire'] as const).map((value) =>
            h(
              'label',
              { key: value, style: { display: 'block' } },
              h('input', { type: 'radio', name: `${idPrefix}-order`, value, checked: order === value, onChange: () => actions.onOrder(value) }),
              ` ${surveyImportText.orders[value]}`,
            ),
          ),
        )
      : null,
    analysis.blocking.length
      ? h(
          'div',
          { role: 'alert', style: alert },
          h('h4', { style: { marginTop: 0 } }, text.blockingHeading),
          h('ul', null, ...analysis.blocking.map((problem, index) => h('li', { key: index }, surveyImportText.blocking(problem)))),
        )
      : null,
    analysis.columns.some((column) => column.header)
      ? h(
          'details',
          null,
          h('summary', null, text.columnsHeading),
          h(
            'table',
            { style: { borderCollapse: 'collapse' } },
            h('thead', null, h('tr', null, h('th', { style: cell }, text.columnHeaders.letter), h('th', { style: cell }, text.columnHeaders.header), h('th', { style: cell }, text.columnHeaders.role))),
            h(
              'tbody',
              null,
              ...analysis.columns
                .filter((column) => column.header)
                .map((column) => h('tr', { key: column.letter }, h('td', { style: cell }, column.letter), h('td', { style: cell }, column.header), h('td', { style: cell }, roleText(column)))),
            ),
          ),
        )
      : null,
    analysis.rowProblems.length
      ? h(
          'details',
          { open: true },
          h('summary', null, text.rowProblemsHeading(analysis.rowProblems.length)),
          h('ul', { style: scroll, tabIndex: 0 }, ...analysis.rowProblems.map((problem, index) => h('li', { key: index }, surveyImportText.row(problem)))),
        )
      : null,
    analysis.notices.length
      ? h('div', null, h('h4', null, text.noticesHeading), h('ul', null, ...analysis.notices.map((notice, index) => h('li', { key: index }, surveyImportText.notice(notice)))))
      : null,
    analysis.results ? h('p', null, h('strong', null, `${text.resultHeading}: `), resultLine(analysis.results)) : null,
    analysis.results ? meansTable(analysis.results, text.meansCaption) : null,
    h(
      'p',
      { style: { display: 'flex', gap: '12px', flexWrap: 'wrap' } },
      analysis.results ? h('button', { type: 'button', onClick: actions.onConfirm }, text.confirm) : null,
      h('button', { type: 'button', onClick: actions.onCancel }, text.cancel),
    ),
  );
}

/** The results the form holds now (imported earlier, or loaded from the file). */
export function storedPanel(value: unknown): ReactNode {
  const parsed = surveyResultsSchema().safeParse(value);
  if (!parsed.success) return h('p', null, text.empty);
  const results = parsed.data;
  const profile = Object.keys(results.profile ?? {}) as (keyof typeof PROFILE_QUESTIONS)[];
  return h(
    'div',
    { style: box },
    h('p', { style: { marginTop: 0 } }, h('strong', null, `${text.storedHeading}: `), resultLine(results)),
    meansTable(results, text.meansCaption),
    results.services?.length ? h('p', null, text.storedServices(results.services.map((service) => `${service.name} (${service.respondents})`).join('; '))) : null,
    profile.length ? h('p', null, text.storedProfile(profile.map((question) => PROFILE_QUESTIONS[question]).join(', '))) : null,
  );
}
