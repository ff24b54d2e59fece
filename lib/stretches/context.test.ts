import { describe, expect, it } from 'vitest';
import { defaultContextForHour } from './context';

describe('defaultContextForHour', () => {
  it('suggests before bed in the evening, during an episode at night, other by day', () => {
    expect([17, 21, 23].map(defaultContextForHour)).toEqual(['before_bed', 'before_bed', 'before_bed']);
    expect([0, 2, 5].map(defaultContextForHour)).toEqual(['during_episode', 'during_episode', 'during_episode']);
    expect([6, 12, 16].map(defaultContextForHour)).toEqual(['other', 'other', 'other']);
  });
});
