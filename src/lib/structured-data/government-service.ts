/**
 * A service standard as GovernmentService: who provides it, where, through which channel,
 * and (when it is free) that it costs nothing.
 */
import type { ServiceData, SettingsData } from '../../schema/index.ts';
import { postalAddress } from './organization.ts';
import type { JsonLdNode, JsonLdReference } from './types.ts';

export interface GovernmentServiceInput {
  service: Pick<ServiceData, 'title' | 'summary' | 'cost' | 'audience'>;
  url: string;
  office: SettingsData['office'];
  provider: JsonLdReference;
}

export function governmentService({ service, url, office, provider }: GovernmentServiceInput): JsonLdNode {
  return {
    '@type': 'GovernmentService',
    '@id': `${url}#layanan`,
    url,
    name: service.title,
    description: service.summary,
    serviceType: service.title,
    provider,
    serviceOperator: provider,
    areaServed: office.area.map((name) => ({ '@type': 'AdministrativeArea', name })),
    audience: service.audience.map((group) => ({ '@type': 'Audience', audienceType: group })),
    availableChannel: {
      '@type': 'ServiceChannel',
      name: office.name,
      serviceUrl: url,
      availableLanguage: 'id',
      servicePhone: { '@type': 'ContactPoint', telephone: office.phone, email: office.email, contactType: 'customer service' },
      serviceLocation: { '@type': 'Place', name: office.name, address: postalAddress(office) },
    },
    ...(service.cost.kind === 'free' ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' } } : {}),
  };
}
