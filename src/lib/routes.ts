/** Every public URL of the site in one place, so links and pages cannot drift apart. */
import { slugify } from './text.ts';

export const routes = {
  home: '/',
  news: '/berita/',
  newsPage: (page: number) => (page <= 1 ? '/berita/' : `/berita/halaman/${page}/`),
  newsArticle: (id: string) => `/berita/${id}/`,
  tag: (tag: string) => `/berita/topik/${slugify(tag)}/`,
  tagPage: (tag: string, page: number) => (page <= 1 ? `/berita/topik/${slugify(tag)}/` : `/berita/topik/${slugify(tag)}/${page}/`),
  services: '/layanan/',
  service: (id: string) => `/layanan/${id}/`,
  forums: '/forum/',
  forumsPage: (page: number) => (page <= 1 ? '/forum/' : `/forum/halaman/${page}/`),
  forum: (id: string) => `/forum/${id}/`,
  survey: '/survei-kepuasan/',
  complaints: '/pengaduan/',
  pledge: '/maklumat-pelayanan/',
  inclusive: '/layanan-ramah-kelompok-rentan/',
  integrity: '/zona-integritas/',
  profile: '/profil/',
  publicInformation: '/informasi-publik/',
  search: '/cari/',
  accessibility: '/aksesibilitas/',
} as const;
