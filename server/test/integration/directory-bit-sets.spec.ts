import { sql } from 'drizzle-orm';
import { type Pool } from 'pg';
import { type DatabaseConnection } from '../../src/db/database';
import { createTestDatabase, realServerUrl } from '../support/test-database';

/**
 * The bit set helpers the directory search is made of (migrations 0010–0013), against the same operations on
 * JavaScript sets: sets of services as arrays of 4,096-bit blocks, by ordinal.
 */
describe('Directory search bit sets', () => {
  const BLOCKS = 3;
  const SIZE = BLOCKS * 4096;
  let sut: DatabaseConnection;

  beforeAll(async () => {
    sut = await createTestDatabase();
  });

  afterAll(async () => {
    await sut.close();
  });

  /** A seeded sample of ordinals; the middle block left empty when `gap`. */
  function sample(seed: number, share: number, gap = false): number[] {
    let state = seed;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const ordinals: number[] = [];
    for (let n = 0; n < SIZE; n++) {
      if (next() < share && !(gap && n >= 4096 && n < 8192)) {
        ordinals.push(n);
      }
    }
    // The first and last positions of the blocks, where an off-by-one would show.
    return [...new Set([...ordinals, 0, 4095, SIZE - 1])].sort((a, b) => a - b);
  }

  const setOf = (ordinals: number[]) =>
    sql`directory_bits_from_ordinals(${`{${ordinals.join(',')}}`}::int[], ${BLOCKS})`;

  async function ordinalsOf(set: ReturnType<typeof sql>): Promise<number[]> {
    const { rows } = await sut.db.execute<{ o: number }>(sql`select o::int from directory_bits_ordinals(${set}) o`);
    return rows.map((r) => Number(r.o));
  }

  async function scalar<T>(expression: ReturnType<typeof sql>): Promise<T> {
    const { rows } = await sut.db.execute<{ v: T }>(sql`select ${expression} as v`);
    return rows[0]!.v;
  }

  const a = sample(1, 0.05);
  const b = sample(2, 0.3, true);
  const inB = new Set(b);

  it('reads back the ordinals a set was built from, and counts them', async () => {
    expect(await ordinalsOf(setOf(a))).toEqual(a);
    expect(await ordinalsOf(setOf(b))).toEqual(b);
    expect(Number(await scalar(sql`directory_bits_count(${setOf(b)})`))).toBe(b.length);
    expect(Number(await scalar(sql`cardinality(${setOf(a)})`))).toBe(BLOCKS);
  });

  it('intersects, unites and subtracts sets block by block', async () => {
    expect(await ordinalsOf(sql`directory_bits_and(${setOf(a)}, ${setOf(b)})`)).toEqual(a.filter((n) => inB.has(n)));
    expect(await ordinalsOf(sql`directory_bits_or(${setOf(a)}, ${setOf(b)})`)).toEqual(
      [...new Set([...a, ...b])].sort((x, y) => x - y),
    );
    expect(await ordinalsOf(sql`directory_bits_and_not(${setOf(a)}, ${setOf(b)})`)).toEqual(
      a.filter((n) => !inB.has(n)),
    );
  });

  it('lays a set out as one bit string with the bit of ordinal n at n', async () => {
    const { rows } = await sut.db.execute<{ length: number; set: string }>(
      sql`select length(f)::int as length, f::text as set from directory_bits_flat(${setOf(b)}) f`,
    );
    expect(Number(rows[0]!.length)).toBe(SIZE);
    const bits = rows[0]!.set;
    expect([...bits].flatMap((bit, n) => (bit === '1' ? [n] : []))).toEqual(b);
  });

  it('keeps empty sets and ordinals past the last block apart', async () => {
    expect(Number(await scalar(sql`directory_bits_count(${setOf([])})`))).toBe(0);
    expect(Number(await scalar(sql`cardinality(${setOf([])})`))).toBe(BLOCKS);
    expect(Number(await scalar(sql`length(directory_bits_flat(${setOf([])}))`))).toBe(SIZE);
    expect(await ordinalsOf(setOf([5, SIZE + 7]))).toEqual([5]);
    expect(Number(await scalar(sql`cardinality(directory_bits_and('{}'::varbit[], '{}'::varbit[]))`))).toBe(0);
    expect(Number(await scalar(sql`directory_bits_count('{}'::varbit[])`))).toBe(0);
  });

  describe('with values stored for a facet', () => {
    // A facet of this test's own (`z`), its values' bits stored as the triggers store the real ones.
    const values = { one: a, two: b, three: sample(3, 0.1) };

    beforeAll(async () => {
      for (const [value, ordinals] of Object.entries(values)) {
        await sut.db.execute(sql`
insert into directory_facet_bits (facet, value, block, bits)
select 'z', ${value}, i - 1, s.set[i] from (select ${setOf(ordinals)} as set) s, generate_subscripts(s.set, 1) i`);
      }
    });

    it('builds the set of services having any of some codes', async () => {
      expect(await ordinalsOf(sql`directory_bits_from_codes(array['z:one', 'z:three'], ${BLOCKS})`)).toEqual(
        [...new Set([...values.one, ...values.three])].sort((x, y) => x - y),
      );
      expect(await ordinalsOf(sql`directory_bits_from_codes(array['z:none'], ${BLOCKS})`)).toEqual([]);
    });

    it('builds the set of services having all the codes of some alternative', async () => {
      const alternatives = JSON.stringify([['z:one', 'z:two'], ['z:three'], ['z:two', 'z:none']]);
      const inThree = new Set(values.three);
      const expected = [...new Set([...values.one.filter((n) => inB.has(n)), ...inThree])].sort((x, y) => x - y);
      expect(await ordinalsOf(sql`directory_bits_from_alternatives(${alternatives}::jsonb, ${BLOCKS})`)).toEqual(
        expected,
      );
    });

    it('counts each value over a set, skipping its empty blocks, leaving out values it has none of', async () => {
      // The set has nothing in the middle block, where the stored values do have services.
      const set = sample(4, 0.2, true);
      const inSet = new Set(set);
      const { rows } = await sut.db.execute<{ value: string; count: number }>(
        sql`select value, count from directory_facets_counts(array['z'], ${setOf(set)}) order by value`,
      );
      const expected = Object.entries(values)
        .map(([value, ordinals]) => ({ value, count: ordinals.filter((n) => inSet.has(n)).length }))
        .filter((c) => c.count > 0)
        .sort((x, y) => x.value.localeCompare(y.value));
      expect(rows.map((r) => ({ value: r.value, count: Number(r.count) }))).toEqual(expected);

      const { rows: none } = await sut.db.execute(sql`select * from directory_facets_counts(array['z'], ${setOf([])})`);
      expect(none).toEqual([]);
    });
  });

  // Two connections at once: only on the real server (the embedded database has one).
  (realServerUrl() ? it : it.skip)(
    'keeps a derived set without waiting for another statement keeping one (no deadlock)',
    async () => {
      const pool = (sut.db as unknown as { $client: Pool }).$client;
      const first = await pool.connect();
      const second = await pool.connect();
      const open = `select directory_search_set('open', 'test-slot') is not null as ok`;
      const verified = `select directory_search_set('verified:12', '2026-01-01') is not null as ok`;
      try {
        // Every kept set is stale after a write to the index.
        await first.query('update directory_search_version set version = version + 1');
        await first.query('begin');
        await second.query('begin');
        await first.query(verified);
        await second.query(open);
        // Each now needs the set the other is keeping, as the counts and page statements of a search may.
        const crossed = await Promise.all([first.query(open), second.query(verified)]);
        expect(crossed.map((r) => (r.rows[0] as { ok: boolean }).ok)).toEqual([true, true]);
      } finally {
        await Promise.all([first.query('rollback'), second.query('rollback')]);
        first.release();
        second.release();
      }
    },
  );
});
