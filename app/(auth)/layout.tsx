import Link from 'next/link';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-8 px-5 py-10">
      <Link href="/" className="text-2xl font-bold tracking-tight text-calm-700 dark:text-calm-400">
        Stillnight
      </Link>
      {children}
    </main>
  );
}
