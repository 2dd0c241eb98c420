import { diffFields, metadataValue } from './record-diff';

describe('diffFields', () => {
  it('lists only changed fields and ignores child ids', () => {
    const before = { name: { en: 'A' }, phones: [{ id: '1', number: '+3222991111' }], free: true };
    const after = { name: { en: 'B' }, phones: [{ number: '+3222991111' }], free: true };
    expect(diffFields(before, after, ['name', 'phones', 'free'])).toEqual([
      { field: 'name', before: { en: 'A' }, after: { en: 'B' } },
    ]);
  });

  it('writes metadata values as strings', () => {
    expect(metadataValue(null)).toBe('');
    expect(metadataValue('x')).toBe('x');
    expect(metadataValue(['a'])).toBe('["a"]');
  });
});
