// Proves the day-past-due evaluation on its own: which level an account reaches on a day, which
// passed levels owe their fee, when it blocks, resets and goes to debt collection, and that
// levels only rise while something stays overdue (a younger anchor keeps the level).
import { describe, expect, it } from 'vitest';
import { type DunningState, evaluateDunning, levelBlocks } from '../../../src/core/dunning/evaluate.ts';
import type { DunningPolicy } from '../../../src/core/dunning/policy.ts';
import { validateDunningPolicy } from '../../../src/core/dunning/policy.ts';
import { SaldoError } from '../../../src/core/errors.ts';

const policy: DunningPolicy = {
  levels: [
    { name: 'Reminder', daysPastDue: 7, feeMinor: undefined },
    { name: 'First notice', daysPastDue: 14, feeMinor: 500n },
    { name: 'Final notice', daysPastDue: 30, feeMinor: 1000n, blockAccount: true },
  ],
  debtCollectionAfterDays: 60,
};
const fresh: DunningState = {
  status: 'ACCOUNT_OK',
  dunningLevel: null,
  dunningAnchorDate: null,
  dunningBlocked: false,
  inDebtCollection: false,
  debtCollectionSince: null,
  debtCollectionRecalledAnchor: null,
};

describe('evaluateDunning', () => {
  it.each([
    ['nothing overdue', null, '2026-03-15', null, [], false, false],
    ['due today is not overdue', '2026-03-15', '2026-03-15', null, [], false, false],
    ['6 days past due', '2026-03-01', '2026-03-07', null, [], false, false],
    ['7 days past due', '2026-03-01', '2026-03-08', 0, [0], false, false],
    ['14 days past due', '2026-03-01', '2026-03-15', 1, [0, 1], false, false],
    ['30 days past due passes every level', '2026-03-01', '2026-03-31', 2, [0, 1, 2], true, false],
    ['60 days past due goes to collection', '2026-03-01', '2026-04-30', 2, [0, 1, 2], true, true],
  ])('%s', (_name, oldest, asOf, level, passed, block, handOver) => {
    const result = evaluateDunning(policy, fresh, oldest, asOf);
    expect(result.level).toBe(level);
    expect(result.levelsPassed).toEqual(passed);
    expect(result.block).toBe(block);
    expect(result.handOver).toBe(handOver);
    if (oldest !== null && oldest < asOf) expect(result.anchorDate).toBe(oldest);
  });

  it('names only the levels entered since the current one', () => {
    const result = evaluateDunning(
      policy,
      { ...fresh, dunningLevel: 0, dunningAnchorDate: '2026-03-01' },
      '2026-03-01',
      '2026-04-01',
    );
    expect(result.levelsPassed).toEqual([1, 2]);
    expect(
      evaluateDunning(
        policy,
        { ...fresh, dunningLevel: 2, dunningAnchorDate: '2026-03-01' },
        '2026-03-01',
        '2026-04-02',
      ).levelsPassed,
    ).toEqual([]);
  });

  it('keeps the level when the anchor moves to a younger charge, and escalates from there', () => {
    const state = { ...fresh, dunningLevel: 1, dunningAnchorDate: '2026-03-01' };
    const kept = evaluateDunning(policy, state, '2026-03-20', '2026-03-25');
    expect(kept).toMatchObject({ level: 1, anchorDate: '2026-03-20', daysPastDue: 5, levelsPassed: [] });
    const later = evaluateDunning(policy, { ...state, dunningAnchorDate: '2026-03-20' }, '2026-03-20', '2026-04-19');
    expect(later).toMatchObject({ level: 2, levelsPassed: [2], block: true });
  });

  it('resets when nothing is overdue any more', () => {
    expect(
      evaluateDunning(
        policy,
        { ...fresh, dunningLevel: 2, dunningAnchorDate: '2026-03-01', dunningBlocked: true },
        null,
        '2026-04-10',
      ),
    ).toMatchObject({
      level: null,
      anchorDate: null,
      block: false,
      levelsPassed: [],
    });
  });

  it('does not hand over again on the anchor a recall happened on', () => {
    const recalled = {
      ...fresh,
      dunningLevel: 2,
      dunningAnchorDate: '2026-03-01',
      debtCollectionRecalledAnchor: '2026-03-01',
    };
    expect(evaluateDunning(policy, recalled, '2026-03-01', '2026-05-30').handOver).toBe(false);
    expect(evaluateDunning(policy, recalled, '2026-03-02', '2026-05-30').handOver).toBe(true);
  });

  it('stays within a policy that lost levels', () => {
    const shorter: DunningPolicy = { levels: [policy.levels[0]!], debtCollectionAfterDays: null };
    expect(
      evaluateDunning(
        shorter,
        { ...fresh, dunningLevel: 2, dunningAnchorDate: '2026-03-01' },
        '2026-03-01',
        '2026-04-10',
      ).level,
    ).toBe(0);
  });

  it('blocks at and past a blocking level only', () => {
    expect(levelBlocks(policy, 1)).toBe(false);
    expect(levelBlocks(policy, 2)).toBe(true);
    expect(levelBlocks(policy, null)).toBe(false);
    expect(levelBlocks(null, 2)).toBe(false);
  });
});

describe('validateDunningPolicy', () => {
  const level = (days: number, extra: Record<string, unknown> = {}) => ({
    name: `L${days}`,
    daysPastDue: days,
    ...extra,
  });
  it.each([
    ['days not increasing', { levels: [level(14), level(7)] }, 'levels[1].daysPastDue'],
    ['equal days', { levels: [level(7), level(7)] }, 'levels[1].daysPastDue'],
    ['zero days', { levels: [level(0)] }, 'levels[0].daysPastDue'],
    ['21 levels', { levels: Array.from({ length: 21 }, (_, i) => level(i + 1)) }, 'levels'],
    ['a 65-character name', { levels: [{ name: 'x'.repeat(65), daysPastDue: 3 }] }, 'levels[0].name'],
    ['an empty name', { levels: [{ name: ' ', daysPastDue: 3 }] }, 'levels[0].name'],
    ['a negative fee', { levels: [level(3, { feeMinor: -1 })] }, 'levels[0].fee'],
    ['collection after 0 days', { levels: [level(3)], debtCollectionAfterDays: 0 }, 'debtCollectionAfterDays'],
  ])('refuses %s', (_name, input, field) => {
    let caught: unknown;
    try {
      validateDunningPolicy(input as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SaldoError);
    expect((caught as SaldoError).code).toBe('dunning_policy_invalid');
    expect((caught as SaldoError).field).toBe(field);
  });

  it('accepts 20 levels with fees and blocks', () => {
    const result = validateDunningPolicy({
      levels: Array.from({ length: 20 }, (_, i) => level(i + 1, { feeMinor: 100, blockAccount: i === 19 })),
      debtCollectionAfterDays: 90,
    });
    expect(result.levels).toHaveLength(20);
    expect(result.levels[0]!.feeMinor).toBe(100n);
    expect(result.levels[19]!.blockAccount).toBe(true);
  });
});
