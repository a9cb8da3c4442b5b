/**
 * Writes changed data back into the YAML text it was read from, touching only the lines of
 * the values that changed. Decap (and `yaml`'s own Document.toString) re-serialise a whole
 * file: folded paragraphs are re-wrapped, quotes change, and one edit shows as a hundred
 * changed lines in the file's history. Here the original text is kept, and each change is a
 * text edit at the position `yaml` reports for the node (`range`): a changed value replaces
 * the lines of its key, a removed key or list item deletes its lines, a new one is inserted
 * after its neighbour. `yaml` keeps node positions but has no API to write one node back in
 * place, so that part is written here.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

type Plain = Record<string, unknown>;

interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Order of creation, so insertions at the same place keep their order. */
  order: number;
}

interface EditContext {
  source: string;
  edits: TextEdit[];
}

/** Thrown inside when a change cannot be written in place; the caller rewrites the enclosing node. */
class RewriteParent extends Error {}

/**
 * `source` with its values changed to `next`. `keyOrder` places keys the source does not
 * have yet (new fields go where the form shows them). A source that is not a YAML mapping
 * is written afresh.
 */
export function editYaml(source: string, next: Plain, keyOrder: readonly string[] = []): string {
  const doc = parseDocument(source);
  const text = source.endsWith('\n') || source === '' ? source : `${source}\n`;
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow || doc.contents.items.length === 0) return freshYaml(next, keyOrder);
  const context: EditContext = { source: text, edits: [] };
  editMap(context, doc.contents, next, keyOrder, false);
  return applyEdits(text, context.edits);
}

/** `data` as a new YAML text, keys in `keyOrder` first, one line per plain value. */
export function freshYaml(data: Plain, keyOrder: readonly string[] = []): string {
  const ordered: Plain = {};
  for (const key of [...keyOrder, ...Object.keys(data)]) if (data[key] !== undefined && !(key in ordered)) ordered[key] = data[key];
  return Object.keys(ordered).length ? new Document(ordered).toString({ lineWidth: 0 }) : '';
}

/**
 * Applied from the end of the text backwards, so every offset still points into the source.
 * At one offset a removal goes before an insertion (or it would remove the inserted text),
 * and insertions keep the order they were made in.
 */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function addEdit(context: EditContext, start: number, end: number, text: string): void {
  context.edits.push({ start, end, text, order: context.edits.length });
}

/**
 * Changes a block mapping's pairs. `opensItem`: the mapping starts on a "- " line of a list,
 * so its first key cannot be removed or replaced on its own without losing the dash.
 */
function editMap(context: EditContext, map: YAMLMap, next: Plain, keyOrder: readonly string[], opensItem: boolean): void {
  const pairs = map.items as Pair<Node, Node | null>[];
  const keyOf = (pair: Pair<Node, Node | null>) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  const wanted = Object.keys(next).filter((key) => next[key] !== undefined);
  const present = new Map(pairs.map((pair) => [keyOf(pair), pair]));
  const indent = columnOf(context.source, pairs[0]!.key!.range![0]);
  const guardFirst = (pair: Pair<Node, Node | null>) => {
    if (opensItem && pair === pairs[0]) throw new RewriteParent();
  };

  for (const pair of pairs) {
    if (!wanted.includes(keyOf(pair))) {
      guardFirst(pair);
      addEdit(context, lineStart(context.source, pair.key!.range![0]), pairEnd(context.source, pair), '');
    }
  }

  for (const key of wanted) {
    const pair = present.get(key);
    if (!pair) continue;
    const node = pair.value;
    const value = next[key];
    if (sameValue(node ? node.toJSON() : null, value)) continue;
    try {
      if (node && isMap(node) && !node.flow && node.items.length && isPlainObject(value) && Object.keys(value).length) {
        editMap(context, node, value, [], false);
        continue;
      }
      if (node && isSeq(node) && !node.flow && node.items.length && Array.isArray(value) && value.length) {
        editSeq(context, node, value);
        continue;
      }
    } catch (error) {
      if (!(error instanceof RewriteParent)) throw error;
      // A nested change could not be written in place: the pair is written anew below.
      dropEditsWithin(context, lineStart(context.source, pair.key!.range![0]), pairEnd(context.source, pair));
    }
    guardFirst(pair);
    addEdit(context, lineStart(context.source, pair.key!.range![0]), pairEnd(context.source, pair), renderPair(key, value, indent, node));
  }

  const order = [...keyOrder, ...wanted.filter((key) => !keyOrder.includes(key))];
  for (const key of wanted) {
    if (present.has(key)) continue;
    const anchor = previousPresent(order, key, present, wanted);
    if (anchor) {
      addEdit(context, pairEnd(context.source, anchor), pairEnd(context.source, anchor), renderPair(key, next[key], indent));
    } else {
      const first = pairs.find((pair) => wanted.includes(keyOf(pair))) ?? pairs[0]!;
      guardFirst(first);
      const at = lineStart(context.source, first.key!.range![0]);
      addEdit(context, at, at, renderPair(key, next[key], indent));
    }
  }
}

/** The nearest key before `key` (in form order) that the mapping keeps. */
function previousPresent(order: readonly string[], key: string, present: Map<string, Pair<Node, Node | null>>, wanted: readonly string[]) {
  for (let index = order.indexOf(key) - 1; index >= 0; index--) {
    const candidate = order[index]!;
    if (present.has(candidate) && wanted.includes(candidate)) return present.get(candidate);
  }
  return undefined;
}

/**
 * Changes a block list. Items are matched by value (longest common subsequence), so adding,
 * removing or moving one item touches only that item's lines; an item replaced by another at
 * the same place is edited in place when both are mappings, else rewritten.
 */
function editSeq(context: EditContext, seq: YAMLSeq, next: unknown[]): void {
  const items = seq.items as Node[];
  const old = items.map((item) => item.toJSON());
  const pairs = matchItems(old, next);
  const dash = columnOf(context.source, dashOf(context.source, items[0]!));
  let oldIndex = 0;
  let newIndex = 0;
  let lastKept: Node | undefined;
  for (const [matchedOld, matchedNew] of [...pairs, [items.length, next.length] as const]) {
    const removed = items.slice(oldIndex, matchedOld);
    const added = next.slice(newIndex, matchedNew);
    const common = Math.min(removed.length, added.length);
    for (let k = 0; k < common; k++) {
      replaceItem(context, removed[k]!, added[k], dash);
      lastKept = removed[k];
    }
    for (const item of removed.slice(common)) addEdit(context, itemStart(context.source, item), itemEnd(context.source, item), '');
    const at = lastKept ? itemEnd(context.source, lastKept) : itemStart(context.source, items[0]!);
    for (const value of added.slice(common)) addEdit(context, at, at, renderItem(value, dash));
    if (matchedOld < items.length) lastKept = items[matchedOld];
    oldIndex = matchedOld + 1;
    newIndex = matchedNew + 1;
  }
}

function replaceItem(context: EditContext, item: Node, value: unknown, dash: number): void {
  if (isMap(item) && !item.flow && item.items.length && isPlainObject(value) && Object.keys(value).length) {
    const before = context.edits.length;
    try {
      editMap(context, item, value, [], true);
      return;
    } catch (error) {
      if (!(error instanceof RewriteParent)) throw error;
      context.edits.splice(before);
    }
  }
  addEdit(context, itemStart(context.source, item), itemEnd(context.source, item), renderItem(value, dash, item));
}

/** Index pairs [old, new] of equal items, in order (longest common subsequence). */
function matchItems(old: readonly unknown[], next: readonly unknown[]): [number, number][] {
  const rows = old.length + 1;
  const cols = next.length + 1;
  const lengths = new Array<number>(rows * cols).fill(0);
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      lengths[i * cols + j] = sameValue(old[i], next[j]) ? lengths[(i + 1) * cols + j + 1]! + 1 : Math.max(lengths[(i + 1) * cols + j]!, lengths[i * cols + j + 1]!);
    }
  }
  const matched: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < next.length) {
    if (sameValue(old[i], next[j])) {
      matched.push([i, j]);
      i++;
      j++;
    } else if (lengths[(i + 1) * cols + j]! >= lengths[i * cols + j + 1]!) i++;
    else j++;
  }
  return matched;
}

function dropEditsWithin(context: EditContext, start: number, end: number): void {
  context.edits = context.edits.filter((edit) => edit.end <= start || edit.start >= end || (edit.start === end && edit.end === end));
}

/** `key: value` at `indent`, keeping the old value's quoting or block style when it was a text. */
function renderPair(key: string, value: unknown, indent: number, old?: Node | null): string {
  const doc = new Document({ [key]: value });
  const node = (doc.contents as YAMLMap).items[0]!.value as Node;
  return indentLines(doc.toString(renderOptions(keepStyle(node, old))), indent);
}

/** `- value` with its dash at `dash`. */
function renderItem(value: unknown, dash: number, old?: Node): string {
  const doc = new Document([value]);
  const node = (doc.contents as YAMLSeq).items[0] as Node;
  return indentLines(doc.toString(renderOptions(keepStyle(node, old))), dash);
}

function keepStyle(node: Node, old: Node | null | undefined): Node {
  if (old && isScalar(old) && isScalar(node) && typeof old.value === 'string' && typeof node.value === 'string' && old.type) {
    (node as Scalar).type = old.type;
  }
  return node;
}

/** Folded paragraphs stay folded at the usual width; other texts stay on one line, so a change is one line. */
function renderOptions(node: Node) {
  const folded = isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL);
  return { lineWidth: folded ? 80 : 0 };
}

function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding the character before `offset`. */
function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset - 1, 0));
  return newline === -1 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function pairEnd(text: string, pair: Pair<Node, Node | null>): number {
  const end = pair.value?.range?.[1] ?? pair.key!.range![1];
  return lineEndAfter(text, end);
}

/** Offset of the "-" that opens a list item. */
function dashOf(text: string, item: Node): number {
  return text.lastIndexOf('-', item.range![0]);
}

function itemStart(text: string, item: Node): number {
  return lineStart(text, dashOf(text, item));
}

function itemEnd(text: string, item: Node): number {
  return lineEndAfter(text, item.range![1]);
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equality of plain data (what YAML and the form hold): no library needed for JSON-like values. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
    return keysA.length === keysB.length && keysA.every((key) => sameValue(a[key], b[key]));
  }
  return false;
}
