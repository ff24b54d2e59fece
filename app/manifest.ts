import type { MetadataRoute } from 'next';

/** The installed app: opens on Today, standalone, dark by default like the app's first paint at night. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/today',
    name: 'Stillnight',
    short_name: 'Stillnight',
    description: 'Log restless-legs nights, see what helps you, and bring a clear report to your doctor.',
    start_url: '/today',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#0d111c',
    theme_color: '#0d111c',
    categories: ['health', 'medical'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      {
        name: 'Episode started',
        short_name: 'Episode',
        description: 'Start timing an episode now',
        url: '/today?action=start-episode',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
      },
      {
        name: 'Last night: no symptoms',
        short_name: 'No symptoms',
        description: 'Log last night as symptom-free',
        url: '/today?action=no-symptoms',
        icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
  };
}
