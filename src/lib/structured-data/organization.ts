/**
 * The office as a GovernmentOrganization, described once per page and referenced by @id from
 * articles, events and services, so every page tells search engines who publishes it.
 */
import type { SettingsData } from '../../schema/index.ts';
import { OFFICE_KINDS } from '../../schema/index.ts';
import { absoluteUrl } from '../site-url.ts';
import type { JsonLdNode, JsonLdReference } from './types.ts';

export const COUNTRY = 'ID';

/** BPOM itself, the parent of every regional office. */
export const NATIONAL_AUTHORITY = {
  name: 'Badan Pengawas Obat dan Makanan',
  alternateName: 'BPOM',
  url: 'https://www.pom.go.id',
} as const;

export function organizationId(site: URL | string): string {
  return absoluteUrl('/#kantor', site);
}

export function organizationReference(site: URL | string): JsonLdReference {
  return { '@id': organizationId(site) };
}

export function postalAddress(office: SettingsData['office']): JsonLdNode {
  return {
    '@type': 'PostalAddress',
    streetAddress: office.street,
    addressLocality: office.city,
    addressRegion: office.province,
    postalCode: office.postalCode,
    addressCountry: COUNTRY,
  };
}

export function governmentOrganization(settings: SettingsData, site: URL | string): JsonLdNode {
  const { office } = settings;
  return {
    '@type': 'GovernmentOrganization',
    '@id': organizationId(site),
    name: office.name,
    alternateName: office.shortName,
    description: office.about,
    url: absoluteUrl('/', site),
    address: postalAddress(office),
    telephone: office.phone,
    email: office.email,
    areaServed: office.area.map((name) => ({ '@type': 'AdministrativeArea', name })),
    parentOrganization: { '@type': 'GovernmentOrganization', ...NATIONAL_AUTHORITY },
    additionalType: OFFICE_KINDS[office.kind],
    ...(office.social.length ? { sameAs: office.social.map((account) => account.url) } : {}),
  };
}
