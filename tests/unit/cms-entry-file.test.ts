/**
 * The editor's entry format: a save changes only the lines of the values that changed. Real
 * content files are read the way Decap reads them, changed the way the form changes data,
 * written back, and compared line by line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectionFormat } from '../../src/cms/entry-file/collection-format.ts';
import { editYaml } from '../../src/cms/entry-file/edit-yaml.ts';
import { SOURCE_KEY } from '../../src/cms/entry-file/entry-format.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schema/index.ts';
import { projectRoot } from '../helpers/paths.ts';

type Data = Record<string, any>;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const contentFiles = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
  filesUnder(join(projectRoot, COLLECTIONS[collection].folder))
    .filter((file) => /\.(mdx|yaml)$/.test(file))
    .map((file) => ({ collection, file: relative(projectRoot, file) })),
);

const service = () => readFileSync(join(projectRoot, 'content/services/sertifikasi.mdx'), 'utf8');

/** Lines removed from `before` and added in `after`, by longest common subsequence of lines. */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  return { removed, added };
}

/** Loads a file as the editor does, lets `change` edit the form's data, and saves it. */
function save(collection: CollectionName, text: string, change: (data: Data) => void): string {
  const format = collectionFormat(collection);
  const data = format.fromFile(text) as Data;
  change(data);
  return format.toFile(data);
}

const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Data;

describe('saving an entry from the editor', () => {
  it.each(contentFiles)('keeps $file byte for byte when nothing changed', ({ collection, file }) => {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    expect(save(collection, text, () => {})).toBe(text);
  });

  it('changes only the line of a changed field in a real service standard', () => {
    const before = service();
    const after = save('services', before, (data) => (data.whatYouReceive.products[0] = 'Laporan hasil pemeriksaan sarana produksi'));
    expect(lineChanges(before, after)).toEqual({
      removed: ['  - Laporan hasil pemeriksaan sarana'],
      added: ['  - Laporan hasil pemeriksaan sarana produksi'],
    });
  });

  it('changes only the lines of three edits in three places (title, a tariff, a folded paragraph)', () => {
    const before = service();
    const after = save('services', before, (data) => {
      data.title = 'Layanan Sertifikasi Sarana Obat dan Makanan';
      data.timeAndCost.cost.tariffs[1].amount = 2750000;
      data.management.staffing = '7 orang pemeriksa bersertifikat dan 2 orang petugas administrasi';
    });
    const { removed, added } = lineChanges(before, after);
    expect(removed).toEqual(['title: Layanan Sertifikasi Obat dan Makanan', '      amount: 2500000', 'staffing: 6 orang pemeriksa bersertifikat dan 2 orang petugas administrasi']);
    expect(added).toEqual(['title: Layanan Sertifikasi Sarana Obat dan Makanan', '      amount: 2750000', 'staffing: 7 orang pemeriksa bersertifikat dan 2 orang petugas administrasi']);
  });

  it('adds requirements by kind of application as new lines after the plain requirements, and nothing else', () => {
    const before = service();
    const after = save('services', before, (data) => {
      // Decap orders a new item's keys as they were filled in: here the lines before the kind.
      data.whatToBring.requirementsByCase = [{ items: ['Salinan sertifikat yang masih berlaku'], case: 'Perpanjangan sertifikat' }];
    });
    const { removed, added } = lineChanges(before, after);
    expect(removed).toEqual([]);
    expect(added).toEqual(['requirementsByCase:', '  - case: Perpanjangan sertifikat', '    items:', '      - Salinan sertifikat yang masih berlaku']);
    expect(after.indexOf('requirementsByCase:')).toBeGreaterThan(after.indexOf('  - Bukti pembayaran tarif'));
    expect(after.indexOf('requirementsByCase:')).toBeLessThan(after.indexOf('procedure:'));
  });

  it('removes one list item and a cleared key without touching their neighbours', () => {
    const before = service();
    const after = save('services', before, (data) => {
      data.whatToBring.requirements.splice(1, 1);
      delete data.enactment.decree;
    });
    const { removed, added } = lineChanges(before, after);
    expect(added).toEqual([]);
    expect(removed).toEqual([
      '  - Surat permohonan sertifikasi yang diajukan melalui aplikasi Badan POM',
      'decree:',
      '  number: HK.02.02.00.00.07.24.0001 (nomor contoh)',
      '  date: "2024-07-01"',
      '  signatory: Kepala Balai POM di Bengkulu',
    ]);
  });

  it('keeps the quotes of a changed date', () => {
    const after = save('services', service(), (data) => (data.enactment.reviewedOn = '2026-03-02'));
    expect(after).toContain('reviewedOn: "2026-03-02"\n');
  });

  it('writes the data the form holds, whatever was edited', () => {
    const after = save('services', service(), (data) => {
      data.steps.procedure.unshift('Pemohon berkonsultasi di loket.');
      data.timeAndCost.timeLimit.variants.reverse();
      data.order = 5;
    });
    const expected = frontmatterOf(service());
    expected.procedure.unshift('Pemohon berkonsultasi di loket.');
    expected.timeLimit.variants.reverse();
    expected.order = 5;
    expect(frontmatterOf(after)).toEqual(expected);
  });

  it('keeps the body, and the blank line before it, when only the body is edited', () => {
    const before = service();
    const after = save('services', before, (data) => (data.body = `${data.body.trim()}\n\nParagraf baru.`));
    const { removed, added } = lineChanges(before, after);
    expect(removed).toEqual([]);
    expect(added.sort()).toEqual(['', 'Paragraf baru.']);
    expect(after).toMatch(/\n---\n\nSertifikat cara produksi/);
  });

  it('opens the parts of the service form on load and never writes them to the file', () => {
    const data = collectionFormat('services').fromFile(service()) as Data;
    expect(Object.keys(data).sort()).toEqual(
      ['title', 'summary', 'order', 'body', SOURCE_KEY, 'whoAndWhere', 'whatToBring', 'steps', 'timeAndCost', 'whatYouReceive', 'complaints', 'management', 'enactment'].sort(),
    );
    expect(data.whatToBring.requirements).toHaveLength(7);
    const after = save('services', service(), (form) => (form.whoAndWhere.audience = [...form.whoAndWhere.audience, 'Apotek']));
    expect(after).not.toMatch(/whoAndWhere|__sourceFile/);
  });

  it('writes a new entry in schema order with a blank line before its body', () => {
    const format = collectionFormat('news');
    const text = format.toFile({ draft: false, summary: 'Ringkasan berita.', title: 'Judul berita', date: '2026-01-15', author: 'Tim Infokom', tags: ['UMKM'], body: 'Isi berita.' });
    expect(text).toBe('---\ntitle: Judul berita\ndate: 2026-01-15\nauthor: Tim Infokom\nsummary: Ringkasan berita.\ntags:\n  - UMKM\ndraft: false\n---\n\nIsi berita.\n');
  });

  it('keeps the rest of an office settings file when one setting changes', () => {
    const before = readFileSync(join(projectRoot, 'content/settings/office.yaml'), 'utf8');
    const after = save('settings', before, (data) => (data.office.phone = '(0736) 999999'));
    const { removed, added } = lineChanges(before, after);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([removed[0]!.replace(/phone: .*/, 'phone: (0736) 999999')]);
  });
});

describe('editing YAML in place', () => {
  it('replaces the first key of a list item by rewriting that item only', () => {
    const source = 'agenda:\n  - time: "09.00"\n    item: Pembukaan\n  - item: Paparan\n';
    expect(editYaml(source, { agenda: [{ item: 'Pembukaan' }, { item: 'Paparan' }] })).toBe('agenda:\n  - item: Pembukaan\n  - item: Paparan\n');
  });

  it('keeps comments and unusual spacing it does not change', () => {
    const source = '# catatan editor\ntitle:   Judul lama\n\nlist:\n    - satu   # pertama\n    - dua\n';
    expect(editYaml(source, { title: 'Judul lama', list: ['satu', 'dua', 'tiga'] })).toBe('# catatan editor\ntitle:   Judul lama\n\nlist:\n    - satu   # pertama\n    - dua\n    - tiga\n');
  });
});
