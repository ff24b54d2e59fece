import { z } from 'zod';

// Zod compiles fast parsers with `new Function` after probing whether eval is allowed; in the
// browser the CSP forbids it and the probe itself is reported as a violation. Servers keep the JIT.
if (typeof window !== 'undefined') z.config({ jitless: true });
