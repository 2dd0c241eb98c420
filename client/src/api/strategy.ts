import {
  type ActionLinkInput,
  type ActionUpdateInput,
  type StateOfPlayInput,
  type StrategyActionDetail,
  strategyActionDetailSchema,
  type StrategyList,
  strategyListSchema,
  type StrategyProgress,
  strategyProgressSchema,
} from '@thb/shared';
import { apiDelete, apiGet, apiPatch, apiPost, apiUrl, noContent } from './http';

/** Filters of the progress page and of the CSV export, as the API takes them (lists comma-separated). */
export interface ActionFilterParams {
  priority?: string | undefined;
  status?: string | undefined;
  body?: string | undefined;
  q?: string | undefined;
}

const strategyPath = (slug: string) => `/strategies/${encodeURIComponent(slug)}`;
const actionPath = (slug: string, actionId: number) => `${strategyPath(slug)}/actions/${actionId}`;

function filterQuery(filters: ActionFilterParams): Record<string, string | undefined> {
  return {
    priority: filters.priority || undefined,
    status: filters.status || undefined,
    body: filters.body || undefined,
    q: filters.q?.trim() || undefined,
  };
}

export function fetchStrategies(signal?: AbortSignal): Promise<StrategyList> {
  return apiGet('/strategies', strategyListSchema, { signal });
}

export function fetchProgress(
  slug: string,
  filters: ActionFilterParams,
  signal?: AbortSignal,
): Promise<StrategyProgress> {
  return apiGet(`${strategyPath(slug)}/progress`, strategyProgressSchema, { signal, query: filterQuery(filters) });
}

/** Address of the CSV export of the filtered actions: a plain link, the export is public. */
export function actionsCsvUrl(slug: string, filters: ActionFilterParams): string {
  return apiUrl(`${strategyPath(slug)}/actions.csv`, filterQuery(filters));
}

export function fetchAction(slug: string, actionId: number, signal?: AbortSignal): Promise<StrategyActionDetail> {
  return apiGet(actionPath(slug, actionId), strategyActionDetailSchema, { signal });
}

export function updateAction(slug: string, actionId: number, body: ActionUpdateInput): Promise<StrategyActionDetail> {
  return apiPatch(actionPath(slug, actionId), body, strategyActionDetailSchema);
}

export function addStateOfPlay(slug: string, actionId: number, body: StateOfPlayInput): Promise<StrategyActionDetail> {
  return apiPost(`${actionPath(slug, actionId)}/state-of-play`, body, strategyActionDetailSchema);
}

export function addActionLink(slug: string, actionId: number, body: ActionLinkInput): Promise<StrategyActionDetail> {
  return apiPost(`${actionPath(slug, actionId)}/links`, body, strategyActionDetailSchema);
}

export async function removeActionLink(slug: string, actionId: number, linkId: number): Promise<void> {
  await apiDelete(`${actionPath(slug, actionId)}/links/${linkId}`, noContent);
}
