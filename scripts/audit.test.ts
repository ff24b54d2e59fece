import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit';

const report = (vulnerabilities: Record<string, { severity: string; via: unknown[] }>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
  });

describe('auditVerdict', () => {
  it('fails on a high or critical advisory, naming it', () => {
    const verdict = auditVerdict(
      report({
        next: { severity: 'critical', via: [{ title: 'Authorization bypass', url: 'https://example.test/GHSA-1' }] },
        postcss: { severity: 'moderate', via: [{ title: 'Line return parsing' }] },
        'some-wrapper': { severity: 'high', via: ['next'] },
      }),
    );
    expect(verdict).toEqual({
      kind: 'advisories',
      found: ['next (critical): Authorization bypass https://example.test/GHSA-1', 'some-wrapper (high): through next'],
    });
  });

  it('passes when only low or moderate advisories exist', () => {
    expect(auditVerdict(report({ postcss: { severity: 'moderate', via: [{ title: 'x' }] } }))).toMatchObject({ kind: 'clean' });
  });

  it('tells an unreachable advisory endpoint apart from a clean report', () => {
    expect(auditVerdict(JSON.stringify({ message: '405 Method Not Allowed - POST …/advisories/bulk', statusCode: 405 }))).toEqual({
      kind: 'unreachable',
      reason: '405 Method Not Allowed - POST …/advisories/bulk',
    });
    expect(auditVerdict('')).toMatchObject({ kind: 'unreachable' });
  });
});
