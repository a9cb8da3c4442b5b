/**
 * How the editor reads and writes a content file (a Decap custom format, registered per
 * collection in admin.ts). On load, the file's text travels with the entry's data under
 * SOURCE_KEY, because Decap hands a format's `toFile` the data only; on save, the changed
 * values are written into that text (edit-yaml.ts), so every line a save did not change
 * stays byte for byte, and the body below the frontmatter is kept as it was unless edited.
 * The form's parts (form-sections.ts) are opened on load and closed on save here too.
 */
import { parseDocument } from 'yaml';
import { fileToForm, formToFile, type SectionPlan } from '../form-sections.ts';
import { editYaml, freshYaml } from './edit-yaml.ts';

/** Where an entry's original text rides along in the form's data; never written to a file. */
export const SOURCE_KEY = '__sourceFile';

export interface EntryFormatOptions {
  /** MDX with YAML frontmatter (true) or a plain YAML file (false). */
  frontmatter: boolean;
  sections: readonly SectionPlan[];
  /** The file's keys in form order, for keys a save adds. */
  keyOrder: readonly string[];
  /** The data with every object's keys in schema order (new groups and list items are written so). */
  inSchemaOrder?: (data: Record<string, unknown>) => Record<string, unknown>;
}

type Data = Record<string, unknown>;

interface SplitFile {
  /** Everything up to and including the opening delimiter line. */
  open: string;
  yaml: string;
  /** The closing delimiter line. */
  close: string;
  body: string;
}

const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/;

function splitFrontmatter(text: string): SplitFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { open: match[1]!, yaml: match[2] ?? '', close: match[3]!, body: text.slice(match[0].length) };
}

function readYaml(text: string): Data {
  const doc = parseDocument(text);
  // Decap shows a file it cannot read as an error; the content check names the line.
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const data = doc.toJS() as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
}

export function entryFormat({ frontmatter, sections, keyOrder, inSchemaOrder = (data) => data }: EntryFormatOptions) {
  return {
    fromFile(content: string): Data {
      const split = frontmatter ? splitFrontmatter(content) : undefined;
      const data = fileToForm(readYaml(split ? split.yaml : content), sections);
      if (split?.body.trim()) data.body = split.body;
      data[SOURCE_KEY] = content;
      return data;
    },

    toFile(data: Data): string {
      const { [SOURCE_KEY]: source, body, ...form } = data;
      const values = inSchemaOrder(formToFile(form, sections));
      const original = typeof source === 'string' ? source : undefined;
      if (!frontmatter) return original ? editYaml(original, values, keyOrder) : freshYaml(values, keyOrder);

      const split = original === undefined ? undefined : splitFrontmatter(original);
      const yaml = split ? editYaml(split.yaml, values, keyOrder) : freshYaml(values, keyOrder);
      return `${split?.open ?? '---\n'}${yaml}${split?.close ?? '---\n'}${bodyText(typeof body === 'string' ? body : '', split?.body)}`;
    },
  };
}

/**
 * The body as edited, or exactly as it was when unchanged. The editor hands back a body
 * without the blank line files keep after the frontmatter; it is put back.
 */
function bodyText(body: string, before: string | undefined): string {
  if (before !== undefined && body === before) return before;
  if (!body.trim()) return before !== undefined && !before.trim() ? before : '';
  const lead = before?.match(/^(?:[ \t]*\r?\n)*/)?.[0] || '\n';
  const text = /^\s*\n/.test(body) ? body : lead + body;
  return text.endsWith('\n') ? text : `${text}\n`;
}
