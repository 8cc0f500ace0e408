/**
 * The report's severity and status values as plain constants, without the report schema (zod):
 * the task pane's first paint needs these lists, not the schema (see report/schema.ts).
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** See report/schema.ts for what each status means. */
export const STATUSES = ['dat', 'chua-dat', 'chua-co-so-lieu', 'chua-co-chi-tieu', 'khong-danh-gia-duoc'] as const;
export type Status = (typeof STATUSES)[number];
