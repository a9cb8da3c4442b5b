/**
 * Run as a process of its own with --expose-gc: derives the facts of many article-like pages,
 * keeps them as the build does, and prints how many bytes of heap they hold beside the bytes
 * of their JSON. A process of its own, so nothing else the test runner allocates is counted.
 */
import { derivePageFacts } from '../../src/build-pages/page-facts.ts';

const PAGES = 400;
const LINKS_A_PAGE = 40;

function articlePage(index: number): string {
  const links = Array.from(
    { length: LINKS_A_PAGE },
    (_, link) => `<li><a href="/berita/topik/pengawasan-pangan-olahan-${link}/halaman-${index}/">Pengawasan pangan olahan dan kosmetik, bagian ${link} dari tulisan ${index}</a></li>`,
  ).join('');
  return `<!doctype html><html lang="id"><head><title>Tulisan ${index}: sertifikat keamanan pangan untuk pelaku usaha</title><meta name="description" content="Ringkasan tulisan ${index} tentang sertifikat keamanan pangan untuk pelaku usaha kecil di wilayah kerja balai."><meta property="og:title" content="Tulisan ${index}: sertifikat keamanan pangan untuk pelaku usaha"><link rel="canonical" href="https://contoh-balai-pom.example/berita/tulisan-${index}/"></head><body><main id="isi"><h1 id="judul-${index}">Tulisan ${index}</h1><ul>${links}</ul></main></body></html>`;
}

const collect = globalThis.gc;
if (typeof collect !== 'function') throw new Error('Run with --expose-gc.');
collect();
const before = process.memoryUsage().heapUsed;
const kept = Array.from({ length: PAGES }, (_, index) => derivePageFacts(articlePage(index)));
collect();
const heldBytes = process.memoryUsage().heapUsed - before;
const jsonBytes = kept.reduce((sum, facts) => sum + JSON.stringify(facts).length, 0);
process.stdout.write(JSON.stringify({ heldBytes, jsonBytes }));
