import { describe, expect, it } from 'vitest';
import { paperSizeFor } from './wording';

describe('the report paper', () => {
  it('is Letter where the locale prints on it, A4 elsewhere', () => {
    expect(paperSizeFor('en-US,en;q=0.9')).toBe('LETTER');
    expect(paperSizeFor('en-CA')).toBe('LETTER');
    expect(paperSizeFor('en-GB,en;q=0.8')).toBe('A4');
    expect(paperSizeFor('de-DE')).toBe('A4');
    expect(paperSizeFor('fr')).toBe('A4');
    expect(paperSizeFor('')).toBe('A4');
    expect(paperSizeFor('not a tag!')).toBe('A4');
  });
});
