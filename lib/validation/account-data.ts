import { z } from 'zod';

export const exportRequestSchema = z.object({
  format: z.enum(['json', 'zip'], { message: 'Choose JSON or CSV (ZIP).' }),
});

/** The import: the uploaded document (checked by `parseSnapshot`) and what to do with an account that has data. */
export const importRequestSchema = z.object({
  mode: z.enum(['empty', 'merge'], { message: 'Choose whether to add to the data already here.' }),
  snapshot: z.unknown(),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;
