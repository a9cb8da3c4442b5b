/**
 * Writes a synthetic portal of N pages for the search benchmark: each page has the portal's
 * shell (header, navigation, breadcrumbs, footer) around a <main data-pagefind-body> with
 * the same filter, metadata and sort attributes the real pages carry, and Indonesian-like
 * text. Words follow a Zipf distribution over a large vocabulary, with Indonesian affixes,
 * so the index grows the way a real archive's does. The same seed gives the same site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchMarkup, type SearchType } from '../../src/lib/search-meta.ts';

/** The most frequent words of any Indonesian text; they take the top ranks. */
const FUNCTION_WORDS = [
  'dan', 'yang', 'di', 'untuk', 'dengan', 'dari', 'ini', 'itu', 'dalam', 'pada', 'oleh', 'atau',
  'akan', 'ke', 'tidak', 'ada', 'juga', 'telah', 'sebagai', 'para', 'bagi', 'kami', 'Anda', 'serta',
  'agar', 'dapat', 'lebih', 'harus', 'sudah', 'hanya',
];
/** Words of the portal's domain, spread over the middle ranks; readers' queries come from here. */
const DOMAIN_WORDS = [
  'pangan', 'obat', 'produk', 'layanan', 'pelayanan', 'masyarakat', 'kegiatan', 'pengawasan',
  'sertifikat', 'sertifikasi', 'impor', 'ekspor', 'pengaduan', 'informasi', 'forum', 'konsultasi',
  'publik', 'standar', 'UMKM', 'pelaku', 'usaha', 'keamanan', 'kosmetik', 'suplemen', 'izin',
  'edar', 'registrasi', 'label', 'kemasan', 'pelatihan', 'pendampingan', 'balai', 'kantor',
  'dinas', 'kesehatan', 'pemerintah', 'daerah', 'kabupaten', 'kota', 'provinsi', 'survei',
  'kepuasan', 'indeks', 'nilai', 'unsur', 'persyaratan', 'prosedur', 'biaya', 'gratis', 'waktu',
  'hari', 'kerja', 'petugas', 'penghargaan', 'integritas', 'korupsi', 'gratifikasi', 'laporan',
  'pengujian', 'laboratorium', 'sampel', 'hasil', 'rencana', 'tindak', 'lanjut', 'kelompok',
  'rentan', 'disabilitas', 'lansia', 'ibu', 'anak', 'fasilitas', 'antrean', 'loket', 'prioritas',
];
/** Rank distance between two domain words: "sertifikat" lands near rank 130, in about one page in five. */
const DOMAIN_SPACING = 12;
const PREFIXES = ['me', 'mem', 'men', 'meng', 'di', 'pe', 'pem', 'pen', 'peng', 'ber', 'ke', 'ter'];
const SUFFIXES = ['an', 'kan', 'nya', 'i', 'lah'];
const SYLLABLE_ONSETS = ['b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'ng', 'ny', 'kr', 'pr', 'tr', 'st'];
const SYLLABLE_VOWELS = ['a', 'i', 'u', 'e', 'o', 'a', 'i', 'a'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const NAV = ['Beranda', 'Layanan', 'Pengaduan', 'Berita', 'Forum Konsultasi Publik', 'Survei Kepuasan', 'Ramah Kelompok Rentan', 'Profil'];

/** Share of each content type in a grown archive: mostly news. */
const TYPE_SHARES: [SearchType, number][] = [['berita', 0.6], ['forum', 0.15], ['layanan', 0.1], ['informasi', 0.15]];
const VOCABULARY_SIZE = 40_000;

/** A small, fast, seedable generator (mulberry32): benchmark runs must be comparable. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pseudoWord(random: () => number): string {
  const syllables = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < syllables; i += 1) word += pick(random, SYLLABLE_ONSETS) + pick(random, SYLLABLE_VOWELS);
  return word;
}

/** Function words first, then domain words every DOMAIN_SPACING ranks among made-up words. */
function buildVocabulary(random: () => number): string[] {
  const taken = new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS]);
  const vocabulary = [...FUNCTION_WORDS];
  let domain = 0;
  while (vocabulary.length < VOCABULARY_SIZE) {
    if (domain < DOMAIN_WORDS.length && (vocabulary.length - FUNCTION_WORDS.length) % DOMAIN_SPACING === 0) {
      vocabulary.push(DOMAIN_WORDS[domain]!);
      domain += 1;
      continue;
    }
    const word = pseudoWord(random);
    if (!taken.has(word)) {
      taken.add(word);
      vocabulary.push(word);
    }
  }
  return vocabulary;
}

/** Zipf sampler: rank r is drawn with weight 1 / r^1.07, as words are in real text. */
function zipfSampler(random: () => number, size: number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 1) ** 1.07;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export interface SyntheticSiteOptions {
  pages: number;
  seed?: number;
}

export interface SyntheticSite {
  pages: number;
  words: number;
}

/** Writes `pages` HTML pages under `dir` and returns how many words they hold. */
export function writeSyntheticSite(dir: string, { pages, seed = 20261122 }: SyntheticSiteOptions): SyntheticSite {
  const random = randomFrom(seed);
  const vocabulary = buildVocabulary(random);
  const nextRank = zipfSampler(random, vocabulary.length);
  let totalWords = 0;

  const word = (): string => {
    let text = vocabulary[nextRank()]!;
    // About one word in five carries an affix, as Indonesian text does.
    if (random() < 0.12) text = pick(random, PREFIXES) + text;
    if (random() < 0.1) text += pick(random, SUFFIXES);
    return text;
  };
  const sentence = (min: number, max: number): string => {
    const count = min + Math.floor(random() * (max - min + 1));
    totalWords += count;
    const words = Array.from({ length: count }, word).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  };
  const typeFor = (): SearchType => {
    let roll = random();
    for (const [type, share] of TYPE_SHARES) {
      if ((roll -= share) < 0) return type;
    }
    return 'informasi';
  };

  for (let index = 0; index < pages; index += 1) {
    const type = typeFor();
    const year = 2015 + Math.floor(random() * 12);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = type === 'informasi' ? undefined : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = sentence(5, 11).slice(0, -1);
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 7) }, () => `<p>${escapeHtml(Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(8, 22)).join(' '))}</p>`);
    const headings = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `<h2>${escapeHtml(sentence(2, 5).slice(0, -1))}</h2>`);
    const body = paragraphs.map((paragraph, position) => (position % 3 === 2 && headings.length ? `${headings.pop()}${paragraph}` : paragraph)).join('');
    const attributes = searchMarkup({ type, date });
    const dateLine = date ? `<p class="meta">Terbit <time datetime="${date}">${day} ${MONTHS[month - 1]} ${year}</time> · Tim Infokom</p>` : '';
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Balai POM</title></head><body>`
      + `<a class="skip-link" href="#isi-utama">Langsung ke isi utama</a>`
      + `<header><a href="/">Badan Pengawas Obat dan Makanan Balai POM</a><form role="search" method="get" action="/cari/"><label for="cari-situs">Cari</label><input id="cari-situs" type="search" name="q"><button>Cari</button></form>`
      + `<nav aria-label="Navigasi utama"><ul>${NAV.map((item) => `<li><a href="/">${item}</a></li>`).join('')}</ul></nav></header>`
      + `<nav aria-label="Lokasi halaman"><ol><li><a href="/">Beranda</a></li><li>${escapeHtml(title)}</li></ol></nav>`
      + `<main id="isi-utama" data-pagefind-body>${attributes}<article><h1>${escapeHtml(title)}</h1>${dateLine}<p class="lead">${escapeHtml(sentence(15, 25))}</p>${body}</article></main>`
      + `<footer><h2>Hubungi kami</h2><p>Jalan Contoh Nomor 1, Kota Contoh. Telepon 0000 000000. Jam layanan Senin sampai Jumat.</p></footer></body></html>`;
    const folder = join(dir, type, `halaman-${index + 1}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), html);
  }
  return { pages, words: totalWords };
}
