/** Groups built pages by template, for budgets and benchmark reports. */
export function pageType(urlPath: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 0) return 'beranda';
  const [section, second] = parts;
  if (section === 'berita') {
    if (!second) return 'daftar berita';
    if (second === 'halaman') return 'daftar berita';
    if (second === 'topik') return 'topik berita';
    return 'berita';
  }
  if (section === 'layanan') return second ? 'standar pelayanan' : 'daftar layanan';
  if (section === 'forum') return !second || second === 'halaman' ? 'daftar forum' : 'forum';
  return 'halaman';
}
