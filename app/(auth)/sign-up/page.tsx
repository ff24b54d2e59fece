import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default function SignUpPage() {
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Create your account</h1>
        <p className="text-night-600 dark:text-night-300">Your nights stay private: only you can see what you log.</p>
      </div>
      <SignUpForm />
      <p className="text-center text-sm">
        Already have an account?{' '}
        <Link href="/sign-in" className="font-semibold text-calm-700 underline dark:text-calm-400">
          Sign in
        </Link>
      </p>
    </>
  );
}
