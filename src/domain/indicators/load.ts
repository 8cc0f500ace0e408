/**
 * Loading indicator sets: validation of untrusted input into Vietnamese errors
 * that name the wrong entry, and the registry of built-in sets.
 */
import { CLQG_2011_2020 } from './clqg-2011-2020';
import { CLQG_2021_2030 } from './clqg-2021-2030';
import { IndicatorSetSchema, viErrorMap, type Indicator, type IndicatorSet } from './schema';
import { indicatorSetWarnings, type IndicatorSetWarning } from './warnings';

export interface IndicatorSetError {
  /** Where in the input: "indicators[3].national.2030". Empty for the whole set. */
  path: string;
  /** The indicator the error is about, when it is about one. */
  indicatorId?: string;
  /** Vietnamese, names the entry. */
  message: string;
}

/** A set that loads may still carry warnings (its source contradicts itself; see warnings.ts). */
export type LoadIndicatorSetResult =
  { ok: true; set: IndicatorSet; warnings: IndicatorSetWarning[] } | { ok: false; errors: IndicatorSetError[] };

const FIELD_LABEL: Record<string, string> = {
  id: 'mã',
  goal: 'mục tiêu',
  name: 'tên',
  title: 'tên',
  source: 'căn cứ',
  unit: 'đơn vị tính',
  kind: 'loại chỉ tiêu',
  direction: 'hướng đánh giá',
  national: 'chỉ tiêu quốc gia',
  plausible: 'khoảng hợp lý',
  lead: 'đơn vị chủ trì',
  denominatorBase: 'hệ số nhân',
  subMeasure: 'chỉ số phụ',
  localBool: 'báo cáo Có/Không',
  note: 'ghi chú',
  period: 'giai đoạn',
  from: 'từ năm',
  to: 'đến năm',
  targetYears: 'năm mốc',
  goals: 'danh sách mục tiêu',
  indicators: 'danh sách chỉ tiêu',
  value: 'giá trị',
  cmp: 'phép so sánh',
  min: 'tối thiểu',
  max: 'tối đa',
  label: 'tên chỉ số',
};

type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out === '' ? '' : '.') + String(seg);
  }
  return out;
}

function safeGet(obj: unknown, key: PropertyKey): unknown {
  try {
    if (obj === null || typeof obj !== 'object') return undefined;
    return (obj as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

function indicatorIdAt(input: unknown, path: readonly PathSegment[]): string | undefined {
  if (path[0] !== 'indicators' || typeof path[1] !== 'number') return undefined;
  const id = safeGet(safeGet(safeGet(input, 'indicators'), path[1]), 'id');
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** "Chỉ tiêu 1.1, chỉ tiêu quốc gia 2030, giá trị" — the subject of a structural error, in words. */
function describePlace(path: readonly PathSegment[], indicatorId: string | undefined): string {
  const parts: string[] = [];
  let rest = path;
  if (path[0] === 'indicators' && typeof path[1] === 'number') {
    parts.push(indicatorId ? `Chỉ tiêu ${indicatorId}` : `Chỉ tiêu thứ ${path[1] + 1}`);
    rest = path.slice(2);
  } else if (path[0] === 'goals' && typeof path[1] === 'number') {
    parts.push(`Mục tiêu thứ ${path[1] + 1}`);
    rest = path.slice(2);
  } else {
    parts.push('Bộ chỉ tiêu');
  }
  for (let i = 0; i < rest.length; i++) {
    const seg = rest[i];
    const prev = rest[i - 1];
    if (typeof seg === 'number') parts.push(`mục thứ ${seg + 1}`);
    else if (prev === 'national') parts.push(`năm ${String(seg)}`);
    else parts.push(FIELD_LABEL[String(seg)] ?? `"${String(seg)}"`);
  }
  return parts.join(', ');
}

/**
 * Validates an indicator set from any source (JSON file, settings, code). Never throws:
 * returns the parsed set, or every error found with its path, the indicator it concerns
 * and a Vietnamese message naming the entry. Structural errors (wrong types, missing
 * fields) are reported first; consistency checks run once the structure is sound.
 */
export function loadIndicatorSet(input: unknown): LoadIndicatorSetResult {
  try {
    const result = IndicatorSetSchema.safeParse(input, { error: viErrorMap });
    if (result.success) return { ok: true, set: result.data, warnings: indicatorSetWarnings(result.data) };
    const errors = result.error.issues.map((issue): IndicatorSetError => {
      const params = (issue as { params?: { indicatorId?: unknown } }).params;
      const fromParams = typeof params?.indicatorId === 'string' ? params.indicatorId : undefined;
      const indicatorId = fromParams ?? indicatorIdAt(input, issue.path);
      let message = issue.message;
      if (issue.code !== 'custom') {
        const place = describePlace(issue.path, indicatorId);
        if (place !== '') message = `${place}: ${message}`;
      }
      return { path: formatPath(issue.path), ...(indicatorId ? { indicatorId } : {}), message };
    });
    return { ok: false, errors };
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '', message: `Không đọc được bộ chỉ tiêu: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

export const DEFAULT_INDICATOR_SET_ID = 'clqg-2021-2030';

const REGISTRY: ReadonlyMap<string, IndicatorSet> = new Map(
  [CLQG_2021_2030, CLQG_2011_2020].map((set) => [set.id, set] as const),
);

/** A built-in indicator set by id (default: the 2021–2030 strategy); undefined for an unknown id. */
export function getIndicatorSet(id: string = DEFAULT_INDICATOR_SET_ID): IndicatorSet | undefined {
  return REGISTRY.get(id);
}

/** Ids and titles of the built-in indicator sets, default first. */
export function listIndicatorSets(): { id: string; title: string; period: { from: number; to: number } }[] {
  return [...REGISTRY.values()].map((s) => ({ id: s.id, title: s.title, period: { ...s.period } }));
}

/** Each set's indicators by id (the first of an id, as a search in order finds), made on first use. */
const BY_ID = new WeakMap<IndicatorSet, Map<string, Indicator>>();

/** One indicator of a set by id ('3.2a'), or undefined. Rules look one up per row of CLQG and KH. */
export function findIndicator(set: IndicatorSet, id: string): Indicator | undefined {
  let byId = BY_ID.get(set);
  if (!byId) {
    byId = new Map();
    for (const i of set.indicators) if (!byId.has(i.id)) byId.set(i.id, i);
    BY_ID.set(set, byId);
  }
  return byId.get(id.trim());
}
