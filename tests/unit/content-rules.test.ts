/**
 * "Content, not code" and upload limits, as the build's content check reports them: every
 * problem at once, each naming the file and line.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/content-check/check-content.ts';
import { editorRules } from '../../src/content-check/rules/index.ts';
import { findUnsafeMdx } from '../../src/content-check/rules/mdx-safety.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { projectRoot } from '../helpers/paths.ts';

const FRONTMATTER = `---
title: Kegiatan Pengawasan Pangan di Pasar Tradisional
date: 2025-03-10
author: Tim Infokom
summary: Petugas Balai POM memeriksa pangan olahan yang dijual di pasar tradisional menjelang bulan puasa.
image:
  src: besar.jpg
  alt: Petugas memeriksa label kemasan pangan di lapak pasar
---
`;

const UNSAFE_BODY = `Paragraf pembuka yang aman.

import Peta from '../../src/components/Peta.astro'

<Peta />

<script>alert('x')</script>

<p onclick="alert(1)">Klik</p>

[Unduh](javascript:alert(1))

{process.exit(1)}
`;

let root: string;
let problems: ContentProblem[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-rules-'));
  cpSync(join(projectRoot, 'content/settings'), join(root, 'content/settings'), { recursive: true });
  const folder = join(root, 'content/news/pengawasan-pasar');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.mdx'), FRONTMATTER + UNSAFE_BODY);
  // 6 MB: over the 5 MB limit the photo field states.
  writeFileSync(join(folder, 'besar.jpg'), Buffer.alloc(6 * 1024 * 1024));
  const safe = join(root, 'content/news/aman');
  mkdirSync(safe, { recursive: true });
  writeFileSync(join(safe, 'index.mdx'), FRONTMATTER.replace(/image:[\s\S]*?(?=---)/, '') + 'Teks **tebal**, [tautan](https://www.pom.go.id) dan <abbr title="Badan Pengawas Obat dan Makanan">BPOM</abbr>.\n');
  problems = (await checkContent(root, editorRules(root))).problems;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const inFile = (file: string) => problems.filter((problem) => problem.file === file);

describe('content rules for what editors write', () => {
  it('reports every piece of code in an MDX body with its file and line', () => {
    const found = inFile('content/news/pengawasan-pasar/index.mdx').filter((problem) => problem.field?.startsWith('Isi tulisan'));
    const lineOf = (text: string) => (FRONTMATTER + UNSAFE_BODY).split('\n').findIndex((line) => line.includes(text)) + 1;
    expect(found.map((problem) => [problem.line, problem.message.split(' ')[0]])).toEqual([
      [lineOf('import Peta'), 'Baris'],
      [lineOf('<Peta />'), 'Komponen'],
      [lineOf('<script>'), 'Elemen'],
      [lineOf('onclick'), 'Atribut'],
      [lineOf('javascript:'), 'Alamat'],
      [lineOf('process.exit'), 'Teks'],
    ]);
    expect(found.every((problem) => problem.severity === 'error' && problem.hint)).toBe(true);
  });

  it('refuses an upload larger than its field allows, naming the field', () => {
    const [tooBig] = inFile('content/news/pengawasan-pasar/index.mdx').filter((problem) => problem.message.includes('berukuran'));
    expect(tooBig?.field).toBe('Foto utama › Berkas foto (image.src)');
    expect(tooBig?.message).toContain('paling besar 5,0 MB');
    expect(tooBig?.line).toBe(7);
  });

  it('lets plain text, formatting, https links and harmless HTML through', () => {
    expect(inFile('content/news/aman/index.mdx')).toEqual([]);
  });

  it('refuses every component, naming it once', () => {
    expect(findUnsafeMdx('<Peta />').map((finding) => finding.message)).toEqual([expect.stringContaining('Komponen <Peta>')]);
  });

  it('refuses every body whose rendering by the build would carry code into the page', async () => {
    // The build renders bodies with Astro's Markdown renderer (src/schema/bodies-rendered-at-sync.ts),
    // which passes raw HTML through; the check parses them as MDX. Whatever the renderer would
    // turn into a script, a handler, a frame or a code-running link, the check must refuse.
    const renderer = await satteri().createRenderer({ syntaxHighlight: false });
    const hostile = [
      'Teks <script>alert(1)</script> biasa.',
      '<script>\nalert(1)\n</script>',
      '* <script>alert(1)</script>',
      '> <iframe src="https://contoh.example"></iframe>',
      '<!-- catatan --><script>x</script>',
      '<img src=x onerror=alert(1)>',
      '<IMG SRC=x onerror="alert(1)">',
      '<div\nonclick="x">teks</div>',
      'a <b onclick="x">b</b>',
      '<style>body{display:none}</style>',
      '<svg onload=alert(1)>',
      '<details open ontoggle=alert(1)>',
      '<x onmouseover=alert(1)>y</x>',
      '<![CDATA[ <script>x</script> ]]>',
      '<textarea><script>x</script></textarea>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href=javascript:alert(1)>a</a>',
      '[a](javascript:alert(1))',
      '<a href="data:text/html,<script>alert(1)</script>">a</a>',
    ];
    const active = /<(script|style|iframe|svg|textarea)\b|\son\w+=|javascript:|data:text/i;
    for (const body of hostile) {
      const { code } = await renderer.render(body, { frontmatter: {} });
      expect.soft(active.test(code), `the renderer keeps ${body} inert; drop it from this list`).toBe(true);
      expect.soft(findUnsafeMdx(body), body).not.toEqual([]);
    }
  });

  it('sees through disguised javascript: links, as browsers decode them', () => {
    for (const body of [
      '[a]( JaVaScRiPt:alert(1))',
      '<a href="java\tscript:alert(1)">a</a>',
      '<a href="&#106;avascript:alert(1)">a</a>',
      '<a href="&#106avascript:alert(1)">a</a>',
      '<a href="&#x6A;avascript:alert(1)">a</a>',
      '<javascript:alert(1)>',
      '<a href="data:text/html,<script>">a</a>',
    ]) {
      expect.soft(findUnsafeMdx(body, 'md').map((finding) => finding.message.split(' ')[0]), body).toContain('Alamat');
    }
    expect(findUnsafeMdx('[a](https://www.pom.go.id/javascript:) [b](mailto:ulpk@contoh.go.id) [c](tel:+62215551234) [d](/layanan/) [e](#bagian)', 'md')).toEqual([]);
  });
});
