/**
 * What a forum says once time has changed its meaning: it has ended but its results are not
 * out yet, or its date no longer holds because it was postponed or cancelled. Used on its
 * page, in lists, in its JSON-LD, in the forum feed and in its calendar entry.
 */
export const forumMoments = {
  /** The status badge of a forum that has ended while its status is still "scheduled". */
  awaitingResults: 'Sudah berlangsung, hasil menyusul',
  awaitingResultsNotice: 'Forum ini sudah berlangsung. Hasil, kesepakatan, dan berita acaranya akan diumumkan di halaman ini.',
  /** Said in the event's description for search engines. */
  awaitingResultsDescription: (summary: string) => `Forum sudah berlangsung; hasilnya akan diumumkan. ${summary}`,
  feedTitle: (title: string) => `Sudah berlangsung, hasil menyusul: ${title}`,
  /** Label of the date a postponed or cancelled forum no longer takes place on. */
  formerSchedule: 'Jadwal semula (tidak berlaku lagi)',
  newDateToFollow: 'Jadwal baru akan diumumkan di halaman ini.',
  feedNewDateToFollow: 'Jadwal baru akan diumumkan.',
  calendarPostponed: 'Forum ini ditunda; tanggal di kalender tidak berlaku lagi. Jadwal baru akan diumumkan di halaman forum.',
  calendarCancelled: 'Forum ini dibatalkan.',
} as const;
