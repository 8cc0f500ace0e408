/** The validation report: one shape for the task pane, the CLI (--json) and the report sheet. */
import { z } from '../zod';
import { stampCheckSchema } from '../stamp/check-schema';
import { SEVERITIES, STATUSES } from './levels';

export { SEVERITIES, STATUSES };
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/**
 * A reference from a consequence to its cause: the cell (and, when there is one, the finding
 * there) that produced it — e.g. a "Tổng" mismatch produced by a number typed as text in a
 * data row points at that cell. The pane shows causes first and names the cause on the
 * consequence.
 */
export const causeRefSchema = z.object({
  sheet: z.string(),
  /** A1 address of the cause cell. */
  cell: z.string(),
  /** The finding at that cell this consequence comes from (absent when the cell has none). */
  rule: z.string().optional(),
  messageId: z.string().optional(),
});
export type CauseRef = z.infer<typeof causeRefSchema>;

export const findingSchema = z.object({
  /** Namespaced rule id, e.g. "arithmetic/percent-mismatch" */
  rule: z.string(),
  /** Message id (rule/message), resolved by the messages module. */
  messageId: z.string(),
  severity: severitySchema,
  sheet: z.string(),
  /** A1 address; empty for sheet-level findings. */
  cell: z.string(),
  /** 1-based row and column letter, as the officer sees them. */
  row: z.number().int().optional(),
  column: z.string().optional(),
  /** The column's header as printed on the annex ("Cấp xã – Tổng số"), parts joined by " – ". */
  columnLabel: z.string().optional(),
  templateId: z.string().optional(),
  indicatorId: z.string().optional(),
  /** What the cell holds, as text. */
  value: z.string().optional(),
  /** What was expected, as text. */
  expected: z.string().optional(),
  /** The Vietnamese sentence. */
  message: z.string(),
  /** The officer's explanation (giải trình), when a warning was explained. */
  explanation: z.string().optional(),
  /** The findings (cells) this one is a consequence of; fix those first. */
  causedBy: z.array(causeRefSchema).min(1).optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * Đạt / Chưa đạt; Chưa có số liệu (no value); Chưa có chỉ tiêu (a value but no target on that
 * side — "Chưa có chỉ tiêu địa phương"); Không đánh giá được (the value or target has an error
 * finding, e.g. a share above 100 %: a status never contradicts a finding).
 */
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const indicatorResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  value: z.number().nullable(),
  /** Yes/no indicators. */
  boolValue: z.boolean().optional(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  localTarget: z.number().nullable(),
  nationalTarget: z.number().nullable(),
  /** The national milestone compared ("2025" or "2030"). */
  nationalYear: z.string().optional(),
  localStatus: statusSchema,
  nationalStatus: statusSchema,
  /** Distance still to go to the local / national target (0 when met). */
  localGap: z.number().nullable(),
  nationalGap: z.number().nullable(),
  /** For "Không đánh giá được": the findings that make the value (or target) unusable. */
  causedBy: z.array(causeRefSchema).min(1).optional(),
});
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

export const annexSummarySchema = z.object({
  templateId: z.string(),
  sheet: z.string(),
  title: z.string(),
  errors: z.number(),
  warnings: z.number(),
  infos: z.number(),
});

export const reportSchema = z.object({
  valid: z.boolean(),
  stats: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    /** Warnings the officer explained (giải trình): part of `warnings`, counted apart. */
    explained: z.number().int().optional(),
    sheets: z.number().int(),
    cells: z.number().int(),
    ms: z.number(),
  }),
  annexes: z.array(annexSummarySchema),
  findings: z.array(findingSchema),
  indicators: z.array(indicatorResultSchema),
  /** The validation stamp stored in the workbook, verified against its annexes as they are now. */
  stamp: stampCheckSchema.optional(),
});
export type Report = z.infer<typeof reportSchema>;
export type AnnexSummary = z.infer<typeof annexSummarySchema>;
