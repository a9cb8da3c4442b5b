import { describe, expect, test } from 'vitest';
import { parse, validData } from '../../helpers/content-fixtures.ts';
import { testInvalidCases } from './invalid-cases.ts';

describe('settings schema: valid entry', () => {
  test('parses the office, its zone and its channels', () => {
    const parsed = parse('settings', validData('settings'));
    expect(['WIB', 'WITA', 'WIT']).toContain(parsed.office.timeZone);
    expect(['BBPOM', 'BPOM', 'LOKA']).toContain(parsed.office.kind);
    expect(parsed.complaints.channels.length).toBeGreaterThan(0);
    expect(parsed.pledge.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('settings schema: invalid entries', () => {
  testInvalidCases('settings', [
    {
      name: 'zone written as an offset',
      change: (d) => (d.office.timeZone = 'GMT+8'),
      path: 'office.timeZone',
      label: 'Profil kantor › Zona waktu',
      message: /^"GMT\+8" bukan pilihan yang tersedia\. Pilih salah satu: WIB \(UTC\+7\).*; WITA \(UTC\+8\).*; WIT \(UTC\+9\)/,
    },
    {
      name: 'office kind not on the list',
      change: (d) => (d.office.kind = 'Balai'),
      path: 'office.kind',
      label: 'Profil kantor › Jenis kantor',
      message: /Pilih salah satu: Balai Besar POM; Balai POM; Loka POM\./,
    },
    {
      name: 'WhatsApp with + and spaces',
      change: (d) => (d.office.whatsapp = '+62 812-3456-7890'),
      path: 'office.whatsapp',
      label: 'Profil kantor › WhatsApp kantor',
      message: /Tulis nomor WhatsApp diawali 62 tanpa tanda \+ atau spasi, misalnya 6281234567890\./,
    },
    {
      name: 'e-mail without domain',
      change: (d) => (d.office.email = 'ulpk@'),
      path: 'office.email',
      label: 'Profil kantor › E-mail kantor',
      message: /Tulis alamat e-mail yang lengkap, misalnya ulpk@contoh\.go\.id\./,
    },
    {
      name: 'postal code of four digits',
      change: (d) => (d.office.postalCode = '3822'),
      path: 'office.postalCode',
      label: 'Profil kantor › Kode pos',
      message: /Kode pos terdiri dari 5 angka\./,
    },
    {
      name: 'site address without https',
      change: (d) => (d.siteUrl = 'bengkulu.pom.go.id'),
      path: 'siteUrl',
      label: 'Alamat situs',
      message: /diawali https:\/\//,
    },
    {
      name: 'no complaint channel',
      change: (d) => (d.complaints.channels = []),
      path: 'complaints.channels',
      label: 'Pengaduan › Saluran pengaduan',
      message: /^Paling sedikit 1 isian\.$/,
      hint: /HALO BPOM, SP4N-LAPOR!/,
    },
    {
      name: 'phone with letters',
      change: (d) => (d.complaints.channels[0].phone = 'telp. kantor'),
      path: 'complaints.channels.0.phone',
      label: 'Pengaduan › Saluran pengaduan › nomor 1 › Telepon',
      message: /Tulis nomor telepon dengan angka saja/,
    },
    {
      name: 'pledge dated 30 February',
      change: (d) => (d.pledge.date = '2024-02-30'),
      path: 'pledge.date',
      label: 'Maklumat pelayanan › Tanggal penetapan',
      message: /2024-02-30 tidak ada di kalender/,
    },
    {
      name: 'no facility listed',
      change: (d) => (d.inclusive.facilities = []),
      path: 'inclusive.facilities',
      label: 'Layanan ramah kelompok rentan › Fasilitas yang tersedia',
      message: /^Paling sedikit 1 isian\.$/,
    },
  ]);
});
