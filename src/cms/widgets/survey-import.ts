/**
 * "Impor jawaban": the survey form's control for its results. The editor picks the answer
 * sheet (CSV or Excel .xlsx); it is read here, in the browser, never uploaded, and what was
 * understood is shown (columns, rows read, rows and answers left out with their row and
 * column, the result). Only "Pakai hasil ini" puts the aggregates into the form, and only the
 * aggregates: the sheet itself is dropped. Saving then writes them like any other field.
 */
import { Component, type ReactNode } from 'react';
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { analyzeSheetFile, type SheetAnalysis } from '../../lib/survey/sheet/analyze.ts';
import type { NumberedOrder } from '../../lib/survey/sheet/columns.ts';
import { surveyImportWidgetText as text } from '../../strings/survey-import.ts';
import { h } from '../preview/elements.ts';
import { analysisPanel, storedPanel } from './survey-import-report.ts';

export const SURVEY_IMPORT_WIDGET = 'survey-import';

/**
 * The browser's own file box speaks the browser's language ("Choose File"); it is hidden and
 * its label, in Indonesian, is the button. Focus still lands on the input and shows on the label.
 */
const FILE_BUTTON_STYLE = `
.survey-import__file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.survey-import__choose { display: inline-block; padding: 8px 16px; border: 2px solid #0b4a7d; border-radius: 4px; color: #0b4a7d; font-weight: 700; cursor: pointer; background: #fff; }
.survey-import__file:focus-visible + .survey-import__choose { outline: 3px solid #ffd233; outline-offset: 2px; }
`;

interface Pending {
  fileName: string;
  /** Kept only until the editor decides, to read the sheet again if the U8/U9 order changes. */
  bytes: ArrayBuffer;
  analysis: SheetAnalysis;
  order: NumberedOrder | undefined;
}

interface State {
  pending?: Pending | undefined;
  reading: boolean;
  applied?: string | undefined;
  failed: boolean;
}

/** Decap hands a loaded entry's group as an Immutable Map, and a value set here as plain data. */
function plain(value: unknown): unknown {
  return value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
}

export class SurveyImportControl extends Component<CmsWidgetControlProps, State> {
  override state: State = { reading: false, failed: false };

  /**
   * Decap asks before saving whether the field is valid: an import still waiting for a decision
   * must not be forgotten. Decap calls this detached from the control, hence the arrow.
   */
  readonly isValid = (): boolean | { error: { message: string } } => (this.state.pending ? { error: { message: text.pending } } : true);

  private async analyze(fileName: string, bytes: ArrayBuffer, order: NumberedOrder | undefined): Promise<void> {
    this.setState({ reading: true, failed: false, applied: undefined });
    try {
      const analysis = await analyzeSheetFile(bytes, { order });
      this.setState({ reading: false, pending: { fileName, bytes, analysis, order } });
    } catch {
      // The readers report the files they recognise as broken; anything else ends here.
      this.setState({ reading: false, pending: undefined, failed: true });
    }
  }

  private readonly choose = async (event: { currentTarget: HTMLInputElement }): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const bytes = await file.arrayBuffer();
    // The same file may be chosen again after fixing it.
    input.value = '';
    await this.analyze(file.name, bytes, undefined);
  };

  private readonly confirm = (): void => {
    const pending = this.state.pending;
    if (!pending?.analysis.results) return;
    this.props.onChange(pending.analysis.results);
    this.setState({ pending: undefined, applied: pending.fileName });
  };

  private readonly cancel = (): void => this.setState({ pending: undefined });

  private readonly changeOrder = (order: NumberedOrder): void => {
    const pending = this.state.pending;
    if (pending) void this.analyze(pending.fileName, pending.bytes, order);
  };

  override render(): ReactNode {
    const { forID } = this.props;
    const { pending, reading, applied, failed } = this.state;
    return h(
      'div',
      { className: this.props.classNameWrapper, style: { height: 'auto' } },
      h('p', { id: `${forID}-privacy`, style: { marginTop: 0 } }, text.privacy),
      h('style', null, FILE_BUTTON_STYLE),
      h('input', {
        id: forID,
        className: 'survey-import__file',
        type: 'file',
        accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'aria-describedby': `${forID}-privacy`,
        onChange: this.choose,
      }),
      h('label', { htmlFor: forID, className: 'survey-import__choose' }, text.chooseFile),
      h(
        'div',
        { role: 'status' },
        reading ? h('p', null, text.reading) : null,
        failed ? h('p', null, text.unexpected) : null,
        applied ? h('p', null, text.applied(applied)) : null,
      ),
      pending ? analysisPanel(pending.fileName, pending.analysis, pending.order, { onOrder: this.changeOrder, onConfirm: this.confirm, onCancel: this.cancel }, forID) : null,
      storedPanel(plain(this.props.value)),
    );
  }
}
