import type { Metadata } from 'next';
import Link from 'next/link';
import { DemoAccountHint } from './demo-account-hint';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Sign in</h1>
        <p className="text-night-600 dark:text-night-300">Welcome back. Log tonight in a tap or two.</p>
      </div>
      <DemoAccountHint />
      <SignInForm />
      <p className="text-center text-sm">
        New here?{' '}
        <Link href="/sign-up" className="font-semibold text-calm-700 underline dark:text-calm-400">
          Create an account
        </Link>
      </p>
    </>
  );
}
