/**
 * What the answer-sheet import says, in the editor's import panel and in the import command
 * alike: every problem names the row and column as the spreadsheet shows them, says what is
 * wrong in plain words and what to do.
 */
import { IKM_ELEMENTS, MIN_GROUP, PROFILE_QUESTIONS, type IkmElement } from '../schema/surveys.ts';
import type { ColumnQuestion } from '../lib/survey/sheet/problems.ts';
import type { BlockingProblem, RowProblem } from '../lib/survey/sheet/problems.ts';
import type { ResultsNotice } from '../lib/survey/results.ts';

const element = (key: IkmElement) => IKM_ELEMENTS[key];
const question = (key: ColumnQuestion) => (key === 'service' ? 'Jenis layanan' : PROFILE_QUESTIONS[key]);
const letters = (list: readonly string[]) => (list.length <= 2 ? list.join(' dan ') : `${list.slice(0, -1).join(', ')}, dan ${list.at(-1)}`);
const column = (letter: string, header: string) => (header ? `kolom ${letter} (${header})` : `kolom ${letter}`);

export const surveyImportText = {
  blocking(problem: BlockingProblem): string {
    switch (problem.kind) {
      case 'unreadable-file':
        return {
          xls: 'Berkas ini berformat Excel lama (.xls). Buka di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel (.xlsx), lalu pilih berkas yang baru.',
          'not-a-sheet': 'Berkas ini bukan lembar CSV atau Excel (.xlsx). Pilih berkas hasil ekspor jawaban survei.',
          broken: 'Berkas Excel ini rusak atau tidak bisa dibaca. Buka lalu simpan ulang di Excel sebagai .xlsx, atau ekspor sebagai CSV.',
          empty: 'Berkasnya kosong. Pilih berkas yang berisi jawaban survei.',
        }[problem.reason];
      case 'no-header':
        return 'Lembar pertama berkas ini kosong. Letakkan jawaban di lembar pertama, dengan judul kolom di atas jawaban.';
      case 'missing-element':
        return `Kolom unsur ${element(problem.element)} tidak ditemukan. Tambahkan kolom berjudul "${element(problem.element)}" berisi jawaban 1–4, atau ubah judul kolom yang ada agar menyebut nama unsur itu.`;
      case 'duplicate-header':
        return `Judul kolom "${problem.header}" muncul ${problem.letters.length} kali (kolom ${letters(problem.letters)}). Hapus kolom yang berlebih atau beri judul yang berbeda.`;
      case 'element-twice':
        return `${problem.letters.length} kolom dibaca sebagai unsur ${element(problem.element)} (kolom ${letters(problem.letters)}). Sisakan satu kolom jawaban untuk tiap unsur, atau ubah judul kolom yang bukan jawaban unsur itu.`;
      case 'question-twice':
        return `${problem.letters.length} kolom dibaca sebagai ${question(problem.question)} (kolom ${letters(problem.letters)}). Sisakan satu, atau ubah judul kolom yang lain.`;
      case 'ambiguous-header':
        return `Judul ${column(problem.letter, `"${problem.header}"`)} menyebut lebih dari satu unsur (${problem.elements.map(element).join('; ')}). Ubah judulnya agar hanya menyebut satu unsur.`;
      case 'u8-u9-order-needed':
        return `Kolom ${letters(problem.letters)} hanya berjudul U8/U9. Salinan PermenPAN-RB 14/2017 berbeda soal mana yang U8 dan mana yang U9, jadi pilih urutan yang dipakai kuesioner Anda, atau tulis nama unsurnya pada judul kolom.`;
      case 'no-responses':
        return 'Tidak ada satu baris pun yang berisi jawaban 1–4 di bawah judul kolom. Periksa apakah jawabannya ada di lembar pertama.';
      case 'element-without-answers':
        return `Kolom ${problem.letter} (unsur ${element(problem.element)}) tidak berisi satu pun jawaban 1–4. Periksa apakah kolom itu benar berisi jawaban unsur ini.`;
    }
  },
  row(problem: RowProblem): string {
    switch (problem.kind) {
      case 'out-of-range':
        return `Baris ${problem.row}, ${column(problem.letter, problem.header)}: ${String(problem.value).replace('.', ',')} di luar skala 1–4. Jawaban ini tidak dihitung.`;
      case 'not-a-number':
        return `Baris ${problem.row}, ${column(problem.letter, problem.header)}: "${problem.text}" bukan angka 1–4. Jawaban ini tidak dihitung.`;
      case 'invalid-age':
        return `Baris ${problem.row}, kolom ${problem.letter}: usia "${problem.text}" tidak masuk akal. Pada profil usia, responden ini masuk "Tidak diisi".`;
      case 'rejected-row':
        return problem.reason === 'all-blank'
          ? `Baris ${problem.row}: semua jawaban unsur kosong. Baris ini tidak dihitung sebagai responden.`
          : `Baris ${problem.row}: tidak ada jawaban unsur yang sah. Baris ini tidak dihitung sebagai responden.`;
    }
  },
  notice(notice: ResultsNotice): string {
    switch (notice.kind) {
      case 'profile-withheld':
        return `Profil ${PROFILE_QUESTIONS[notice.question].toLowerCase()} tidak diterbitkan: respondennya terlalu sedikit untuk dikelompokkan tanpa ada yang bisa dikenali (paling sedikit ${MIN_GROUP} per kelompok).`;
      case 'service-without-element':
        return `Hasil layanan "${notice.service}" tidak diterbitkan: tidak ada jawaban sah untuk unsur ${element(notice.element)}.`;
    }
  },
  roles: {
    element: (key: IkmElement) => `Unsur: ${element(key)}`,
    profile: question,
    ignored: 'Tidak dipakai',
  },
  orders: {
    legend: 'Urutan U8 dan U9 pada kuesioner Anda',
    'elements-list': `U8 = ${IKM_ELEMENTS.complaintHandling}; U9 = ${IKM_ELEMENTS.facilities} (urutan daftar unsur PermenPAN-RB 14/2017)`,
    questionnaire: `U8 = ${IKM_ELEMENTS.facilities}; U9 = ${IKM_ELEMENTS.complaintHandling} (urutan contoh kuesioner PermenPAN-RB 14/2017)`,
  },
  summary: {
    rowsRead: 'Baris jawaban dibaca',
    respondents: 'Responden dihitung',
    rowsRejected: 'Baris tidak dihitung',
    answersExcluded: 'Jawaban tidak dihitung (kosong atau salah)',
    headerRow: 'Judul kolom di baris',
  },
} as const;

/** The editor's "Impor jawaban" control (src/cms/widgets/survey-import.ts). */
export const surveyImportWidgetText = {
  chooseFile: 'Pilih berkas jawaban (CSV atau Excel .xlsx)',
  privacy: 'Berkas dibaca di peramban ini saja: tidak diunggah dan tidak disimpan. Yang masuk ke situs hanya angka ringkasannya.',
  reading: 'Membaca berkas…',
  fileHeading: (name: string) => `Isi berkas ${name}`,
  columnsHeading: 'Kolom yang dikenali',
  columnHeaders: { letter: 'Kolom', header: 'Judul', role: 'Dibaca sebagai' },
  blockingHeading: 'Perbaiki dulu di berkas, lalu pilih berkasnya lagi',
  rowProblemsHeading: (count: number) => `Jawaban dan baris yang tidak dihitung (${count})`,
  noticesHeading: 'Catatan',
  resultHeading: 'Hasil bila dipakai',
  confirm: 'Pakai hasil ini',
  cancel: 'Batal',
  applied: (name: string) => `Hasil dari ${name} sudah diisikan. Tekan Terbitkan untuk menyimpannya.`,
  storedHeading: 'Hasil pada formulir ini',
  meansCaption: 'Nilai rata-rata per unsur (1–4)',
  result: (index: string, grade: string, label: string, respondents: string) => `IKM ${index} (${grade}, ${label}) · ${respondents} responden`,
  storedServices: (services: string) => `Jenis layanan: ${services}.`,
  storedProfile: (questions: string) => `Profil responden: ${questions}.`,
  empty: 'Belum ada hasil. Pilih berkas jawaban untuk mengisinya.',
  pending: 'Hasil impor belum dipakai: tekan "Pakai hasil ini" atau "Batal".',
  unexpected: 'Berkas tidak bisa dibaca. Coba simpan ulang sebagai .xlsx atau CSV lalu pilih lagi.',
} as const;

/** The import command (scripts/survey-import.ts). */
export const surveyImportCliText = {
  usage:
    'Pakai: npm run survey:import -- <berkas.xlsx|berkas.csv> --period 2026-S1 [--population 1200] [--u8 pengaduan|sarana] [--force]',
  unknownOption: (option: string) => `Pilihan "${option}" tidak dikenal.`,
  noFile: 'Sebutkan berkas jawaban (.xlsx atau .csv).',
  fileMissing: (file: string) => `Berkas ${file} tidak ditemukan.`,
  noPeriod: 'Sebutkan periodenya dengan --period, misalnya --period 2026-S1.',
  badPeriod: (period: string) => `Periode "${period}" tidak dikenali. Tulis seperti 2026 (tahun), 2026-S1 (semester), atau 2026-T3 (triwulan).`,
  badPopulation: (value: string) => `--population "${value}" harus bilangan bulat lebih dari 0, misalnya --population 1200.`,
  badOrder: (value: string) => `--u8 "${value}" tidak dikenal. Tulis --u8 pengaduan atau --u8 sarana.`,
  orderHint: `Jalankan lagi dengan --u8 pengaduan (U8 = ${IKM_ELEMENTS.complaintHandling}; U9 = ${IKM_ELEMENTS.facilities}) atau --u8 sarana (U8 = ${IKM_ELEMENTS.facilities}; U9 = ${IKM_ELEMENTS.complaintHandling}).`,
  missingValue: (option: string) => `Pilihan ${option} perlu diikuti nilainya, misalnya --period 2026-S1 atau --population 1200.`,
  exists: (file: string) =>
    `${file} sudah ada. Tambahkan --force untuk menggantinya (judul, tanggal, populasi, dan rencana tindak lanjut yang sudah ada dipertahankan; hanya hasilnya yang diganti).`,
  blockingHeading: 'Berkas jawaban belum bisa dipakai:',
  rowProblemsHeading: (count: number) => `${count} jawaban atau baris tidak dihitung:`,
  noticesHeading: 'Catatan:',
  written: (file: string, index: string, grade: string, respondents: number) => `Tersimpan: ${file} (IKM ${index}, mutu ${grade}, ${respondents} responden).`,
  sample: (population: string, minimum: string, enough: boolean) =>
    `Sampel minimum untuk ${population} pengguna layanan (Krejcie–Morgan): ${minimum} responden. ${enough ? 'Jumlah responden sudah memenuhi.' : 'Jumlah responden belum memenuhi.'}`,
  invalidResult: 'Hasil impor tidak lolos pemeriksaan isi:',
} as const;
