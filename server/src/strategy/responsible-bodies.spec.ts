import { splitResponsible } from './responsible-bodies';

describe('splitResponsible', () => {
  it.each([
    ['MS/COM', ['MS', 'COM']],
    ['COM', ['COM']],
    ['COM/International Organisations/EEAS', ['COM', 'International Organisations', 'EEAS']],
    ['COM / EU agencies / MS', ['COM', 'EU agencies', 'MS']],
    ['Commission and Member States', ['Commission', 'Member States']],
    ['Europol, Eurojust; FRA & EIGE', ['Europol', 'Eurojust', 'FRA', 'EIGE']],
  ])('splits %j', (text, expected) => {
    expect(splitResponsible(text)).toEqual(expected);
  });

  it('keeps the first spelling of a body named twice and drops empty parts', () => {
    expect(splitResponsible('COM//com/ MS /')).toEqual(['COM', 'MS']);
  });

  it('does not split words that contain "and"', () => {
    expect(splitResponsible('Finland/Poland')).toEqual(['Finland', 'Poland']);
  });
});
