/**
 * Puts the rule-checking wrapper (rule-checked-control.ts) around every widget the portal's
 * forms use, under the widget's own name, so fields generated from the schema (and fields
 * Decap draws inside lists and groups) get it without naming a custom widget.
 */
import CMS from 'decap-cms-app';
import type { Widget } from '../../schema/fields.ts';
import { ruleCheckedControl, type FieldMessages } from './rule-checked-control.ts';

/** Decap's widgets behind the schema's widget names ('date' is Decap's datetime). */
const DECAP_WIDGETS: readonly string[] = ['string', 'text', 'markdown', 'number', 'boolean', 'select', 'datetime', 'image', 'file', 'list', 'object', 'relation'] satisfies (Widget | 'datetime')[];

interface RegisteredWidget {
  control: unknown;
  preview?: unknown;
  schema?: unknown;
  globalStyles?: unknown;
  allowMapValue?: boolean;
  [option: string]: unknown;
}

/** `ownWidgets`: the portal's own widgets, registered before this is called. */
export function registerRuleCheckedWidgets(fieldMessages: FieldMessages, ownWidgets: readonly string[] = []): void {
  for (const name of [...DECAP_WIDGETS, ...ownWidgets]) {
    const widget = CMS.getWidget(name) as RegisteredWidget | undefined;
    if (!widget) throw new Error(`Widget "${name}" belum terdaftar di Decap; daftarkan sebelum registerRuleCheckedWidgets.`);
    const { control, preview, ...options } = widget;
    CMS.registerWidget({
      ...options,
      name,
      controlComponent: ruleCheckedControl(control as never, fieldMessages) as never,
      previewComponent: preview as never,
    });
  }
}
