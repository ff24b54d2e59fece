'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage, SelectInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { SHARE_DAYS } from '@/lib/share/days';
import { createReportShareLink, revokeReportShareLink } from './actions';

export type ShareLinkRow = { id: string; period: string; state: 'open' | 'expired' | 'withdrawn'; expires: string; lastOpened: string };

const DAY_CHOICES = [1, 3, 7, 14, 30].filter((d) => d >= SHARE_DAYS.min && d <= SHARE_DAYS.max);

/** Read-only links to this report for a clinician: made here, listed, withdrawn at any time. */
export function ShareLinksCard({ from, to, periodWords, links }: { from: string; to: string; periodWords: string; links: ShareLinkRow[] }) {
  const router = useRouter();
  const create = useAction(createReportShareLink);
  const revoke = useAction(revokeReportShareLink);
  const [made, setMade] = useState<{ url: string; copied: boolean }>();

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const days = Number(new FormData(event.currentTarget).get('days'));
    const link = await create.submit({ id: crypto.randomUUID(), from, to, days });
    if (link) {
      setMade({ url: `${window.location.origin}${link.path}`, copied: false });
      router.refresh();
    }
  }

  async function copy() {
    if (!made) return;
    await navigator.clipboard?.writeText(made.url).catch(() => undefined);
    setMade({ ...made, copied: true });
  }

  return (
    <div className="space-y-4">
      <p className="text-night-700 dark:text-night-200">
        A link that opens this report ({periodWords}) and nothing else, without an account, until it expires or you withdraw it.
        Anyone with the link can read the report: send it only to your clinician.
      </p>
      <form onSubmit={onCreate} noValidate aria-label="Share this report" className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <SelectInput label="Open for" name="days" defaultValue={String(SHARE_DAYS.default)} error={create.errors.days}>
            {DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? '1 day' : `${d} days`}
              </option>
            ))}
          </SelectInput>
        </div>
        <Button type="submit" variant="secondary" disabled={create.pending}>
          {create.pending ? 'Making the link…' : 'Make a share link'}
        </Button>
      </form>
      <FormMessage message={create.message?.text ?? create.errors.from ?? create.errors.to} tone={create.message?.tone} />
      {made && (
        <div role="status" className="space-y-2 rounded-xl bg-calm-400/15 p-4">
          <p className="font-medium">Your link (shown only now: copy it before you leave this page)</p>
          <input readOnly value={made.url} aria-label="Share link" className="block w-full rounded-lg bg-white px-3 py-2 font-mono text-sm dark:bg-night-900" onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" onClick={copy}>
            {made.copied ? 'Copied' : 'Copy link'}
          </Button>
        </div>
      )}
      {links.length > 0 && (
        <ul aria-label="Share links" className="divide-y divide-night-100 dark:divide-night-800">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="text-sm">
                <p className="font-medium">{link.period}</p>
                <p className="text-night-600 dark:text-night-300">
                  {link.state === 'open' ? `Open until ${link.expires}` : link.state === 'expired' ? `Expired ${link.expires}` : 'Withdrawn'} · {link.lastOpened}
                </p>
              </div>
              {link.state === 'open' && (
                <ConfirmButton
                  label="Withdraw"
                  question="Withdraw this link? It stops working at once."
                  confirmLabel="Withdraw the link"
                  onConfirm={async () => {
                    if (await revoke.submit({ id: link.id })) router.refresh();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage message={revoke.message?.text} tone={revoke.message?.tone} />
    </div>
  );
}
