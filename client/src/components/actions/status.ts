import { type ActionStatus } from '@thb/shared';

/** The order statuses are shown in, in the chart, its legend and the filters: done, under way, late, not started. */
export const STATUS_ORDER: readonly ActionStatus[] = ['completed', 'ongoing', 'delayed', 'planned'];
