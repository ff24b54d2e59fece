'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { signUpSchema } from '@/lib/validation/auth';
import { firstErrors } from '@/lib/validation/common';
import { signUp } from './actions';

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function SignUpForm() {
  const router = useRouter();
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => 'UTC');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      displayName: String(form.get('displayName') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      timeZone,
    };
    const local = await signUpSchema.safeParseAsync(input);
    if (!local.success) {
      setErrors(firstErrors(z.flattenError(local.error).fieldErrors));
      setMessage('Please check the highlighted fields.');
      return;
    }
    setPending(true);
    setMessage(undefined);
    try {
      const result = await signUp(input);
      if (!result.ok) {
        setErrors(firstErrors(result.fieldErrors));
        setMessage(result.message);
        return;
      }
      setErrors({});
      const signedIn = await signIn('credentials', { email: input.email, password: input.password, redirect: false });
      if (signedIn?.error) {
        router.push('/sign-in');
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

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message} />
      <TextInput label="Your name" name="displayName" autoComplete="name" required error={errors.displayName} />
      <TextInput label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <TextInput
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        error={errors.password}
        hint="At least 8 characters. A long passphrase of a few words is best."
      />
      <p className="text-sm text-night-500 dark:text-night-300">
        Time zone: <span className="font-medium">{timeZone}</span> (from this device; you can change it in Settings).
        {errors.timeZone && <span className="block text-red-700 dark:text-red-300">{errors.timeZone}</span>}
      </p>
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
