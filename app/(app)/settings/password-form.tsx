'use client';

import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { changePassword } from './actions';

export function PasswordForm() {
  const { pending, errors, message, submit, setMessage } = useAction(changePassword);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const done = await submit({
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword: String(form.get('newPassword') ?? ''),
    });
    if (!done) return;
    formElement.reset();
    const others = done.otherSessionsEnded;
    setMessage({
      tone: 'success',
      text: `Password changed.${others ? ` ${others} other ${others === 1 ? 'device was' : 'devices were'} signed out.` : ''}`,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message?.text} tone={message?.tone} />
      <TextInput
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextInput
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword}
        hint="8 characters or more; a few unrelated words make a strong one. Your other devices will be signed out."
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
