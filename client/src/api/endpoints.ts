import { type HealthResponse, healthResponseSchema, type Strategy, strategySchema } from '@thb/shared';
import { apiGet } from './http';

/** The EU Strategy towards the Eradication of Trafficking in Human Beings 2012–2016. */
export const EU_STRATEGY_2012_2016 = 'eu-2012-2016';

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  // A degraded server answers 503 with the same body, which still tells its version.
  return apiGet('/health', healthResponseSchema, { acceptStatuses: [503], signal });
}

export function fetchStrategy(slug: string, signal?: AbortSignal): Promise<Strategy> {
  return apiGet(`/strategies/${encodeURIComponent(slug)}`, strategySchema, { signal });
}
