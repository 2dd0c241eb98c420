/** A timestamp as read from either database driver (a Date, or a string in raw rows), as ISO 8601; null stays null. */
export function iso(value: Date | string | null): string | null {
  if (value === null) {
    return null;
  }
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
