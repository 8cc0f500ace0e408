/**
 * Indicator sets as data, checked at the door with zod.
 *
 * An indicator set (e.g. the National Strategy on Gender Equality 2021–2030) is a
 * plain object: goals, and one typed definition per indicator with its national
 * targets per milestone year. `IndicatorSetSchema` rejects sets that contradict
 * themselves and names the offending entry in Vietnamese.
 */
import { z } from '../zod';
import {
  COMPARISONS,
  DIRECTIONS,
  allowedCmps,
  compareAmbition,
  defaultCmp,
  polarity,
  type Comparison,
  type Direction,
} from './direction';
import { describeTarget, formatNumberVi, formatValueWithUnit } from './format';

export { COMPARISONS, DIRECTIONS };
export type { Comparison, Direction };

/** percent: a share 0–100 %; ratio: x per y (sex ratio, "lần"); rate: per 1.000 / 100.000; bool: có/không. */
export const INDICATOR_KINDS = ['percent', 'ratio', 'rate', 'bool'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

const yearKey = z.string().regex(/^\d{4}$/, { error: 'Năm phải gồm 4 chữ số, ví dụ "2025"' });

/** A target value; `cmp` only when it differs from the indicator's direction ("dưới 42", "trên 90"). */
export const TargetSchema = z
  .object({
    value: z.number(),
    cmp: z.enum(COMPARISONS).optional(),
  })
  .strict();
export type Target = z.infer<typeof TargetSchema>;

/** A count attached to an indicator, e.g. 6.3's "ít nhất 04 tin, bài/quý" (a minimum). */
export const SubMeasureSchema = z
  .object({
    label: z.string().trim().min(1),
    unit: z.string().trim().min(1),
    /** National minimum. */
    national: z.number().nonnegative(),
  })
  .strict();
export type SubMeasure = z.infer<typeof SubMeasureSchema>;

/**
 * Targets the same source document states elsewhere for this indicator, differently (seed 003:
 * the plan's text says women business owners 10 % / 30 %, its annex table 30 % / 35 %). The set
 * keeps one definition (`national`); the loader reports every such conflict as a warning that
 * names the entry and both statements, so the officer knows which figure is compared.
 */
export const StatedElsewhereSchema = z
  .object({
    /** Where: "bảng phụ lục của Kế hoạch". */
    where: z.string().trim().min(1),
    national: z.record(yearKey, TargetSchema),
  })
  .strict();
export type StatedElsewhere = z.infer<typeof StatedElsewhereSchema>;

export const IndicatorSchema = z
  .object({
    /** '1.1', '3.2a' — the number before the dot is the goal. */
    id: z.string().regex(/^\d+\.\d+[a-z]?$/, { error: 'Mã chỉ tiêu phải có dạng "1.1" hoặc "3.2a"' }),
    goal: z.number().int().positive(),
    /** Vietnamese, as printed. */
    name: z.string().trim().min(1),
    /** Display unit: '%', 'lần', 'bé trai/100 bé gái', '/100.000 trẻ sinh sống' … */
    unit: z.string().trim().min(1),
    kind: z.enum(INDICATOR_KINDS),
    direction: z.enum(DIRECTIONS),
    /** National targets by milestone year ('2025', '2030'). */
    national: z.record(yearKey, TargetSchema),
    /** Values outside this range are implausible (a data-entry error). */
    plausible: z.object({ min: z.number(), max: z.number() }).strict(),
    /** Typical lead unit ("Đơn vị chủ trì"). */
    lead: z.string().trim().min(1),
    /** Scale of numerator/denominator: 100 for percent and sex ratio, 1.000, 100.000 for rates; default 100 for percent, else 1. */
    denominatorBase: z.number().positive().optional(),
    subMeasure: SubMeasureSchema.optional(),
    /** Local units may answer this indicator Có/Không (4.4: the national target is a % of provinces). */
    localBool: z.boolean().optional(),
    /** Short Vietnamese note shown with the indicator ("Từ năm 2025 trở đi"). */
    note: z.string().trim().min(1).optional(),
    /** Other statements of this indicator's targets in the same source (reported at load). */
    statedElsewhere: z.array(StatedElsewhereSchema).min(1).optional(),
    /**
     * Why a later milestone may be looser than an earlier one, when the source says so on
     * purpose (seed 003: the sex-ratio cap rises from 113 to 115). Without it, that is an error.
     */
    loosensBecause: z.string().trim().min(1).optional(),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const GoalSchema = z
  .object({
    id: z.number().int().positive(),
    /** As printed: "MỤC TIÊU 1: TRONG LĨNH VỰC CHÍNH TRỊ". */
    title: z.string().trim().min(1),
  })
  .strict();
export type Goal = z.infer<typeof GoalSchema>;

const IndicatorSetBaseSchema = z
  .object({
    /** Registry id, e.g. 'clqg-2021-2030'. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Mã bộ chỉ tiêu chỉ gồm chữ thường, số và dấu "-"' }),
    title: z.string().trim().min(1),
    /** Legal source, e.g. "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ". */
    source: z.string().trim().min(1).optional(),
    /** Which part of the source the targets are read from ("phần Mục tiêu cụ thể của Kế hoạch"), for load warnings. */
    statedIn: z.string().trim().min(1).optional(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
    /** Milestone years, ascending: ['2025', '2030']. */
    targetYears: z.array(yearKey).min(1),
    goals: z.array(GoalSchema).min(1),
    indicators: z.array(IndicatorSchema).min(1),
  })
  .strict();
export type IndicatorSet = z.infer<typeof IndicatorSetBaseSchema>;

/** Parameters attached to every consistency issue, so the loader can name the entry. */
export interface IndicatorIssueParams {
  indicatorId?: string;
}

type Ctx = z.core.$RefinementCtx<IndicatorSet>;

function report(ctx: Ctx, path: (string | number)[], message: string, indicatorId?: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: indicatorId ? { indicatorId } : {} });
}

function polarityWords(direction: Direction): string {
  return polarity(direction) === 'higher' ? 'càng cao càng tốt' : 'càng thấp càng tốt';
}

function rangeText(ind: Indicator): string {
  const { min, max } = ind.plausible;
  return `${formatNumberVi(min)}–${formatValueWithUnit(max, ind.unit)}`;
}

function sortedYears(national: Record<string, Target>): string[] {
  return Object.keys(national).sort((a, b) => Number(a) - Number(b));
}

function sameTargets(a: Record<string, Target>, b: Record<string, Target>, direction: Direction): boolean {
  const years = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const y of years) {
    const ta = a[y];
    const tb = b[y];
    if (!ta || !tb) return false;
    if (ta.value !== tb.value) return false;
    if ((ta.cmp ?? defaultCmp(direction)) !== (tb.cmp ?? defaultCmp(direction))) return false;
  }
  return true;
}

function targetDifferences(first: Indicator, second: Indicator): string {
  const years = [...new Set([...Object.keys(first.national), ...Object.keys(second.national)])].sort();
  const parts: string[] = [];
  for (const y of years) {
    const a = first.national[y];
    const b = second.national[y];
    const da = a ? describeTarget(first, a) : 'không có';
    const db = b ? describeTarget(second, b) : 'không có';
    if (da !== db) parts.push(`năm ${y}: ${da} và ${db}`);
  }
  return parts.join('; ');
}

function checkIndicatorSet(set: IndicatorSet, ctx: Ctx): void {
  // Set level.
  if (set.period.from > set.period.to) {
    report(
      ctx,
      ['period'],
      `Giai đoạn không hợp lệ: năm bắt đầu ${set.period.from} sau năm kết thúc ${set.period.to}.`,
    );
  }
  set.targetYears.forEach((y, i) => {
    const year = Number(y);
    if (set.targetYears.indexOf(y) !== i) {
      report(ctx, ['targetYears', i], `Năm mốc ${y} được khai báo hai lần.`);
    } else if (i > 0 && year < Number(set.targetYears[i - 1])) {
      report(
        ctx,
        ['targetYears', i],
        `Các năm mốc phải theo thứ tự tăng dần: ${y} đứng sau ${set.targetYears[i - 1]}.`,
      );
    }
    if (year < set.period.from || year > set.period.to) {
      report(ctx, ['targetYears', i], `Năm mốc ${y} nằm ngoài giai đoạn ${set.period.from}–${set.period.to}.`);
    }
  });

  const goalIds = new Set<number>();
  set.goals.forEach((g, i) => {
    if (goalIds.has(g.id)) report(ctx, ['goals', i, 'id'], `Mục tiêu ${g.id} được khai báo hai lần.`);
    goalIds.add(g.id);
  });

  const targetYears = new Set(set.targetYears);
  const firstIndexById = new Map<string, number>();

  set.indicators.forEach((ind, i) => {
    const at = (...rest: (string | number)[]) => ['indicators', i, ...rest];
    const id = ind.id;

    // Same id twice: one definition per indicator.
    const firstIndex = firstIndexById.get(id);
    if (firstIndex !== undefined) {
      const first = set.indicators[firstIndex];
      if (sameTargets(first.national, ind.national, ind.direction)) {
        report(ctx, at('id'), `Chỉ tiêu ${id} được khai báo hai lần (mục thứ ${firstIndex + 1} và ${i + 1}).`, id);
      } else {
        const diff = targetDifferences(first, ind);
        report(
          ctx,
          at('national'),
          `Chỉ tiêu ${id} được khai báo hai lần với chỉ tiêu khác nhau (${diff}); chỉ giữ một định nghĩa.`,
          id,
        );
      }
      return; // The second definition is rejected as a whole; don't pile up more messages on it.
    }
    firstIndexById.set(id, i);

    // Goal.
    if (!goalIds.has(ind.goal)) {
      report(
        ctx,
        at('goal'),
        `Chỉ tiêu ${id} thuộc mục tiêu ${ind.goal}, nhưng bộ chỉ tiêu không có mục tiêu ${ind.goal}.`,
        id,
      );
    }
    const prefix = Number(id.split('.')[0]);
    if (prefix !== ind.goal) {
      report(
        ctx,
        at('goal'),
        `Chỉ tiêu ${id} phải thuộc mục tiêu ${prefix} (theo mã), nhưng được gắn với mục tiêu ${ind.goal}.`,
        id,
      );
    }

    // Kind, unit, direction agree.
    if ((ind.kind === 'percent') !== (ind.unit === '%')) {
      report(
        ctx,
        at('unit'),
        ind.kind === 'percent'
          ? `Chỉ tiêu ${id} là tỷ lệ phần trăm nhưng đơn vị tính ghi "${ind.unit}" (cần "%").`
          : `Chỉ tiêu ${id} có đơn vị tính "%" nhưng không được khai báo là tỷ lệ phần trăm.`,
        id,
      );
    }
    if ((ind.kind === 'bool') !== (ind.direction === 'bool')) {
      report(
        ctx,
        at('direction'),
        `Chỉ tiêu ${id}: chỉ tiêu Có/Không phải có loại và hướng đánh giá đều là Có/Không.`,
        id,
      );
    }
    if (ind.kind === 'percent' && ind.denominatorBase !== undefined && ind.denominatorBase !== 100) {
      report(
        ctx,
        at('denominatorBase'),
        `Chỉ tiêu ${id} tính bằng % nên hệ số nhân phải là 100, không phải ${formatNumberVi(ind.denominatorBase)}.`,
        id,
      );
    }

    // Plausible range.
    const { min, max } = ind.plausible;
    let rangeOk = true;
    if (min > max) {
      rangeOk = false;
      report(
        ctx,
        at('plausible'),
        `Chỉ tiêu ${id}: khoảng hợp lý không hợp lệ (tối thiểu ${formatNumberVi(min)} lớn hơn tối đa ${formatNumberVi(max)}).`,
        id,
      );
    }
    if (ind.unit === '%' && (min < 0 || max > 100)) {
      rangeOk = false;
      report(
        ctx,
        at('plausible'),
        `Chỉ tiêu ${id} tính bằng % nhưng khoảng hợp lý ${rangeText(ind)} vượt ra ngoài 0–100 %.`,
        id,
      );
    }
    if (ind.direction === 'bool' && (min !== 0 || max !== 1)) {
      rangeOk = false;
      report(ctx, at('plausible'), `Chỉ tiêu ${id} là chỉ tiêu Có/Không nên khoảng hợp lý phải là 0–1.`, id);
    }

    // Each target on its own.
    const validYears: string[] = [];
    for (const year of sortedYears(ind.national)) {
      const t = ind.national[year];
      const where = at('national', year);
      let ok = true;
      if (!targetYears.has(year)) {
        ok = false;
        report(
          ctx,
          where,
          `Chỉ tiêu ${id} có chỉ tiêu cho năm ${year}, nhưng bộ chỉ tiêu chỉ đặt mốc các năm ${set.targetYears.join(', ')}.`,
          id,
        );
      }
      if (t.cmp !== undefined && !allowedCmps(ind.direction).includes(t.cmp)) {
        report(
          ctx,
          [...where, 'cmp'],
          `Chỉ tiêu ${id}: chỉ tiêu năm ${year} (${describeTarget(ind, t)}) trái với hướng đánh giá của chỉ tiêu (${directionWords(ind.direction)}).`,
          id,
        );
        continue; // Any further wording of this target would be misleading.
      }
      if (ind.direction === 'eq100' && t.value !== 100) {
        ok = false;
        report(
          ctx,
          where,
          `Chỉ tiêu ${id} phải đạt 100 %, nhưng chỉ tiêu năm ${year} là ${formatValueWithUnit(t.value, ind.unit)}.`,
          id,
        );
      } else if (ind.direction === 'bool' && t.value !== 0 && t.value !== 1) {
        ok = false;
        report(
          ctx,
          where,
          `Chỉ tiêu ${id} là chỉ tiêu Có/Không: chỉ tiêu năm ${year} phải là 1 (Có) hoặc 0 (Không), không phải ${formatNumberVi(t.value)}.`,
          id,
        );
      } else if (rangeOk && (t.value < min || t.value > max)) {
        ok = false;
        report(
          ctx,
          where,
          `Chỉ tiêu ${id}: chỉ tiêu năm ${year} (${formatValueWithUnit(t.value, ind.unit)}) nằm ngoài khoảng hợp lý ${rangeText(ind)}.`,
          id,
        );
      }
      if (ok) validYears.push(year);
    }

    // Targets across years must not move against the direction.
    for (let k = 1; k < validYears.length; k++) {
      const earlierYear = validYears[k - 1];
      const laterYear = validYears[k];
      const earlier = ind.national[earlierYear];
      const later = ind.national[laterYear];
      const resolve = (t: Target) => ({ value: t.value, cmp: t.cmp ?? defaultCmp(ind.direction) });
      if (compareAmbition(ind.direction, resolve(later), resolve(earlier)) < 0 && !ind.loosensBecause) {
        const word =
          later.value === earlier.value ? 'lỏng hơn' : polarity(ind.direction) === 'higher' ? 'thấp hơn' : 'cao hơn';
        report(
          ctx,
          at('national', laterYear),
          `Chỉ tiêu ${id}: chỉ tiêu năm ${laterYear} (${describeTarget(ind, later)}) ${word} chỉ tiêu năm ${earlierYear} (${describeTarget(ind, earlier)}), ngược với hướng của chỉ tiêu (${polarityWords(ind.direction)}).`,
          id,
        );
      }
    }

    if (ind.subMeasure && ind.kind === 'bool') {
      report(ctx, at('subMeasure'), `Chỉ tiêu ${id} là chỉ tiêu Có/Không nên không có chỉ số phụ.`, id);
    }
  });
}

function directionWords(direction: Direction): string {
  switch (direction) {
    case 'gte':
    case 'gt':
      return 'càng cao càng tốt';
    case 'lte':
    case 'lt':
      return 'càng thấp càng tốt';
    case 'eq100':
      return 'phải đạt 100 %';
    case 'bool':
      return 'Có/Không';
  }
}

/** An indicator set whose entries do not contradict each other. */
export const IndicatorSetSchema = IndicatorSetBaseSchema.superRefine(checkIndicatorSet);

const TYPE_NAMES: Record<string, string> = {
  number: 'số',
  int: 'số nguyên',
  string: 'chuỗi ký tự',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  record: 'bảng theo năm',
  undefined: 'không có giá trị',
  null: 'null',
};

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

const viLocaleError = z.locales.vi().localeError;

/**
 * Vietnamese messages for zod's structural issues (wrong type, missing field,
 * unknown key …); anything not covered falls back to zod's own Vietnamese locale.
 * Passed per parse, so the global zod configuration is left alone.
 */
export const viErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(String(issue.expected));
      if (issue.input === undefined) return `Thiếu trường bắt buộc (cần ${expected}).`;
      return `Sai kiểu dữ liệu: cần ${expected}, nhận được ${typeName(typeOf(issue.input))}.`;
    }
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_value':
      return `Giá trị không hợp lệ: chỉ nhận ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `Danh sách cần ít nhất ${String(issue.minimum)} phần tử.`;
      if (issue.origin === 'string') return 'Không được để trống.';
      return `Giá trị phải ${issue.inclusive ? 'từ' : 'lớn hơn'} ${formatNumberVi(Number(issue.minimum))}${issue.inclusive ? ' trở lên' : ''}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Danh sách chỉ được có tối đa ${String(issue.maximum)} phần tử.`;
      return `Giá trị phải ${issue.inclusive ? 'không quá' : 'nhỏ hơn'} ${formatNumberVi(Number(issue.maximum))}.`;
    case 'invalid_key': {
      const inner = issue.issues.map((i) => i.message).filter((m) => m !== '');
      return `Khóa "${String(issue.input)}" không hợp lệ${inner.length > 0 ? `: ${inner.join('; ')}` : ''}.`;
    }
    default:
      return viLocaleError(issue);
  }
};
