import { ACTION_STATUSES, type ActionStatus } from '@thb/shared';
import { type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { type ActionFilterParams } from '@/api/strategy';
import { EU_STRATEGY_2012_2016 } from '@/api/endpoints';

/** What the progress page shows, all in the address: `/actions?priority=A` is priority A's page. */
export interface ActionFilters {
  strategy: string;
  priority: string;
  status: ActionStatus | '';
  body: string;
  q: string;
}

function text(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

const isStatus = (value: string): value is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(value);

export function filtersFromQuery(query: LocationQuery): ActionFilters {
  const status = text(query.status);
  return {
    strategy: text(query.strategy) || EU_STRATEGY_2012_2016,
    priority: text(query.priority).toUpperCase(),
    status: isStatus(status) ? status : '',
    body: text(query.body),
    q: text(query.q),
  };
}

export function queryFromFilters(filters: ActionFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.strategy && filters.strategy !== EU_STRATEGY_2012_2016) {
    query.strategy = filters.strategy;
  }
  for (const key of ['priority', 'status', 'body', 'q'] as const) {
    if (filters[key].trim()) {
      query[key] = filters[key].trim();
    }
  }
  return query;
}

export function apiFilters(filters: ActionFilters): ActionFilterParams {
  return { priority: filters.priority, status: filters.status, body: filters.body, q: filters.q };
}

export function hasAnyFilter(filters: ActionFilters): boolean {
  return Boolean(filters.priority || filters.status || filters.body || filters.q);
}

/** The action to open, from `?action=12`. */
export function openedAction(query: LocationQuery): number | undefined {
  const id = Number.parseInt(text(query.action), 10);
  return Number.isFinite(id) && id > 0 ? id : undefined;
}
