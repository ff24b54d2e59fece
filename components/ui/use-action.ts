'use client';

import { useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { firstErrors } from '@/lib/validation/field-errors';

type Message = { text: string; tone: 'error' | 'success' };

/** Runs a server action from a form: pending state, one message per field, and a form-level message. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>();
  const [refusals, setRefusals] = useState(0);

  // After a refusal with field messages, focus goes to the first field to fix (its message is tied to it).
  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  async function submit(input: I, success?: string): Promise<T | undefined> {
    setPending(true);
    try {
      const result = await action(input);
      if (!result.ok) {
        const fieldErrors = firstErrors(result.fieldErrors);
        setErrors(fieldErrors);
        setMessage({ text: result.message, tone: 'error' });
        if (Object.keys(fieldErrors).length > 0) setRefusals((n) => n + 1);
        return undefined;
      }
      setErrors({});
      setMessage(success ? { text: success, tone: 'success' } : undefined);
      return result.data;
    } catch {
      setMessage({ text: 'Could not reach Stillnight. Check your connection and try again.', tone: 'error' });
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { pending, errors, message, submit, setErrors, setMessage };
}
