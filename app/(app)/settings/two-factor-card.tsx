'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { beginTwoFactorSetup, confirmTwoFactorSetup, turnOffTwoFactor } from './two-factor-actions';

type Status = { enabled: boolean; recoveryCodesLeft: number };

export function TwoFactorCard({ status }: { status: Status }) {
  const router = useRouter();
  const begin = useAction(beginTwoFactorSetup);
  const confirm = useAction(confirmTwoFactorSetup);
  const turnOff = useAction(turnOffTwoFactor);
  const [setup, setSetup] = useState<{ qrSvg: string; secret: string }>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [turningOff, setTurningOff] = useState(false);

  async function onStart() {
    const started = await begin.submit({});
    if (started) setSetup(started);
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await confirm.submit({ code: String(new FormData(event.currentTarget).get('code') ?? '') });
    if (!done) return;
    setSetup(undefined);
    setRecoveryCodes(done.recoveryCodes);
  }

  async function onTurnOff(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await turnOff.submit({ password: String(new FormData(event.currentTarget).get('password') ?? '') }, 'Two-factor sign-in is off.');
    if (done === undefined) return;
    setTurningOff(false);
    router.refresh();
  }

  let body;
  if (recoveryCodes) {
    body = (
      <div className="space-y-4">
        <FormMessage tone="success" message="Two-factor sign-in is on." />
        <p>
          Keep these recovery codes somewhere safe, apart from your phone. Each one signs you in once if your phone is
          lost. They are shown only now.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button
          onClick={() => {
            setRecoveryCodes(undefined);
            router.refresh();
          }}
        >
          I have saved them
        </Button>
      </div>
    );
  } else if (setup) {
    body = (
      <form onSubmit={onConfirm} noValidate className="space-y-4">
        <p>Scan this with your authenticator app, or type the set-up key into it, then enter the code it shows.</p>
        {/* The SVG is drawn on the server by the qrcode library from our own otpauth:// URI. */}
        <div
          role="img"
          aria-label="QR code for your authenticator app"
          className="w-48 rounded-lg bg-white p-2"
          dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
        />
        <TextInput label="Set-up key" name="secret" readOnly value={setup.secret} className="font-mono" />
        <FormMessage message={confirm.message?.text} tone={confirm.message?.tone} />
        <TextInput
          label="Code from your app"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          error={confirm.errors.code}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={confirm.pending}>
            {confirm.pending ? 'Checking…' : 'Turn on'}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setSetup(undefined)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  } else if (status.enabled) {
    body = (
      <div className="space-y-4">
        <p>
          Two-factor sign-in is on. {status.recoveryCodesLeft}{' '}
          {status.recoveryCodesLeft === 1 ? 'recovery code is' : 'recovery codes are'} left.
        </p>
        <FormMessage message={turnOff.message?.text} tone={turnOff.message?.tone} />
        {turningOff ? (
          <form onSubmit={onTurnOff} noValidate className="space-y-4">
            <TextInput
              label="Your password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={turnOff.errors.password}
            />
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant="danger" disabled={turnOff.pending}>
                Turn off two-factor sign-in
              </Button>
              <Button type="button" variant="secondary" onClick={() => setTurningOff(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <Button variant="secondary" onClick={() => setTurningOff(true)}>
            Turn off…
          </Button>
        )}
      </div>
    );
  } else {
    body = (
      <div className="space-y-4">
        <p>Ask for a code from an authenticator app after your password, so a leaked password alone cannot open your account.</p>
        <FormMessage message={turnOff.message?.text ?? begin.message?.text} tone={turnOff.message?.tone ?? begin.message?.tone} />
        <Button variant="secondary" onClick={onStart} disabled={begin.pending}>
          Set up two-factor sign-in
        </Button>
      </div>
    );
  }

  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">Two-factor sign-in</h2>
      {body}
    </Card>
  );
}
