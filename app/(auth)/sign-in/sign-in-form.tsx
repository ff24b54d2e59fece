'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { throttledMessage } from '@/lib/auth/sign-in-throttle';

export function SignInForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing = {
      email: email ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setErrors(missing);
    if (missing.email || missing.password) return;
    setPending(true);
    setMessage(undefined);
    try {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (!result || result.error) {
        setMessage(
          throttledMessage(result?.error) ?? 'That email and password do not match an account. Check them and try again.',
        );
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
    <form onSubmit={onSubmit} noValidate className="space-y-5">
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
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
