import { createHash } from 'node:crypto';

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based UUID (RFC 9562 version 5, SHA-1): the same name in the same namespace gives the same id. */
export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The platform's own namespace, for ids of its taxonomies and terms. */
export const THB_HSDS_NAMESPACE = uuidV5('https://thb-platform.eu/hsds', URL_NAMESPACE);

/**
 * The id of an object the platform does not store with an id of its own (an address, a language entry, a
 * phone of the export…): derived from its parent's id, its kind and its position, so a re-export is stable.
 */
export function childId(parentId: string, kind: string, index: number | string): string {
  return uuidV5(`${kind}:${index}`, parentId);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
