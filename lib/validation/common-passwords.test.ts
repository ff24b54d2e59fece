import { describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('knows at least the 10,000 most common passwords', () => {
    const list = dictionary['passwords-common'];
    expect(list.length).toBeGreaterThanOrEqual(10_000);
    const longEnough = list.slice(0, 10_000).filter((p) => p.length >= 8);
    expect(longEnough.length).toBeGreaterThan(1_000);
    expect(longEnough.filter((p) => !isCommonPassword(p))).toEqual([]);
  });

  it('refuses them in any case, reversed or with l33t swaps', () => {
    for (const p of ['password', 'Password1', 'P@ssw0rd', 'iloveyou', 'QWERTYUIOP', '1qaz2wsx', 'drowssap']) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it('lets passphrases and uncommon passwords through, even when they contain common words', () => {
    for (const p of ['quiet legs 1234', 'a long enough passphrase', 'password plus more words', 'Tr4vel-bUs-9xq']) {
      expect(isCommonPassword(p), p).toBe(false);
    }
  });
});
