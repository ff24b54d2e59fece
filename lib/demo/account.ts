/** The development demo account. Never created by a production start. */
export const DEMO_EMAIL = 'demo@stillnight.local';
export const DEMO_PASSWORD = 'calm-legs-demo';
export const DEMO_DISPLAY_NAME = 'Demo';
export const DEMO_TIME_ZONE = 'Europe/Berlin';
