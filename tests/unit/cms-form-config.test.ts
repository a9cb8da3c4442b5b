/**
 * The generated Decap configuration beyond field-by-field agreement (cms-schema-agreement):
 * the service form in the parts a reader sees, multi-line boxes for long texts, fields
 * required in some cases not called optional, plain topic entry, body headings from level 2,
 * lists of entries as an editor looks for them, and the portal's own entry formats.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, collectionFields } from '../../src/cms/config.ts';
import { ONE_LINE_MAX, type DecapField } from '../../src/cms/decap-fields.ts';
import { entryFormatName } from '../../src/cms/entry-file/entry-format-names.ts';
import { withoutSections } from '../../src/cms/form-sections.ts';
import { COLLECTIONS, FORUM_STATUSES, type CollectionName } from '../../src/schema/index.ts';

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Every field of a form, nested ones included, with the path of labels leading to it. */
function allFields(fields: readonly DecapField[], trail = ''): { field: DecapField; where: string }[] {
  return fields.flatMap((field) => {
    const where = trail ? `${trail} › ${field.label}` : field.label;
    return [
      { field, where },
      ...allFields(field.fields ?? [], where),
      ...(field.field ? allFields([field.field], where) : []),
    ];
  });
}

const config = buildCmsConfig({
  backend: { name: 'git-gateway' } as never,
  localBackendUrl: 'http://127.0.0.1:8081/api/v1',
  publishMode: 'editorial_workflow',
  siteUrl: 'https://contoh.go.id',
  timeZone: 'WITA',
} as never);
const collection = (name: string) => config.collections.find((entry) => entry.name === name) as Record<string, any>;

describe('the service standard form', () => {
  it('is in the parts a reader sees on the page, each collapsible, after the name, summary and order', () => {
    const fields = collectionFields('services');
    expect(fields.map((field) => field.label)).toEqual([
      'Nama layanan',
      'Ringkasan',
      'Urutan tampil',
      'Untuk siapa dan di mana',
      'Persyaratan',
      'Sistem, mekanisme, dan prosedur',
      'Waktu dan biaya',
      'Produk pelayanan',
      'Pengaduan, saran, dan masukan',
      'Pengelolaan pelayanan (8 komponen)',
      'Penetapan dan peninjauan',
      'Keterangan tambahan',
    ]);
    const parts = fields.filter((field) => field.form_section);
    expect(parts.every((part) => part.widget === 'object' && part.collapsed === true && part.hint)).toBe(true);
    expect(parts.find((part) => part.name === 'whatToBring')!.fields!.map((field) => field.name)).toEqual(['requirements', 'requirementsByCase']);
    expect(parts.find((part) => part.name === 'management')!.fields).toHaveLength(8);
  });

  it('offers requirements and steps by kind of application', () => {
    const byCase = allFields(collectionFields('services')).find(({ field }) => field.name === 'requirementsByCase')!.field;
    expect(byCase.widget).toBe('list');
    expect(byCase.fields!.map((field) => [field.label, field.widget])).toEqual([
      ['Jenis permohonan', 'string'],
      ['Persyaratan untuk jenis ini', 'list'],
    ]);
    expect(byCase.summary).toBe('{{fields.case}}');
  });
});

describe('every form', () => {
  it.each(NAMES)('%s: texts that may run longer than one line get a box of several lines', (name) => {
    /** The longest text a field accepts, read from the length lookahead of its pattern. */
    const longest = (field: DecapField) => Number(/^\^\(\?=\[\\s\\S\]\{\d+,(\d+)\}\$\)/.exec(field.pattern?.[0].source ?? '')?.[1] ?? 0);
    const fields = allFields(collectionFields(name));
    expect(fields.filter(({ field }) => field.widget === 'string' && longest(field) > ONE_LINE_MAX).map(({ where }) => where)).toEqual([]);
    expect(fields.filter(({ field }) => field.widget === 'text' && longest(field) > ONE_LINE_MAX).length).toBeGreaterThan(name === 'surveys' ? -1 : 0);
  });

  it.each(NAMES)('%s: fields required only in some cases are optional to Decap but not called optional', (name) => {
    for (const { field, where } of allFields(collectionFields(name))) {
      if (field.conditionally_required) {
        expect(field.required, where).toBe(false);
        expect(field.hint, where).toMatch(/Wajib/);
      }
    }
  });

  it('marks the fields an editor must fill in some cases', () => {
    const marked = NAMES.flatMap((name) => allFields(withoutSections(collectionFields(name))).filter(({ field }) => field.conditionally_required).map(({ where }) => `${name}: ${where}`));
    expect(marked).toEqual(expect.arrayContaining([
      'news: Foto utama › Berkas foto',
      'news: Foto utama › Teks alternatif (deskripsi foto)',
      'services: Persyaratan',
      'services: Sistem, mekanisme, dan prosedur',
      'services: Biaya/tarif › Daftar tarif',
      'services: Biaya/tarif › Dasar hukum tarif',
      'forums: Jadwal mulai sebelumnya',
      'forums: Tempat',
      'forums: Tempat › Nama tempat',
      'forums: Tautan daring',
    ]));
    expect(marked).not.toContain('news: Tanggal diperbarui');
    expect(marked).not.toContain('forums: Tempat › Tautan peta');
  });

  it.each(NAMES)('%s: every field outside a list item knows its path in the file', (name) => {
    const walk = (fields: readonly DecapField[], parent: string[]): void => {
      for (const field of fields) {
        if (field.form_section) {
          walk(field.fields ?? [], parent);
          continue;
        }
        if (field.name === 'body') continue;
        const path = [...parent, field.name];
        expect(field.schema_path, path.join('.')).toBe(path.join('.'));
        if (field.widget === 'object') walk(field.fields ?? [], path);
        for (const item of field.fields && field.widget === 'list' ? field.fields : []) expect(item.schema_path, `${path.join('.')}[] ${item.name}`).toBeUndefined();
      }
    };
    walk(collectionFields(name), []);
  });

  it('takes topics in one box, separated by commas', () => {
    const tags = collectionFields('news').find((field) => field.name === 'tags')!;
    expect(tags.widget).toBe('list');
    expect(tags.field).toBeUndefined();
    expect(tags.fields).toBeUndefined();
    expect(tags.hint).toMatch(/dipisah dengan koma/);
  });

  it.each(['news', 'services', 'forums'] as const)('%s: body headings start at level 2 (the page title is the only level 1)', (name) => {
    const body = collectionFields(name).find((field) => field.name === 'body')!;
    expect(body.buttons).toEqual(expect.arrayContaining(['heading-two', 'heading-three']));
    expect(body.buttons).not.toContain('heading-one');
  });

  it('labels each line of a list for screen readers by what it is', () => {
    const fields = allFields(withoutSections(collectionFields('services')));
    const steps = fields.find(({ field }) => field.name === 'procedure')!.field;
    expect(steps.field).toMatchObject({ label: 'Langkah', widget: 'text' });
  });
});

describe('lists of entries', () => {
  it('news: newest first, each with its date, drafts marked and filterable', () => {
    const news = collection('news');
    expect(news.sortable_fields[0]).toEqual({ field: 'date', default_sort: 'desc' });
    expect(news.summary).toBe("{{date | date('DD/MM/YYYY')}} · {{title}}{{draft | ternary(' (draf)', '')}}");
    expect(news.view_filters).toEqual([{ label: 'Draf', field: 'draft', pattern: true }]);
  });

  it('forums: latest first, with date, time and zone, and a filter for every status', () => {
    const forums = collection('forums');
    expect(forums.sortable_fields[0]).toEqual({ field: 'start', default_sort: 'desc' });
    expect(forums.summary).toBe("{{start | date('DD/MM/YYYY HH.mm')}} WITA · {{title}}");
    expect(forums.view_filters.map((filter: { label: string }) => filter.label)).toEqual(Object.values(FORUM_STATUSES));
    for (const [value, label] of Object.entries(FORUM_STATUSES)) {
      const filter = forums.view_filters.find((entry: { label: string }) => entry.label === label);
      expect(new RegExp(filter.pattern).test(value)).toBe(true);
      expect(Object.keys(FORUM_STATUSES).filter((other) => new RegExp(filter.pattern).test(other))).toEqual([value]);
    }
  });

  it('services: in their display order', () => {
    expect(collection('services').sortable_fields[0]).toEqual({ field: 'order', default_sort: 'asc' });
  });

  it('every collection reads and writes its files with the portal format', () => {
    for (const name of NAMES) expect(collection(name).format).toBe(entryFormatName(name));
  });
});
