'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { TWO_FACTOR_INVALID_MESSAGE, twoFactorErrors } from '@/lib/auth/sign-in-errors';
import { throttledMessage } from '@/lib/auth/sign-in-throttle';

const MISMATCH = 'That email and password do not match an account. Check them and try again.';

export function SignInForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<{ email?: string; password?: string; code?: string }>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  // Set once the password was right and the account asks for its second factor.
  const [passed, setPassed] = useState<{ email: string; password: string }>();

  async function attempt(credentials: { email: string; password: string; code?: string }) {
    setPending(true);
    setMessage(undefined);
    try {
      const result = await signIn('credentials', { ...credentials, redirect: false });
      if (result?.error === twoFactorErrors.required) {
        setPassed({ email: credentials.email, password: credentials.password });
        return;
      }
      if (result?.error === twoFactorErrors.invalid) {
        setErrors({ code: TWO_FACTOR_INVALID_MESSAGE });
        return;
      }
      if (!result || result.error) {
        setMessage(throttledMessage(result?.error) ?? MISMATCH);
        return;
      }
      router.replace('/today');
      router.refresh();
    } catch {
      setMessage('Could not reach Stillnight. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (passed) {
      const code = String(form.get('code') ?? '').trim();
      setErrors({ code: code ? undefined : 'Enter the code from your authenticator app' });
      if (code) await attempt({ ...passed, code });
      return;
    }
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing = {
      email: email ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setErrors(missing);
    if (missing.email || missing.password) return;
    await attempt({ email, password });
  }

  if (passed) {
    return (
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" key="code">
        <FormMessage message={message} />
        <p>Two-factor sign-in is on for this account.</p>
        <TextInput
          label="Two-factor code"
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          error={errors.code}
          hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        />
        <Button type="submit" className="w-full" disabled={pending || !hydrated}>
          {pending ? 'Checking…' : 'Verify and sign in'}
        </Button>
        <Button
          type="button"
          variant="secondary"
          className="w-full"
          onClick={() => {
            setPassed(undefined);
            setErrors({});
            setMessage(undefined);
          }}
        >
          Start again
        </Button>
      </form>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" key="password">
      <FormMessage message={message} />
      <TextInput label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <TextInput
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
