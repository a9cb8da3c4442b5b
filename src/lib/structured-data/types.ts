/** A schema.org node as JSON-LD. Builders return plain data; the layout serializes it. */
export interface JsonLdNode {
  '@type': string | readonly string[];
  '@id'?: string;
  [property: string]: unknown;
}

/** A reference to a node described elsewhere in the page's graph. */
export interface JsonLdReference {
  '@id': string;
}

/** One image of a photo in a given aspect ratio, already published at an absolute URL. */
export interface PublishedImage {
  url: string;
  width: number;
  height: number;
}
