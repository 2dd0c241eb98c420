import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { type Permission, PERMISSIONS } from '@thb/shared';

export const ALLOW_KEY = 'thb:permission';

/**
 * The permission a route needs, from the access table in `@thb/shared`. Every controller route must carry
 * one: the access guard denies routes without it.
 */
export function Allow(permission: Permission): MethodDecorator & ClassDecorator {
  const forVisitors = (PERMISSIONS[permission].roles as readonly string[]).includes('visitor');
  return applyDecorators(SetMetadata(ALLOW_KEY, permission), ...(forVisitors ? [] : [ApiBearerAuth()]));
}
