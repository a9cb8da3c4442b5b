/** Addresses of the machine-readable outputs: feeds, calendars, sitemap. */
export const feedRoutes = {
  news: '/berita/rss.xml',
  forums: '/forum/rss.xml',
  calendar: '/forum/kalender.ics',
  forumCalendar: (id: string) => `/forum/${id}/kalender.ics`,
  sitemapIndex: '/sitemap-index.xml',
  sitemapFile: (index: number) => `/sitemap-${index}.xml`,
} as const;
