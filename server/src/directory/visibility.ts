import { type FieldVisibility, type ServiceType, type Visibility } from '@thb/shared';
import { type AuthenticatedUser } from '../access/authenticated-user';

/** How much of a record a viewer may see: the public, any signed-in member, or the owner (and Coordinator). */
export type ViewerLevel = 'public' | 'members' | 'restricted';

export function viewerLevel(viewer: AuthenticatedUser | null, ownerOrganisationId: string): ViewerLevel {
  if (!viewer) {
    return 'public';
  }
  if (viewer.role === 'coordinator' || viewer.organisationId === ownerOrganisationId) {
    return 'restricted';
  }
  return 'members';
}

const RANK: Record<Visibility, number> = { public: 0, members: 1, restricted: 2 };

/** May a viewer at this level see a field group published at that visibility? */
export function canSee(level: ViewerLevel, visibility: Visibility): boolean {
  return RANK[level] >= RANK[visibility];
}

/**
 * The visibility actually applied: what the provider chose, except that a shelter's street address and exact
 * position are never public (at least members-only), whatever was chosen.
 */
export function effectiveVisibility(chosen: FieldVisibility, serviceTypes: readonly ServiceType[]): FieldVisibility {
  if (serviceTypes.includes('shelter') && chosen.location === 'public') {
    return { ...chosen, location: 'members' };
  }
  return chosen;
}

/**
 * A position at city level: rounded to 0.1° (about 11 km north–south, 7 km east–west in Europe), enough to put
 * a marker on the right town without pointing at a building.
 */
export function cityLevel(coordinate: number): number {
  return Math.round(coordinate * 10) / 10;
}
