import { fetchOrganisationLogo } from '@/api/organisations';

/** Logos as data: URLs (the CSP allows `data:` images, not `blob:`), kept for the visit; a few dozen at most. */
const cache = new Map<string, Promise<string>>();
const MAX_ENTRIES = 100;

export function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') {
        resolve(reader.result);
      } else {
        reject(new Error('could not read the image'));
      }
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('could not read the image'));
    };
    reader.readAsDataURL(blob);
  });
}

export function logoDataUrl(organisationId: string): Promise<string> {
  let entry = cache.get(organisationId);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) {
        cache.delete(oldest);
      }
    }
    entry = fetchOrganisationLogo(organisationId).then(readAsDataUrl);
    // A failure is not remembered: the next page view tries again.
    entry.catch(() => cache.delete(organisationId));
    cache.set(organisationId, entry);
  }
  return entry;
}

/** After a new logo was uploaded. */
export function forgetLogo(organisationId: string): void {
  cache.delete(organisationId);
}
