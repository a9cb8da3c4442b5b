/**
 * Editor content is data, never code. Every attack body of the corpus (tests/fixtures/hostile)
 * is refused by the content check with its file named; and, forced past the check, rendered by
 * Astro's Markdown renderer and passed through the build's sanitiser, it comes out inert. Random
 * bodies must do one or the other, never crash the check.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/content-check/check-content.ts';
import { editorRules } from '../../src/content-check/rules/index.ts';
import { findUnsafeMdx } from '../../src/content-check/rules/mdx-safety.ts';
import { sanitizeBodyHtml } from '../../src/lib/body-html/sanitize.ts';
import { HOSTILE_BODIES } from '../fixtures/hostile/bodies.ts';
import { projectRoot } from '../helpers/paths.ts';

const FRONTMATTER = `---
title: Pengawasan Pangan Jajanan Anak Sekolah
date: 2025-03-10
author: Tim Infokom
summary: Petugas memeriksa pangan jajanan di sekitar sekolah dasar bersama dinas kesehatan.
---
`;

/** Elements and attributes that make a page run code, load another page or change its rules. */
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'button', 'input', 'meta', 'base', 'link', 'svg', 'math', 'template', 'noscript', 'xmp', 'textarea', 'title', 'body']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'cite', 'data', 'srcdoc', 'values']);
const SAFE_URL = /^(https?:|mailto:|tel:|[^:]*$)/i;

/** What makes a sanitised body not inert, in words a failing test can show. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  const stack: DefaultTreeAdapterTypes.ParentNode[] = [parseFragment(html)];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const element = child as DefaultTreeAdapterTypes.Element;
      // The only input the body may keep is a task list's disabled checkbox.
      const isTaskBox = element.tagName === 'input' && element.attrs.some((a) => a.name === 'type' && a.value === 'checkbox') && element.attrs.some((a) => a.name === 'disabled');
      if (ACTIVE_ELEMENTS.has(element.tagName) && !isTaskBox) found.push(`<${element.tagName}>`);
      for (const { name, value } of element.attrs) {
        if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'http-equiv') found.push(`${element.tagName}[${name}]`);
        // Browsers drop tabs and line breaks inside a scheme: judge the address as they read it.
        if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(value.replace(/[\t\n\r]/g, '').trim())) found.push(`${element.tagName}[${name}=${value}]`);
        if (name === 'src' && /^(\/\/|\\\\|[a-z][a-z\d+.-]*:)/i.test(value.trim())) found.push(`remote ${element.tagName}[src]`);
      }
      stack.push(element);
    }
  }
  return found;
}

let root: string;
let problems: ContentProblem[];
const fileOf = (name: string) => `content/news/serangan-${name}/index.mdx`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-hostile-'));
  cpSync(join(projectRoot, 'content/settings'), join(root, 'content/settings'), { recursive: true });
  for (const { name, body } of HOSTILE_BODIES) {
    const file = join(root, fileOf(name));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${FRONTMATTER}\nParagraf pembuka yang aman.\n\n${body}\n`);
  }
  problems = (await checkContent(root, editorRules(root))).problems;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('holds at least sixty attacks, each named once', () => {
    expect(HOSTILE_BODIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_BODIES.map((entry) => entry.name)).size).toBe(HOSTILE_BODIES.length);
  });

  it.each(HOSTILE_BODIES.map((entry) => [entry.name, entry] as const))('%s is refused by the content check, its file named', (_name, { name }) => {
    const own = problems.filter((problem) => problem.file === fileOf(name) && problem.field === 'Isi tulisan (body)');
    expect(own.length).toBeGreaterThan(0);
    for (const problem of own) {
      expect(problem.severity).toBe('error');
      expect(problem.hint).toBeTruthy();
    }
  });

  it.each(HOSTILE_BODIES.map((entry) => [entry.name, entry] as const))('%s forced past the check comes out of the renderer and sanitiser inert', async (_name, { body }) => {
    const renderer = await satteri().createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render(`\nParagraf pembuka.\n\n${body}\n`, { frontmatter: {} });
    const safe = sanitizeBodyHtml(code);
    expect(activeParts(safe)).toEqual([]);
    expect(safe).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('can tell an active body from an inert one, so the checks above can fail', () => {
    expect(activeParts('<p>teks</p><a href="https://www.pom.go.id/">BPOM</a>')).toEqual([]);
    expect(activeParts('<a href="java\tscript:alert(1)">x</a><img src="//x/p.gif"><p style="x">y</p>')).toHaveLength(3);
  });
});

describe('random bodies', () => {
  // Fragments attacks are made of, so random bodies reach the interesting corners quickly.
  const piece = fc.constantFrom('<', '>', '/', '"', "'", '=', ' ', '\n', '&#', ';', 'x', 'a', 'img', 'script', 'svg', 'href', 'src', 'onerror', 'javascript:', 'data:', '{', '}', '[', ']', '(', ')', '!', '#', '*', '`', '-->', '<!--', '\u202e', '\u0000');
  const body = fc.oneof(fc.string({ maxLength: 120 }), fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')));

  it('are refused or rendered inert, and never crash the check', async () => {
    const renderer = await satteri().createRenderer({ syntaxHighlight: false });
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const refused = findUnsafeMdx(text).length > 0;
        if (refused) return;
        const { code } = await renderer.render(`\n${text}\n`, { frontmatter: {} });
        expect(activeParts(sanitizeBodyHtml(code))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never crash the sanitiser, whatever HTML reaches it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')), (html) => {
        expect(activeParts(sanitizeBodyHtml(html))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
