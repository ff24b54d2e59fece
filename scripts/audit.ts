// CI's dependency check: `npm audit --omit=dev`, failing on a high or critical advisory in a production
// dependency. A registry that does not serve the advisory endpoint (a mirror answering only GET) is reported
// loudly and, unless AUDIT_REQUIRED=1, does not fail the run: it says nothing about the dependencies.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
type AuditReport = {
  vulnerabilities?: Record<string, { severity: Severity; via: (string | { title?: string; url?: string })[] }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
};

export type AuditVerdict =
  | { kind: 'clean'; counts: Partial<Record<Severity, number>> }
  | { kind: 'advisories'; found: string[] }
  | { kind: 'unreachable'; reason: string };

export function auditVerdict(json: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no report' };
  }
  if (!report.metadata?.vulnerabilities) {
    return { kind: 'unreachable', reason: report.message ?? report.error?.summary ?? report.error?.code ?? 'no report' };
  }
  const found = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => {
      const titles = v.via.map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? ''} ${via.url ?? ''}`.trim()));
      return `${name} (${v.severity}): ${titles.join('; ')}`;
    });
  return found.length > 0 ? { kind: 'advisories', found } : { kind: 'clean', counts: report.metadata.vulnerabilities };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = auditVerdict(audit.stdout);
  if (verdict.kind === 'advisories') {
    console.error(`npm audit: high or critical advisories in production dependencies:\n  ${verdict.found.join('\n  ')}`);
    process.exit(1);
  } else if (verdict.kind === 'unreachable') {
    console.warn(`npm audit: NOT CHECKED, the advisory endpoint did not answer (${verdict.reason}).`);
    process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
  } else {
    console.log(`npm audit: no high or critical advisory in production dependencies (${JSON.stringify(verdict.counts)}).`);
  }
}
