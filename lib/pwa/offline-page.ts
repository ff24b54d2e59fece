/**
 * The page the service worker answers when there is no network and no copy of the page asked for:
 * self-contained (no scripts, inline styles only), dark like the app.
 */
export function offlinePageHtml(signedInPath: boolean): string {
  const detail = signedInPath
    ? 'This page is not kept on this device. Today, the episode form and the routine player open offline once you have opened Today signed in.'
    : 'Connect to the internet and try again.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Stillnight</title><meta name="theme-color" content="#0d111c"></head><body style="margin:0;min-height:100dvh;background:#0d111c;color:#e6e9f2;font:16px/1.5 system-ui,sans-serif;display:flex;align-items:center;justify-content:center"><main style="max-width:28rem;padding:1.5rem"><h1 style="font-size:1.5rem">You are offline</h1><p>${detail}</p><p><a href="/today" style="color:#8fb3ff;display:inline-block;min-height:44px;line-height:44px">Try again</a></p></main></body></html>`;
}
