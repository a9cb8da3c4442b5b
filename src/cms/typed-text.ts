/**
 * What an editor types in the rich-text mode is what readers read. Bodies are saved as
 * Markdown in .mdx files, where `<` and `{` start code, `*`, `_`, `` ` ``, `[` and `~` format,
 * and `#`, `>`, `-`, `+`, `=` or "1." at the start of a line make headings, quotes and lists.
 * Decap's rich-text editor writes typed text into the file as it is, after escaping only some
 * Markdown signs in some positions, so "nilai < 3" and "kode {ABC}" stop the build and "a *b* c"
 * can turn bold. This plugin, registered with Decap (CMS.registerRemarkPlugin), runs when Decap
 * turns the rich text into Markdown and puts a backslash before every sign that would be read as
 * anything but text: CommonMark and MDX both read `\<` as "<", `\{` as "{", and so on.
 *
 * Consequence, by design: in the rich-text mode everything is text. HTML written in the
 * Markdown mode shows in the rich-text mode as text, and saving from the rich-text mode keeps
 * it as text; HTML is written, and kept, in the Markdown mode.
 *
 * Why hand-written: Decap exposes only remark plugins, and hands them text it has already
 * partly escaped (it puts a backslash before `*`, `_`, `~`, `` ` ``, `[` anywhere and before
 * `-`, `#`, `>`, `=`, `|` at the start of a block). No library escapes text that is already
 * partly escaped, and Decap's remark (remark-stringify 6) is not one whose escaping can be
 * extended.
 */

/** Signs Decap itself may put a backslash before, anywhere in a text. */
const ESCAPED_BY_DECAP = new Set(['*', '_', '~', '`', '[']);
/** Signs Decap may put a backslash before at the start of a block's first text. */
const ESCAPED_BY_DECAP_AT_START = new Set(['-', '#', '>', '=', '|', '*', ' ', '`']);
/** Signs that can start code, formatting, a link, a table cell or an HTML tag anywhere in a line. */
const ACTIVE_ANYWHERE = new Set(['<', '{', '}', '*', '_', '`', '[', ']', '~', '|']);
/** Signs that make a heading, a quote, a list or a heading underline at the start of a line. */
const ACTIVE_AT_LINE_START = new Set(['#', '>', '-', '+', '=']);
/** A character reference, which Markdown turns into the character it names ("&amp;" into "&"). */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** An ordered-list marker: "2024. Tahun" would start a list numbered 2024. */
const ORDERED_MARKER = /^[0-9]{1,9}[.)]/;
/**
 * A web address as GFM turns it into a link by itself ("https://…", "www.…" with a domain of at
 * least two parts, up to a space or "<"). Inside such an address Markdown reads no escapes: a
 * backslash would become part of the address and of the text shown.
 */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)(?:[A-Za-z0-9_-]+\.)*[A-Za-z0-9-]+\.[A-Za-z0-9-]+[^\s<]*/;
/** Characters of an address that are plain text inside a GFM link, so the address can stay as typed. */
const PLAIN_IN_ADDRESS = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;

export interface TypedTextPosition {
  /** The text starts a line (a block's first text, or the text after a line break). */
  atLineStart: boolean;
  /** The text is the first of its block, where Decap escapes the signs of ESCAPED_BY_DECAP_AT_START. */
  firstInBlock: boolean;
}

/**
 * Text as typed, after Decap's own escaping, written so that Markdown and MDX read it back as
 * the same text. A backslash Decap put before one of its signs stays, as the escape it is; any
 * other backslash was typed and is doubled. A backslash typed just before one of Decap's signs
 * cannot be told from Decap's and is read as an escape: that backslash alone is not shown.
 */
export function escapeTypedText(value: string, position: TypedTextPosition): string {
  let out = '';
  let lineStart = position.atLineStart;
  for (let index = 0; index < value.length; index++) {
    const char = value[index] ?? '';
    const next = value[index + 1];
    if (char === '\\') {
      const decapEscape = next !== undefined && (ESCAPED_BY_DECAP.has(next) || (index === 0 && position.firstInBlock && ESCAPED_BY_DECAP_AT_START.has(next)));
      out += decapEscape ? `\\${next}` : '\\\\';
      if (decapEscape) index++;
      lineStart = false;
      continue;
    }
    if (char === '\n') {
      out += char;
      lineStart = true;
      continue;
    }
    const addressStart = /^(?:https?:\/\/|www\.)/i.exec(value.slice(index));
    if (addressStart) {
      lineStart = false;
      // An address of plain characters, after a space and not before a "<", stays as typed and
      // becomes a link, as before. Any other is kept from becoming a link (a backslash before
      // its ":" or first "."), so each sign in it is escaped like any other text.
      const address = index === 0 || /[\s(]/.test(value[index - 1] ?? '') ? WEB_ADDRESS.exec(value.slice(index)) : null;
      // A "<" right after the address would need a backslash, which the link would take in.
      if (address && PLAIN_IN_ADDRESS.test(address[0]) && value[index + address[0].length] !== '<') {
        out += address[0];
        index += address[0].length - 1;
      } else {
        const breakAt = addressStart[0].length - (addressStart[0].endsWith('.') ? 1 : 3);
        out += `${value.slice(index, index + breakAt)}\\${value[index + breakAt]}`;
        index += breakAt;
      }
      continue;
    }
    if (lineStart && (char === ' ' || char === '\t')) {
      out += char;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const ordered = ORDERED_MARKER.exec(value.slice(index));
      if (ordered) {
        out += `${ordered[0].slice(0, -1)}\\${ordered[0].slice(-1)}`;
        index += ordered[0].length - 1;
        continue;
      }
      if (ACTIVE_AT_LINE_START.has(char)) {
        out += `\\${char}`;
        continue;
      }
    }
    const active = ACTIVE_ANYWHERE.has(char) || (char === '&' && CHARACTER_REFERENCE.test(value.slice(index)));
    out += active ? `\\${char}` : char;
  }
  return out;
}

interface MdastNode {
  type: string;
  value?: string;
  data?: { shortcode?: unknown };
  children?: MdastNode[];
}

/**
 * Escapes every text of a Markdown tree Decap is about to write. Text reaches the plugin as
 * `text` or `html` nodes: Decap stores all rich text as `html` nodes so remark writes it as is.
 * Editor components (photos, documents) are left alone: they write their own Markdown.
 */
export function escapeTypedTree(tree: MdastNode): void {
  const pending: MdastNode[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const children = node.children ?? [];
    children.forEach((child, index) => {
      if (child.data?.shortcode !== undefined) return;
      if ((child.type === 'text' || child.type === 'html') && typeof child.value === 'string') {
        const atLineStart = index === 0 || children[index - 1]?.type === 'break';
        child.value = escapeTypedText(child.value, { atLineStart, firstInBlock: index === 0 });
      }
      pending.push(child);
    });
  }
}

/**
 * The remark plugin for CMS.registerRemarkPlugin. Decap uses its remark plugins both to read
 * Markdown into the editor and to write it; only the writing has a compiler, and only the
 * writing is escaped.
 */
export function typedTextStaysText(this: { Compiler?: unknown }) {
  if (!this.Compiler) return undefined;
  return (tree: MdastNode) => {
    escapeTypedTree(tree);
    return tree;
  };
}
