/** Report settings: they drive every template (unit, report number and date, year, period, levels). */
import { z } from './zod';

export const LEVELS = ['tinh', 'huyen', 'xa'] as const;
export type Level = (typeof LEVELS)[number];

/** Quyết định 1898/QĐ-TTg (28/11/2017): its budget table starts in 2018. */
const BUDGET_FROM_YEAR = 2018;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const localTargetSchema = z.object({
  indicatorId: z.string(),
  value: z.number(),
  /** Optional baseline and period-end target (KH plan). */
  baseline: z.number().optional(),
  explanation: z.string().optional(),
});

export const reportSettingsSchema = z
  .object({
    unitName: z.string().default(''),
    /** "UBND thành phố Bắc Kạn" — who signs; used in the "(Kèm theo …)" line. */
    issuer: z.string().default(''),
    reportNumber: z.string().default(''),
    reportDate: isoDate.optional(),
    reportYear: z.number().int().min(2000).max(2100).default(new Date().getFullYear()),
    period: z.object({ from: isoDate, to: isoDate }).optional(),
    /** Administrative levels: tỉnh/huyện/xã (before 1/7/2025) or tỉnh/xã. */
    levels: z.array(z.enum(LEVELS)).min(1).default(['tinh', 'huyen', 'xa']),
    /** Localities / units, one row each in PL-I, PL-II, PL-III. */
    units: z.array(z.string()).default([]),
    /** First year of the 1898 budget table (PL-III): 2018 (QĐ 1898), or the report year when earlier (2011–2020 reports). */
    budgetFromYear: z.number().int().optional(),
    indicatorSet: z.string().default('clqg-2021-2030'),
    localTargets: z.array(localTargetSchema).default([]),
    /** Explanations ("giải trình") for warnings, keyed by "ruleId@sheet!cell" or "ruleId@indicatorId". */
    explanations: z.record(z.string(), z.string()).default({}),
  })
  .transform((s) => ({ ...s, budgetFromYear: s.budgetFromYear ?? Math.min(BUDGET_FROM_YEAR, s.reportYear) }))
  .superRefine((s, ctx) => {
    if (s.period && s.period.from > s.period.to) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'Kỳ báo cáo: ngày bắt đầu sau ngày kết thúc' });
    }
    if (s.budgetFromYear > s.reportYear) {
      ctx.addIssue({ code: 'custom', path: ['budgetFromYear'], message: 'Năm bắt đầu kinh phí sau năm báo cáo' });
    }
  });

export type ReportSettings = z.output<typeof reportSettingsSchema>;
export type ReportSettingsInput = z.input<typeof reportSettingsSchema>;

export function defaultSettings(overrides: ReportSettingsInput = {}): ReportSettings {
  return reportSettingsSchema.parse(overrides);
}

export type SettingsParse = { ok: true; settings: ReportSettings } | { ok: false; errors: string[] };

export function parseSettings(input: unknown): SettingsParse {
  const r = reportSettingsSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, settings: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || 'cài đặt'}: ${i.message}`) };
}

export const LEVEL_LABEL: Record<Level, string> = { tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' };

export function unitsOf(settings: ReportSettings): string[] {
  if (settings.units.length > 0) return settings.units;
  return [settings.unitName || 'Đơn vị 1'];
}
