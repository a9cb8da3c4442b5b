/**
 * What the HTML of an article body may contain: the one list both defences use. The content
 * check refuses a body holding anything outside it (src/content-check/rules/body-html.ts), and
 * the build passes every rendered body through an allow-list sanitiser configured with it
 * (src/lib/body-html/sanitize.ts), so a body that slipped past the check is still inert.
 *
 * Written as a hast-util-sanitize schema, the sanitiser's own format, so the list is read by a
 * kept library rather than by code of ours. Property names are hast's (className, ariaLabel).
 *
 * What is here: what the Markdown renderer produces (paragraphs, headings with their anchors,
 * lists and task lists, quotes, code, tables, footnotes, images) and the few HTML elements
 * editors really need (abbr, sub/sup, mark, kbd, small, dl, figure). What is not: scripts,
 * styles, frames, forms, embedded objects, SVG and MathML, <base>, <meta>, <link>, event
 * handlers, style attributes, and any link other than https:, http:, mailto:, tel: or the
 * site's own addresses.
 */
import type { Schema } from 'hast-util-sanitize';

/** Link schemes a reader may follow from a body; addresses without a scheme stay on the site. */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto', 'tel'] as const;

/**
 * An image in a body must be a file of the site: no scheme (so no data:, no remote host, which
 * would also be a third-party request) and no "//host" or "\\host" shorthand for one.
 */
export const SITE_FILE_ADDRESS = /^(?![a-z][a-z\d+.-]*:)(?![\\/]{2})/i;

/**
 * The attribute the Markdown renderer puts on a body image for Astro to resolve at render
 * (parsed HTML lowercases it). Its value is JSON of the image's attributes; the sanitiser keeps
 * only IMAGE_MARKER_KEYS of it.
 */
export const IMAGE_MARKER_PROPERTY = '__astro_image_';
export const IMAGE_MARKER_KEYS = ['src', 'alt', 'title', 'index'] as const;

/**
 * Characters a body's text may not hold: controls other than tab and line breaks, and the
 * Unicode direction overrides and isolates, which can make "exe.pdf" read as "fdp.exe".
 */
export const FORBIDDEN_TEXT_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** GFM table alignment, which the renderer writes as a style attribute, becomes one of these classes. */
export const ALIGN_CLASSES = ['align-left', 'align-center', 'align-right'] as const;

const heading = ['id'];
const cell: NonNullable<Schema['attributes']>[string] = [['className', ...ALIGN_CLASSES], 'colSpan', 'rowSpan'];

export const BODY_HTML_SCHEMA: Schema = {
  allowComments: false,
  allowDoctypes: false,
  // Only the renderer's own ids (heading anchors, footnotes) are expected; they stay as written
  // so links to #anchors keep working.
  clobber: [],
  clobberPrefix: '',
  // Context-free on purpose: the content check asks the sanitiser about one element at a time.
  ancestors: {},
  // Elements whose text must go with them: what is inside is code or a page of its own.
  strip: ['script', 'style', 'template', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'textarea', 'title', 'svg', 'math', 'object'],
  tagNames: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6',
    'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'kbd', 'q', 'cite', 'span',
    'a', 'img',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input',
    'blockquote', 'pre', 'code',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'figure', 'figcaption', 'section', 'div',
  ],
  attributes: {
    a: [
      'href',
      'title',
      // Footnote references and back-links, as the renderer writes them.
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: [['src', SITE_FILE_ADDRESS], 'alt', 'title', 'width', 'height', IMAGE_MARKER_PROPERTY],
    abbr: ['title'],
    q: ['cite'],
    blockquote: ['cite'],
    ol: ['start', 'reversed'],
    li: ['id', ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    code: [['className', /^language-[\w-]+$/]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [...heading, ['className', 'sr-only']],
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
    th: [...cell, 'scope'],
    td: cell,
  },
  // The only input a body holds is a task list's checkbox: shown, never ticked by the reader.
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: {
    href: [...LINK_PROTOCOLS],
    cite: ['https', 'http'],
    src: [],
  },
};
