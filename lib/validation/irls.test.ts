import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IRLS_TOTAL_MESSAGE, saveIrlsScoreSchema } from './irls';
import { fieldErrorsOf } from './field-errors';

const entry = (total: unknown, scoredOn = '2025-03-03') => saveIrlsScoreSchema.safeParse({ id: randomUUID(), scoredOn, total });

describe('IRLS score entries', () => {
  it.each([[0], [14], [40], ['22']])('accepts %s', (total) => {
    const result = entry(total);
    expect(result.success && result.data.total).toBe(Number(total));
  });

  it.each([[41], [-1], [3.5], [''], ['twelve'], [null]])('refuses %s with a message', (total) => {
    const result = entry(total);
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({ total: [IRLS_TOTAL_MESSAGE] });
  });

  it('needs a real date', () => {
    expect(entry(10, '2025-02-29').success).toBe(false);
  });
});
