/** How long a share link stays open, in days. Free of node:crypto, for the browser. */
export const SHARE_DAYS = { min: 1, max: 30, default: 14 } as const;
