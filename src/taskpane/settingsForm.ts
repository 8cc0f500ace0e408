/**
 * The report settings form as pure data: a draft of strings the officer edits, checked here in
 * Vietnamese before it goes to the service (which checks again with the schema).
 */
import { formatVnDate, parseDateText } from '../domain/parse/date';
import { parseNumberText } from '../domain/parse/number';
import type { Level, ReportSettings, ReportSettingsInput } from '../domain/settings';
import { formatInputNumber } from './format';
import { S } from '../domain/messages/taskpane';

export type LevelMode = 'three' | 'two';

/** QĐ 1898/QĐ-TTg: the budget table's first year. */
const BUDGET_FROM_YEAR = 2018;

export const LEVELS_OF: Record<LevelMode, Level[]> = {
  three: ['tinh', 'huyen', 'xa'],
  two: ['tinh', 'xa'],
};

export interface TargetDraft {
  /** Stable key for list rendering. */
  key: number;
  indicatorId: string;
  value: string;
  /** Kept as loaded (not edited in this form). */
  baseline?: number;
  explanation?: string;
}

export interface SettingsDraft {
  unitName: string;
  issuer: string;
  reportNumber: string;
  /** Dates as the officer types them: dd/mm/yyyy (never the browser's locale order). */
  reportDate: string;
  reportYear: string;
  periodFrom: string;
  periodTo: string;
  levelMode: LevelMode;
  /** One unit per line. */
  units: string;
  /** Id of the indicator set (clqg-2021-2030, clqg-2011-2020). */
  indicatorSet: string;
  targets: TargetDraft[];
}

export type DraftField = Exclude<keyof SettingsDraft, 'targets'>;
export interface DraftErrors {
  fields: Partial<Record<DraftField, string>>;
  /** Per target row key. */
  targets: Record<number, { indicatorId?: string; value?: string }>;
}

let nextKey = 1;
export function newTargetKey(): number {
  return nextKey++;
}

export function draftFromSettings(s: ReportSettings): SettingsDraft {
  return {
    unitName: s.unitName,
    issuer: s.issuer,
    reportNumber: s.reportNumber,
    reportDate: s.reportDate ? formatVnDate(s.reportDate) : '',
    reportYear: String(s.reportYear),
    periodFrom: s.period ? formatVnDate(s.period.from) : '',
    periodTo: s.period ? formatVnDate(s.period.to) : '',
    // Two-level government (since 1/7/2025) has no district level.
    levelMode: s.levels.includes('huyen') ? 'three' : 'two',
    units: s.units.join('\n'),
    indicatorSet: s.indicatorSet,
    targets: s.localTargets.map((t) => ({
      key: newTargetKey(),
      indicatorId: t.indicatorId,
      value: formatInputNumber(t.value),
      ...(t.baseline !== undefined ? { baseline: t.baseline } : {}),
      ...(t.explanation !== undefined ? { explanation: t.explanation } : {}),
    })),
  };
}

/**
 * A date typed dd/mm/yyyy (also d/m/yyyy, with "-" or "." between, or yyyy-mm-dd) → ISO;
 * '' for an empty field, undefined when it is not a date, or its day does not exist.
 */
export function parseDraftDate(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  const r = parseDateText(t);
  return r.ok ? r.iso : undefined;
}

function dateError(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const r = parseDateText(text.trim());
  if (r.ok) return undefined;
  return r.reason === 'impossible' ? S.settings.dateImpossible(text.trim()) : S.settings.dateInvalid;
}

/** A target value typed the Vietnamese way ("60,5", "60 %"); undefined when it is not one number. */
export function parseTargetValue(text: string): number | undefined {
  const r = parseNumberText(text);
  return r.ok ? r.value : undefined;
}

function isBlankTarget(t: TargetDraft): boolean {
  return t.indicatorId.trim() === '' && t.value.trim() === '';
}

export function validateDraft(d: SettingsDraft, base: Pick<ReportSettings, 'budgetFromYear'>): DraftErrors {
  const fields: DraftErrors['fields'] = {};
  const targets: DraftErrors['targets'] = {};

  const year = d.reportYear.trim();
  if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100) fields.reportYear = S.settings.yearInvalid;
  // Before 2018 (QĐ 1898) the budget table follows the report year (draftToInput); after, it must not start later.
  else if (Number(year) >= BUDGET_FROM_YEAR && Number(year) < base.budgetFromYear)
    fields.reportYear = S.settings.yearBeforeBudget(base.budgetFromYear);

  for (const f of ['reportDate', 'periodFrom', 'periodTo'] as const) {
    const e = dateError(d[f]);
    if (e) fields[f] = e;
  }
  if (!fields.periodFrom && !fields.periodTo) {
    const from = parseDraftDate(d.periodFrom) ?? '';
    const to = parseDraftDate(d.periodTo) ?? '';
    if ((from === '') !== (to === '')) {
      fields[from === '' ? 'periodFrom' : 'periodTo'] = S.settings.periodIncomplete;
    } else if (from !== '' && from > to) {
      fields.periodTo = S.settings.periodReversed;
    }
  }

  const seen = new Set<string>();
  for (const t of d.targets) {
    if (isBlankTarget(t)) continue;
    const e: { indicatorId?: string; value?: string } = {};
    const id = t.indicatorId.trim();
    if (id === '') e.indicatorId = S.settings.targetIdMissing;
    else if (seen.has(id)) e.indicatorId = S.settings.targetDuplicate;
    seen.add(id);
    if (parseTargetValue(t.value) === undefined) e.value = S.settings.targetValueInvalid;
    if (e.indicatorId || e.value) targets[t.key] = e;
  }
  return { fields, targets };
}

export function hasErrors(e: DraftErrors): boolean {
  return Object.keys(e.fields).length > 0 || Object.keys(e.targets).length > 0;
}

/** The settings to save: the draft over the loaded settings (fields the form does not show are kept). */
export function draftToInput(d: SettingsDraft, base: ReportSettings): ReportSettingsInput {
  const reportYear = Number(d.reportYear.trim());
  const input: ReportSettingsInput = {
    ...base,
    unitName: d.unitName.trim(),
    issuer: d.issuer.trim(),
    reportNumber: d.reportNumber.trim(),
    reportYear,
    budgetFromYear:
      reportYear < base.budgetFromYear && reportYear < BUDGET_FROM_YEAR ? reportYear : base.budgetFromYear,
    indicatorSet: d.indicatorSet,
    levels: [...LEVELS_OF[d.levelMode]],
    units: d.units
      .split(/\r?\n/)
      .map((u) => u.trim())
      .filter((u) => u !== ''),
    localTargets: d.targets
      .filter((t) => !isBlankTarget(t))
      .map((t) => ({
        indicatorId: t.indicatorId.trim(),
        value: parseTargetValue(t.value) ?? NaN,
        ...(t.baseline !== undefined ? { baseline: t.baseline } : {}),
        ...(t.explanation !== undefined ? { explanation: t.explanation } : {}),
      })),
  };
  const reportDate = parseDraftDate(d.reportDate);
  const from = parseDraftDate(d.periodFrom);
  const to = parseDraftDate(d.periodTo);
  if (reportDate) input.reportDate = reportDate;
  else delete input.reportDate;
  if (from && to) input.period = { from, to };
  else delete input.period;
  return input;
}
