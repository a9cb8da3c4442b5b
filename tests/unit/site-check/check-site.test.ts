import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSite, type SiteProblem } from '../../../src/site-check/check-site.ts';
import { formatSiteReport } from '../../../src/site-check/format-site-report.ts';
import { parsePage } from '../../../src/site-check/parse-page.ts';
import { isVagueLinkText } from '../../../src/lib/link-text.ts';

let root = '';
let problems: SiteProblem[] = [];

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const page = (body: string) => `<!doctype html><html lang="id"><head><title>x</title><link rel="stylesheet" href="/_astro/situs.css"></head><body>${body}</body></html>`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-site-check-'));
  write('content/news/kabar/index.mdx', '---\ntitle: Kabar\n---\n\nLihat [jadwal forum](/forum/jadwal/) kami.\n');
  write('public/favicon.svg', '<svg/>');
  write('public/brosur-lama.pdf', '%PDF');
  const dist = join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': page(`
      <a href="/layanan/#biaya">Biaya layanan</a>
      <a href="/layanan/#tidak-ada">Bagian yang hilang</a>
      <a href="/forum/jadwal/">Jadwal forum</a>
      <a href="https://contoh.example/sejarah/">Sejarah (alamat lengkap situs ini)</a>
      <a href="https://halo.pom.go.id/">HALO BPOM</a>
      <a href="mailto:info@contoh.example">Surel</a>
      <a href="/layanan/">Klik di sini</a>
      <a href="/layanan/">Selengkapnya<span class="sr-only"> tentang standar pelayanan</span></a>
      <a href="/layanan/" aria-label="Semua standar pelayanan">selengkapnya</a>
      <a href="/cari/">Cari</a>
      <a href="data:application/pdf;base64,JVBERi0=">Berita acara</a>
      <img src="/_astro/foto.webp" srcset="/_astro/foto.webp 480w, /_astro/foto-besar.webp 800w" alt="Foto">
      <p style="color:red" onclick="x()">Gaya sebaris</p>`),
    'layanan/index.html': page('<h2 id="biaya">Biaya</h2><a href="../">Beranda</a><a href="#top">Ke atas</a>'),
    'profil/index.html': page('<a href="/favicon.svg" download>Logo</a>'),
    // An article whose body smuggled code in: none of it is the templates' reviewed inline code.
    'berita/kabar/index.html': page(`<a href="/layanan/">Layanan</a><script>alert(document.domain)</script><style>body{display:none}</style>
      <meta http-equiv="refresh" content="0;url=https://contoh.example/"><script type="application/ld+json">{"@type":"NewsArticle"}</script>`),
    '_astro/situs.css': 'body{background:url(/_astro/latar.svg)}',
    '_astro/latar.svg': '<svg/>',
    '_astro/foto.webp': 'x',
    'favicon.svg': '<svg/>',
    'brosur-lama.pdf': '%PDF',
  };
  for (const [file, text] of Object.entries(files)) write(`dist/${file}`, text);
  problems = checkSite({ dir: dist, root, siteOrigin: 'https://contoh.example', pendingPages: ['/cari/'] }).problems;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const messages = (severity: 'error' | 'warning') => problems.filter((problem) => problem.severity === severity).map((problem) => `${problem.page} ${problem.message}`);

describe('the built-site check', () => {
  test('reports every broken link, anchor, vague text and blocked inline code at once, by page', () => {
    const errors = messages('error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/ Tautan "\/layanan\/#tidak-ada" menuju bagian "#tidak-ada"/),
        expect.stringMatching(/^\/ Tautan "\/forum\/jadwal\/" menuju halaman atau berkas yang tidak ada/),
        expect.stringMatching(/^\/ Tautan "https:\/\/contoh.example\/sejarah\/" menuju/),
        expect.stringMatching(/^\/ Tautan "\/_astro\/foto-besar.webp" menuju/),
        expect.stringMatching(/^\/ Teks tautan "klik di sini"/),
        expect.stringMatching(/^\/ Tautan ke berkas tertanam/),
        expect.stringMatching(/^\/ Atribut style/),
        expect.stringMatching(/^\/ Atribut onclick/),
        '/berita/kabar/ Halaman memuat skrip sebaris yang bukan bagian dari templat portal: "alert(document.domain)".',
        '/berita/kabar/ Halaman memuat gaya sebaris (<style>) yang bukan bagian dari templat portal: "body{display:none}".',
        '/berita/kabar/ Halaman memuat <meta http-equiv="refresh">, yang dapat mengalihkan atau mengubah aturan halaman.',
      ]),
    );
    expect(errors).toHaveLength(11);
  });

  test('inline code outside the reviewed set names the content file behind the page', () => {
    const smuggled = problems.filter((problem) => problem.page === '/berita/kabar/');
    expect(smuggled).toHaveLength(3);
    for (const problem of smuggled) expect(problem.mentions).toEqual([{ file: 'content/news/kabar/index.mdx', line: 1 }]);
  });

  test('a broken link names the content file and line an editor wrote it on', () => {
    const broken = problems.find((problem) => problem.message.includes('/forum/jadwal/'));
    expect(broken?.mentions).toEqual([{ file: 'content/news/kabar/index.mdx', line: 5 }]);
    expect(formatSiteReport(problems)).toContain('disebut di content/news/kabar/index.mdx baris 5');
  });

  test('pages still to come and unused public media are warnings, not errors', () => {
    expect(messages('warning')).toEqual(['/cari/ Halaman /cari/ ditautkan dari situs tetapi belum dibuat.', 'public/brosur-lama.pdf Berkas media public/brosur-lama.pdf tidak dipakai oleh halaman mana pun.']);
  });
});

describe('reading a page', () => {
  test('executable inline scripts need a hash; JSON-LD is data', () => {
    const parsed = parsePage('<script>a()</script><script type="application/ld+json">{"@type":"Organization"}</script><script type="module">b()</script><script src="/x.js"></script><style>p{}</style>');
    expect(parsed.inlineScripts).toEqual(['a()', 'b()']);
    expect(parsed.inlineStyles).toEqual(['p{}']);
  });

  test('an import map, speculation rules or an unknown script type is code to review, not data', () => {
    const parsed = parsePage('<script type="importmap">{"imports":{}}</script><script type="speculationrules">{}</script><script type="text/x-baru">c()</script><script type="application/json">[]</script>');
    expect(parsed.inlineScripts).toEqual(['{"imports":{}}', '{}', 'c()']);
  });

  test('a link named by aria-labelledby takes its name from the referenced text', () => {
    const parsed = parsePage('<h2 id="judul">Forum 2027</h2><a href="/forum/" aria-labelledby="judul">Selengkapnya</a>');
    expect(parsed.references[0]?.linkText).toBe('Forum 2027');
  });

  test('vague link text is recognised whatever its case, spacing or arrows', () => {
    expect(isVagueLinkText('  Baca   Selengkapnya → ')).toBe(true);
    expect(isVagueLinkText('Di sini')).toBe(true);
    expect(isVagueLinkText('Unduh berita acara di sini')).toBe(false);
  });
});
