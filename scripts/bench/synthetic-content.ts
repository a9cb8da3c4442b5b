/**
 * Writes realistic synthetic content for benchmarks into a folder of its own (never the
 * project's content/): news with photos, forums with results and documents, plus the real
 * services, surveys and settings. Text is drawn from the vocabulary of the real sample
 * content plus domain words, so the search index and HTML sizes are realistic. Seeded, so
 * two runs write the same files.
 */
import { copyFileSync, cpSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SyntheticOptions {
  /** Source project root (its content/ provides vocabulary, photos, services, settings). */
  projectRoot: string;
  /** Target folder that becomes the content/ of the benchmark project. */
  contentDir: string;
  /** How many news articles and forums to write, together. */
  entries: number;
  seed?: number;
}

const DOMAIN_WORDS = `pangan obat kosmetik suplemen kesehatan tradisional label kemasan izin edar registrasi sertifikat
keamanan mutu produksi distribusi pengawasan pemeriksaan sampling pengujian laboratorium cemaran mikroba bahan berbahaya
formalin boraks rhodamin pewarna pemanis pengawet kedaluwarsa iklan penandaan pelaku usaha mikro kecil menengah UMKM
pendampingan pelatihan penyuluhan edukasi sosialisasi masyarakat konsumen pengaduan informasi layanan publik standar
pelayanan forum konsultasi survei kepuasan indeks unsur maklumat integritas gratifikasi korupsi birokrasi reformasi
kelompok rentan disabilitas lansia ibu hamil menyusui anak inklusif aksesibilitas fasilitas ramah pasar takjil ramadan
idulfitri natal tahun baru inspeksi razia penertiban sekolah kantin jajanan puskesmas apotek toko obat klinik rumah sakit
dinas kesehatan pemerintah daerah kabupaten kota provinsi kecamatan desa kelurahan kerja sama nota kesepahaman sinergi
resistensi antimikroba antibiotik resep dokter vaksin jamu herbal impor ekspor pelabuhan bandara surat keterangan`.split(/\s+/);

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(projectRoot: string): string[] {
  const words = new Set(DOMAIN_WORDS.map((word) => word.toLowerCase()));
  for (const file of globSync('content/**/*.{mdx,yaml}', { cwd: projectRoot })) {
    for (const word of readFileSync(join(projectRoot, file), 'utf8').toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  }
  return [...words];
}

export function writeSyntheticContent({ projectRoot, contentDir, entries, seed = 20261123 }: SyntheticOptions): { news: number; forums: number } {
  const random = mulberry32(seed);
  const words = vocabulary(projectRoot);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = () => {
    const text = Array.from({ length: between(8, 18) }, () => pick(words)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(4, 6) }, sentence).join(' ');
  const line = (min: number, max: number) => {
    let text = sentence().slice(0, -1);
    while (text.length < min) text += ` ${pick(words)}`;
    return text.slice(0, max).trim();
  };
  const day = () => `${between(2019, 2025)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  const quote = (text: string) => JSON.stringify(text);

  mkdirSync(contentDir, { recursive: true });
  for (const folder of ['services', 'surveys', 'settings']) cpSync(join(projectRoot, 'content', folder), join(contentDir, folder), { recursive: true });

  // Each article's photo lives in its own folder, as the content check requires (a photo from
  // another folder is refused): a copy of one of the sample photos.
  const photos = globSync('content/news/*/*.jpg', { cwd: projectRoot }).sort();
  const serviceIds = globSync('*.mdx', { cwd: join(projectRoot, 'content', 'services') }).map((file) => file.replace(/\.mdx$/, ''));
  const pdf = globSync('content/forums/**/*.pdf', { cwd: projectRoot })[0];
  const tags = Array.from({ length: 30 }, () => line(4, 24).split(' ').slice(0, 2).join(' '));

  const forums = Math.max(1, Math.round(entries * 0.05));
  const news = entries - forums;

  for (let index = 1; index <= news; index++) {
    const folder = join(contentDir, 'news', `berita-${index}`);
    mkdirSync(folder, { recursive: true });
    const withPhoto = random() < 0.6 && photos.length > 0;
    if (withPhoto) copyFileSync(join(projectRoot, photos[between(1, photos.length) - 1]!), join(folder, 'foto.jpg'));
    const frontmatter = [
      `title: ${quote(line(30, 100))}`,
      `date: ${day()}`,
      `author: Tim Infokom`,
      `summary: ${quote(line(80, 155))}`,
      ...(withPhoto
        ? [`image:`, `  src: ./foto.jpg`, `  alt: ${quote(line(30, 120))}`, `  caption: ${quote(line(20, 100))}`, `  credit: Tim Infokom`]
        : []),
      `tags:`,
      ...Array.from(new Set(Array.from({ length: between(1, 3) }, () => pick(tags)))).map((tag) => `  - ${quote(tag)}`),
    ];
    const body = [paragraph(), paragraph(), paragraph(), `## ${line(15, 60)}`, paragraph(), paragraph(), paragraph(), paragraph(), paragraph()].join('\n\n');
    writeFileSync(join(folder, 'index.mdx'), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
  }

  for (let index = 1; index <= forums; index++) {
    const folder = join(contentDir, 'forums', `forum-${index}`);
    mkdirSync(folder, { recursive: true });
    if (pdf) copyFileSync(join(projectRoot, pdf), join(folder, 'berita-acara.pdf'));
    const date = day();
    const frontmatter = [
      `title: ${quote(`Forum Konsultasi Publik ${line(20, 90)}`)}`,
      `summary: ${quote(line(80, 155))}`,
      `status: held`,
      `start: ${date}T09:00`,
      `end: ${date}T12:00`,
      `mode: in-person`,
      `venue:`,
      `  name: Aula Balai POM`,
      `  address: ${quote(line(20, 80))}`,
      `  accessibility: ${quote(line(40, 200))}`,
      `agenda:`,
      ...Array.from({ length: 4 }, (_, item) => `  - time: "${String(9 + item).padStart(2, '0')}.00"\n    item: ${quote(line(10, 80))}`),
      `invited:`,
      `  - Dinas Kesehatan`,
      `  - Pelaku usaha`,
      `  - Akademisi`,
      `participation: ${quote(line(40, 200))}`,
      `services:`,
      ...serviceIds.slice(0, between(1, serviceIds.length)).map((id) => `  - ${id}`),
      `results:`,
      `  inputSummary:`,
      ...Array.from({ length: 3 }, () => `    - ${quote(line(30, 200))}`),
      `  decisions:`,
      ...Array.from({ length: 2 }, () => `    - ${quote(line(30, 200))}`),
      `  followUp:`,
      `    - action: ${quote(line(20, 120))}\n      owner: Tim Pelayanan Publik\n      due: ${day()}`,
      ...(pdf ? [`  attachments:`, `    - title: Berita acara forum\n      file: berita-acara.pdf`] : []),
    ];
    writeFileSync(join(folder, 'index.mdx'), `---\n${frontmatter.join('\n')}\n---\n\n${paragraph()}\n`);
  }
  mkdirSync(dirname(join(contentDir, 'x')), { recursive: true });
  return { news, forums };
}
