/**
 * Text of the satisfaction survey (Survei Kepuasan Masyarakat) beyond the basic page strings
 * in id.ts: the group labels written into survey data, the period names, and the published
 * results' wording (sample adequacy, weakest elements, services, respondent profile).
 */
export const surveyText = {
  groups: {
    other: 'Lainnya',
    notAnswered: 'Tidak diisi',
    male: 'Laki-laki',
    female: 'Perempuan',
    otherServices: 'Layanan lainnya',
    ageBands: [
      { label: 'Di bawah 20 tahun', from: 0, to: 19 },
      { label: '20–29 tahun', from: 20, to: 29 },
      { label: '30–39 tahun', from: 30, to: 39 },
      { label: '40–49 tahun', from: 40, to: 49 },
      { label: '50–59 tahun', from: 50, to: 59 },
      { label: '60 tahun ke atas', from: 60, to: 200 },
    ],
  },
  periods: {
    year: (year: number) => `Tahun ${year}`,
    semester: (half: 1 | 2, year: number) => `Semester ${half === 1 ? 'I' : 'II'} ${year}`,
    quarter: (quarter: 1 | 2 | 3 | 4, year: number) => `Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`,
  },
  page: {
    periodSummary: 'Ringkasan periode',
    dates: 'Waktu survei',
    sampleHeading: 'Kecukupan sampel',
    sampleEnough: (respondents: string, population: string, minimum: string) =>
      `Sampel cukup: ${respondents} responden dari ${population} pengguna layanan. Menurut tabel Krejcie–Morgan, sampel paling sedikit ${minimum} responden.`,
    sampleShort: (respondents: string, population: string, minimum: string, shortfall: string) =>
      `Sampel belum cukup: ${respondents} responden dari ${population} pengguna layanan, sedangkan menurut tabel Krejcie–Morgan sampel paling sedikit ${minimum} responden (kurang ${shortfall}). Hasilnya tetap kami umumkan, tetapi perlu dibaca dengan hati-hati.`,
    weakestHeading: 'Unsur yang paling perlu diperbaiki',
    weakestIntro: 'Tiga unsur dengan nilai rata-rata terendah pada periode ini:',
    validAnswers: 'Jawaban sah',
    validOf: (valid: string, respondents: string) => `${valid} dari ${respondents}`,
    servicesHeading: 'Hasil per jenis layanan',
    servicesCaption: (period: string) => `Nilai IKM per jenis layanan, ${period}`,
    service: 'Jenis layanan',
    servicesNote: 'Layanan dengan kurang dari 5 responden digabung ke "Layanan lainnya" agar tidak ada responden yang bisa dikenali.',
    profileHeading: 'Profil responden',
    profileNote: 'Kelompok dengan kurang dari 5 responden digabung ke "Lainnya" agar tidak ada responden yang bisa dikenali.',
    profileCaption: (question: string, period: string) => `${question} responden, ${period}`,
    profileChartLabel: (question: string, period: string) => `Grafik batang ${question.toLowerCase()} responden, ${period}. Angka lengkapnya ada pada tabel di bawah grafik.`,
    group: 'Kelompok',
    count: 'Jumlah',
    share: 'Persentase',
  },
  structuredData: {
    name: (office: string) => `Survei Kepuasan Masyarakat ${office}`,
    description: (office: string) =>
      `Indeks Kepuasan Masyarakat (IKM) ${office} per periode, dihitung dari jawaban pengguna layanan atas sembilan unsur pelayanan menurut PermenPAN-RB Nomor 14 Tahun 2017.`,
    period: (title: string, index: string, grade: string) => `IKM ${title}: ${index} (mutu ${grade})`,
    index: 'Indeks Kepuasan Masyarakat (IKM)',
    respondents: 'Jumlah responden',
    method: 'Survei Kepuasan Masyarakat menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017, dengan skala 1–4 untuk sembilan unsur pelayanan',
  },
} as const;
