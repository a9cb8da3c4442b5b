/** Small text helpers shared by pages and outputs. */

/** A URL-safe slug: "Keamanan Pangan" becomes "keamanan-pangan". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A display number for tel: links: keeps + and digits. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
