/**
 * A SheetPlan is everything needed to write one sheet: values, formulas, styles, merges,
 * native data validation, protection and print setup. Templates render to plans; adapters
 * apply plans. Rows and columns are 0-based.
 */
import { z } from '../zod';

export const cellStyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  size: z.number().optional(),
  hAlign: z.enum(['left', 'center', 'right']).optional(),
  vAlign: z.enum(['top', 'middle', 'bottom']).optional(),
  wrap: z.boolean().optional(),
  border: z.boolean().optional(),
  fill: z
    .string()
    .regex(/^#[0-9A-F]{6}$/i)
    .optional(),
  fontColor: z
    .string()
    .regex(/^#[0-9A-F]{6}$/i)
    .optional(),
});
export type CellStyle = z.infer<typeof cellStyleSchema>;

export const dataValidationSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('whole'),
    min: z.number(),
    max: z.number().optional(),
    prompt: z.string(),
    error: z.string(),
  }),
  z.object({
    type: z.literal('decimal'),
    min: z.number(),
    max: z.number().optional(),
    prompt: z.string(),
    error: z.string(),
  }),
  z.object({ type: z.literal('list'), values: z.array(z.string()).min(1), prompt: z.string(), error: z.string() }),
  z.object({ type: z.literal('date'), min: z.string(), max: z.string(), prompt: z.string(), error: z.string() }),
  z.object({ type: z.literal('textLength'), max: z.number(), prompt: z.string(), error: z.string() }),
  /** A formula written for the cell itself (A1 of that cell), e.g. counts that also accept "-". */
  z.object({ type: z.literal('custom'), formula: z.string(), prompt: z.string(), error: z.string() }),
]);
export type DataValidationSpec = z.infer<typeof dataValidationSchema>;

export const planCellSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** A literal value. Strings are always written as text (never parsed by Excel). */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  /** A date value, ISO YYYY-MM-DD. */
  date: z.string().optional(),
  /** A formula, starting with "=". */
  formula: z.string().startsWith('=').optional(),
  /** The formula's expected result, when known (written as the cached value). */
  result: z.union([z.string(), z.number()]).optional(),
  /** The longest text the formula can show: its row is made tall enough for it (print). */
  widest: z.string().optional(),
  style: z.string().optional(),
  numFmt: z.string().optional(),
  /** Unlocked cells are where the officer types. */
  input: z.boolean().optional(),
  validation: dataValidationSchema.optional(),
  /** A link to a cell of this workbook: { sheet, cell }. */
  link: z.object({ sheet: z.string(), cell: z.string() }).optional(),
});
export type PlanCell = z.infer<typeof planCellSchema>;

export const sheetPlanSchema = z.object({
  /** Preferred sheet name (≤ 31 chars); the adapter picks a free variant if taken. */
  name: z.string().min(1).max(31),
  /** Template id for the identity marker; absent for non-annex sheets (report sheet). */
  templateId: z.string().optional(),
  cells: z.array(planCellSchema),
  styles: z.record(z.string(), cellStyleSchema),
  merges: z.array(z.object({ r1: z.number(), c1: z.number(), r2: z.number(), c2: z.number() })),
  columnWidths: z.array(z.number()),
  rowHeights: z.record(z.string(), z.number()).optional(),
  print: z.object({
    orientation: z.enum(['landscape', 'portrait']),
    paper: z.literal('A4'),
    fitToWidth: z.boolean(),
    /** 0-based inclusive rows repeated on every printed page */
    titleRows: z.tuple([z.number(), z.number()]).optional(),
  }),
  protect: z.boolean(),
  freeze: z.object({ rows: z.number(), cols: z.number() }).optional(),
  font: z.object({ name: z.string(), size: z.number() }),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;

export { freeSheetName, safeSheetName } from './names';
