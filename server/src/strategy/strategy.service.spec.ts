import { type AuditService } from '../audit/audit.service';
import { AppError } from '../common/problem/app-error';
import { messageExcerpt, REFERENCE_STRATEGIES, StrategyService } from './strategy.service';
import { type StrategyRepository } from './strategy.repository';

function repositoryMock() {
  return {
    findStrategy: jest.fn<ReturnType<StrategyRepository['findStrategy']>, [string]>(),
    insertIfMissing: jest.fn<ReturnType<StrategyRepository['insertIfMissing']>, [never]>(),
  };
}

const audit = { record: jest.fn() } as unknown as AuditService;

describe('StrategyService', () => {
  it('answers an unknown slug with a not_found AppError', async () => {
    const repository = repositoryMock();
    repository.findStrategy.mockResolvedValue(null);
    const sut = new StrategyService(repository as unknown as StrategyRepository, audit);

    await expect(sut.getBySlug('eu-1999')).rejects.toEqual(
      new AppError('not_found', 'There is no strategy "eu-1999".'),
    );
  });

  it('offers every reference strategy to the repository, which keeps existing ones', async () => {
    const repository = repositoryMock();
    repository.insertIfMissing.mockResolvedValue(false);
    const sut = new StrategyService(repository as unknown as StrategyRepository, audit);

    await sut.loadReferenceData();

    expect(repository.insertIfMissing).toHaveBeenCalledTimes(REFERENCE_STRATEGIES.length);
  });

  it('ships the five priorities of the 2012–2016 Strategy as reference data, bodies split', () => {
    const [strategy] = REFERENCE_STRATEGIES;

    expect(strategy?.priorities.map((p) => p.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(strategy?.priorities.every((p) => p.actions.length > 0)).toBe(true);
    expect(strategy?.priorities[0]?.actions[0]).toMatchObject({
      responsible: 'MS/COM',
      responsibleBodies: ['MS', 'COM'],
    });
  });

  it('ships the 2017 priorities as an action plan without actions: A–C targeted, X1–X2 cross-cutting', () => {
    const plan = REFERENCE_STRATEGIES[1];

    expect(plan).toMatchObject({ slug: 'eu-2017-priorities', kind: 'action_plan' });
    expect(plan?.priorities.map((p) => p.code)).toEqual(['A', 'B', 'C', 'X1', 'X2']);
    expect(plan?.priorities.every((p) => p.actions.length === 0)).toBe(true);
  });

  it.each([
    ['**Bold** and `code` with <@0b6b6f3e-8f4e-4f59-9d1a-1f2d3c4b5a69>', 'Bold and code with @'],
    ['See [the guidelines](https://example.org/x)\n\nnext line', 'See the guidelines next line'],
  ])('makes a one-line excerpt of a message: %j', (body, excerpt) => {
    expect(messageExcerpt(body)).toBe(excerpt);
  });

  it('cuts long excerpts with an ellipsis', () => {
    expect(messageExcerpt('word '.repeat(60))).toHaveLength(140);
    expect(messageExcerpt('word '.repeat(60)).endsWith('…')).toBe(true);
  });
});
