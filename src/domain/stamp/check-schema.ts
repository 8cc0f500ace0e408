/**
 * What verifying a workbook's validation stamp found — the report's `stamp` field. Kept apart
 * from ./stamp.ts (which hashes annexes) so that the report schema, and the task pane's first
 * chunk that checks stored reports against it, stay light.
 */
import { z } from '../zod';

export const STAMP_STATUSES = ['unchanged', 'modified', 'none'] as const;
export type StampStatus = (typeof STAMP_STATUSES)[number];

const count = z.number().int().min(0);

export const stampCheckSchema = z.object({
  /** unchanged: checked and the figures are the same; modified: edited after the check; none: no usable stamp. */
  status: z.enum(STAMP_STATUSES),
  checkedAt: z.string().optional(),
  rulesVersion: z.string().optional(),
  indicatorsVersion: z.string().optional(),
  errors: count.optional(),
  warnings: count.optional(),
  /** Explained warnings (part of `warnings`). */
  explained: count.optional(),
  /** Why a stamp found in the workbook was not taken at its word. */
  problem: z.enum(['unreadable', 'seal', 'form']).optional(),
});
export type StampCheck = z.infer<typeof stampCheckSchema>;
