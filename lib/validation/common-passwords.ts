import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

// The package's common-password list (≈ 49,000 passwords seen in breaches, most common first). A
// password is refused when it is one of them as a whole, in any case, reversed, or with l33t swaps
// (P@ssw0rd) — zxcvbn's matcher finds the last; longer passwords that merely contain one pass.
const list = dictionary['passwords-common'];
let known: Set<string> | undefined;
let factory: ZxcvbnFactory | undefined;

export function isCommonPassword(password: string): boolean {
  known ??= new Set(list.map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  if (known.has(lower) || known.has([...lower].reverse().join(''))) return true;
  if (password.length > 64) return false;
  factory ??= new ZxcvbnFactory({ dictionary: { 'passwords-common': list }, graphs: adjacencyGraphs });
  const { sequence } = factory.check(password);
  const only = sequence.length === 1 ? sequence[0] : undefined;
  return only?.pattern === 'dictionary' && only.dictionaryName === 'passwords-common' && only.i === 0 && only.j === password.length - 1;
}
