import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTORS, isAllowed, type Permission, PERMISSIONS } from '@thb/shared';

/** The README's "Who may do what" table must say what `shared/src/access.ts` enforces. */
describe('README access table', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const rows = new Map(
    readme
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map((cells) => [cells[1]!.replaceAll('`', ''), cells.slice(2, 2 + ACTORS.length)] as const),
  );

  it.each(Object.keys(PERMISSIONS) as Permission[])('documents %s', (permission) => {
    const cells = rows.get(permission);
    expect(cells).toBeDefined();
    const documented = cells!.map((cell) => cell !== '–');
    expect(documented).toEqual(ACTORS.map((actor) => isAllowed(actor, permission)));
  });
});
