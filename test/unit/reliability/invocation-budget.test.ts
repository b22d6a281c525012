import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createInvocationBudget } from '../../../functions/ingest/create-ingest-handler.ts';

function contextWithRemaining(remaining: () => number): Context {
  return { getRemainingTimeInMillis: remaining } as unknown as Context;
}

describe('createInvocationBudget', () => {
  it('lets units start while more than the reserve is left, and none after', () => {
    let remaining = 10_000;
    const budget = createInvocationBudget(
      contextWithRemaining(() => remaining),
      3_000,
    );
    budget.unitDone();
    expect(budget.hasTimeForUnit()).toBe(true);
    remaining = 3_001;
    expect(budget.hasTimeForUnit()).toBe(true);
    remaining = 3_000;
    expect(budget.hasTimeForUnit()).toBe(false);
    remaining = 0;
    expect(budget.hasTimeForUnit()).toBe(false);
  });

  it('always lets the first unit of an invocation start, so every invocation makes progress', () => {
    const budget = createInvocationBudget(
      contextWithRemaining(() => 100),
      3_000,
    );
    expect(budget.hasTimeForUnit()).toBe(true);
    expect(budget.hasTimeForUnit()).toBe(true);
    budget.unitDone();
    expect(budget.hasTimeForUnit()).toBe(false);
  });

  it('has no limit without a context that tells the time left', () => {
    const budget = createInvocationBudget(undefined, 3_000);
    budget.unitDone();
    expect(budget.hasTimeForUnit()).toBe(true);
  });
});
