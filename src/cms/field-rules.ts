/**
 * Which of an entry's findings (validate-entry.ts) a form field shows under its label. Decap
 * already shows, per field, a missing required value, a text that does not match its pattern
 * and a list of the wrong length; a field adds only what Decap cannot know: rules across
 * fields ("Selesai harus sesudah Mulai"), values required because of another field (alt
 * text once a photo is chosen), and findings inside list items, shown at their list.
 */
import { cms } from '../strings/cms.ts';
import type { EntryIssue } from './validate-entry.ts';

export interface FieldSpot {
  /** The field's dotted path in the content file (its `schema_path`). */
  schemaPath: string;
  /** Decap treats the field as optional, so it reports no missing value itself. */
  optionalInForm: boolean;
  /** Items of a list have boxes of their own that check each item; a comma-separated list has none. */
  itemsHaveBoxes: boolean;
}

export function messagesForField(issues: readonly EntryIssue[], spot: FieldSpot): string[] {
  const own = spot.schemaPath.split('.');
  const messages: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (!own.every((part, index) => path[index] === part)) continue;
    if (path.length === own.length) {
      if (issue.acrossFields) messages.push(issue.message);
      else if (issue.missing && spot.optionalInForm) messages.push(cms.fieldRules.required(issue.labels.at(-1) ?? ''));
      continue;
    }
    // Deeper findings belong here only when they sit inside this field's list items: fields of
    // an object have their own place in the form.
    if (!/^\d+$/.test(path[own.length]!)) continue;
    if (issue.acrossFields || !spot.itemsHaveBoxes) messages.push(cms.fieldRules.inItem(issue.labels.slice(own.length).join(' › '), issue.message));
  }
  return messages;
}
