import { AppError } from '../common/problem/app-error';
import { REFERENCE_STRATEGIES, StrategyService } from './strategy.service';
import { type StrategyRepository } from './strategy.repository';

function repositoryMock() {
  return {
    findBySlug: jest.fn<ReturnType<StrategyRepository['findBySlug']>, [string]>(),
    insertIfMissing: jest.fn<ReturnType<StrategyRepository['insertIfMissing']>, [never]>(),
  };
}

describe('StrategyService', () => {
  it('answers an unknown slug with a not_found AppError', async () => {
    const repository = repositoryMock();
    repository.findBySlug.mockResolvedValue(null);
    const sut = new StrategyService(repository as unknown as StrategyRepository);

    await expect(sut.getBySlug('eu-1999')).rejects.toEqual(
      new AppError('not_found', 'There is no strategy "eu-1999".'),
    );
  });

  it('offers every reference strategy to the repository, which keeps existing ones', async () => {
    const repository = repositoryMock();
    repository.insertIfMissing.mockResolvedValue(false);
    const sut = new StrategyService(repository as unknown as StrategyRepository);

    await sut.loadReferenceData();

    expect(repository.insertIfMissing).toHaveBeenCalledTimes(REFERENCE_STRATEGIES.length);
  });

  it('ships the five priorities of the 2012–2016 Strategy as reference data', () => {
    const [strategy] = REFERENCE_STRATEGIES;

    expect(strategy?.priorities.map((p) => p.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(strategy?.priorities.every((p) => p.actions.length > 0)).toBe(true);
  });
});
