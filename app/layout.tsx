import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { ServiceWorker } from '@/components/pwa/service-worker';
import { themeScript } from '@/lib/theme/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Stillnight', template: '%s · Stillnight' },
  description: 'Log restless-legs nights, see what helps you, and bring a clear report to your doctor.',
  applicationName: 'Stillnight',
  appleWebApp: { capable: true, title: 'Stillnight', statusBarStyle: 'black-translucent' },
  icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: dark)', color: '#0d111c' },
    { media: '(prefers-color-scheme: light)', color: '#f4f6fb' },
  ],
};


export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The proxy's per-request nonce; reading it also makes every page render per request, as a nonce needs.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Runs before paint so a night-time visit never flashes a white page. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh antialiased">
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
