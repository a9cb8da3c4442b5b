import { describe, expect, test } from 'vitest';
import { parse, validData } from '../../helpers/content-fixtures.ts';
import { testInvalidCases } from './invalid-cases.ts';

describe('forum schema: valid entry', () => {
  test('keeps wall-clock times as written, without an offset', () => {
    const parsed = parse('forums', validData('forums'));
    expect(parsed.start).toBe('2025-06-20T09:00');
    expect(parsed.end).toBe('2025-06-20T12:00');
    expect(parsed.services).toEqual(['pendampingan-umkm', 'pengujian']);
    expect(parsed.results.followUp[0]).toEqual({ action: 'Membuka jadwal pendampingan daring', owner: 'Tim Pelayanan Publik', due: '2025-08-01', done: true });
    expect(parsed.results.attachments[0].file).toBe('./berita-acara.pdf');
  });

  test('accepts a space instead of T and seconds, and normalises them', () => {
    const data = validData('forums');
    data.start = '2025-06-20 09:00:00';
    expect(parse('forums', data).start).toBe('2025-06-20T09:00');
  });

  test('a Date from a YAML loader keeps its written wall-clock time', () => {
    const data = validData('forums');
    data.start = new Date(Date.UTC(2025, 5, 20, 9, 0));
    expect(parse('forums', data).start).toBe('2025-06-20T09:00');
  });

  test('an online forum needs no venue; a cancelled one needs no link', () => {
    const online = validData('forums');
    Object.assign(online, { mode: 'online', status: 'scheduled' });
    delete online.venue;
    delete online.results;
    expect(parse('forums', online).venue).toBeUndefined();

    const cancelled = validData('forums');
    Object.assign(cancelled, { mode: 'online', status: 'cancelled', statusNote: 'Dibatalkan karena banjir.' });
    delete cancelled.onlineLink;
    delete cancelled.results;
    expect(parse('forums', cancelled).status).toBe('cancelled');
  });
});

const scheduled = (d: Record<string, unknown>) => {
  d.status = 'scheduled';
  delete d.results;
};

describe('forum schema: invalid entries', () => {
  testInvalidCases('forums', [
    {
      name: 'start on 31 June',
      change: (d) => (d.start = '2025-06-31T09:00'),
      path: 'start',
      label: 'Mulai',
      message: /2025-06-31T09:00 tidak ada di kalender atau jamnya salah\. Periksa bulan, tanggal, dan jam \(00\.00–23\.59\)\./,
    },
    {
      name: 'hour 25',
      change: (d) => (d.end = '2025-06-20T25:00'),
      path: 'end',
      label: 'Selesai',
      message: /jamnya salah/,
    },
    {
      name: 'date and time in words',
      change: (d) => (d.start = '20 Juni 2025 pukul 09.00'),
      path: 'start',
      label: 'Mulai',
      message: /bukan tanggal dan jam\. Tulis seperti 2026-12-10T09:00 \(jam waktu setempat\)\./,
    },
    {
      name: 'ends before it starts',
      change: (d) => (d.end = '2025-06-20T08:00'),
      path: 'end',
      label: 'Selesai',
      message: /Jam selesai \(2025-06-20T08:00\) harus sesudah jam mulai \(2025-06-20T09:00\)\./,
    },
    {
      name: 'in-person forum without a venue',
      change: (d) => {
        d.mode = 'in-person';
        delete d.venue;
      },
      path: 'venue',
      label: 'Tempat',
      message: /Forum tatap muka wajib punya tempat\. Isi nama tempat, alamat, dan aksesibilitasnya\./,
    },
    {
      name: 'online forum without a link',
      change: (d) => {
        scheduled(d);
        delete d.onlineLink;
      },
      path: 'onlineLink',
      label: 'Tautan daring',
      message: /Forum daring wajib punya tautan daring\. Isi tautan rapat/,
    },
    {
      name: 'rescheduled without the previous date',
      change: (d) => {
        scheduled(d);
        d.status = 'rescheduled';
      },
      path: 'previousStart',
      label: 'Jadwal mulai sebelumnya',
      message: /memerlukan jadwal mulai sebelumnya/,
      hint: /Wajib diisi bila status "Dijadwalkan ulang"/,
    },
    {
      name: 'results on a forum not yet held',
      change: (d) => (d.status = 'scheduled'),
      path: 'results',
      label: 'Hasil forum',
      message: /hanya boleh diisi bila status "Telah dilaksanakan"\. Ubah statusnya atau hapus hasilnya\./,
    },
    {
      name: 'status not on the list',
      change: (d) => (d.status = 'batal'),
      path: 'status',
      label: 'Status',
      message: /^"batal" bukan pilihan yang tersedia\. Pilih salah satu: Terjadwal; Ditunda; Dijadwalkan ulang; Dipindah ke daring; Dibatalkan; Telah dilaksanakan\.$/,
    },
    {
      name: 'mode not on the list',
      change: (d) => (d.mode = 'zoom'),
      path: 'mode',
      label: 'Cara pelaksanaan',
      message: /^"zoom" bukan pilihan yang tersedia\. Pilih salah satu: Tatap muka; Daring; Tatap muka dan daring\.$/,
    },
    {
      name: 'attachment that is not a PDF',
      change: (d) => (d.results.attachments[0].file = 'notulen.docx'),
      path: 'results.attachments.0.file',
      label: 'Hasil forum › Dokumen › nomor 1 › Berkas PDF',
      message: /Lampiran harus berkas PDF, misalnya berita-acara\.pdf\./,
    },
    {
      name: 'follow-up due date that does not exist',
      change: (d) => (d.results.followUp[0].due = '2025-04-31'),
      path: 'results.followUp.0.due',
      label: 'Hasil forum › Rencana tindak lanjut › nomor 1 › Batas waktu',
      message: /2025-04-31 tidak ada di kalender/,
    },
    {
      name: 'agenda time in words',
      change: (d) => (d.agenda[0].time = '9 pagi'),
      path: 'agenda.0.time',
      label: 'Susunan acara › nomor 1 › Jam',
      message: /Tulis jam seperti 09\.00\./,
    },
    {
      name: 'nobody invited',
      change: (d) => (d.invited = []),
      path: 'invited',
      label: 'Pihak yang diundang',
      message: /^Paling sedikit 1 isian\.$/,
      hint: /Dinas Kesehatan/,
    },
    {
      name: 'link without https',
      change: (d) => (d.onlineLink = 'zoom.us/j/123'),
      path: 'onlineLink',
      label: 'Tautan daring',
      message: /Tulis alamat lengkap yang diawali https:\/\//,
    },
    {
      name: 'venue without accessibility notes',
      change: (d) => delete d.venue.accessibility,
      path: 'venue.accessibility',
      label: 'Tempat › Aksesibilitas tempat',
      message: /^Wajib diisi\.$/,
      hint: /Jalan landai, lift, toilet ramah disabilitas/,
    },
  ]);
});
