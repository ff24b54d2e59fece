'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/sign-in' })}
      className="min-h-11 rounded-lg px-3 text-sm font-medium text-night-700 hover:bg-night-100 dark:text-night-200 dark:hover:bg-night-800"
    >
      Sign out
    </button>
  );
}
