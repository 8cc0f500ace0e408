/**
 * Explanations of warnings ("giải trình"), written by the officer from the task pane and
 * stored in the workbook (domain/stamp/storage.ts) with the finding's rule and cell. Each keeps
 * a fingerprint of its row's input values: when a value of that row changes, the explanation
 * no longer applies (it was written for other figures) and is dropped the next time the store
 * is written. Errors cannot be explained: they must be fixed.
 */
import { z } from '../zod';
import type { Finding } from '../report/schema';
import { parseA1 } from '../sheet/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../sheet/workbook';
import { Sha256 } from '../stamp/sha256';
import { CANONICAL_FORM, canonicalCell, rowFingerprint } from '../stamp/canonical';
import { checkRecordOf } from '../stamp/storage';

import { EXPLANATION_MAX } from './limits';

export { EXPLANATION_MAX };

export const explanationSchema = z.object({
  rule: z.string().min(1),
  sheet: z.string(),
  /** A1 address; empty for a finding about a whole sheet. */
  cell: z.string(),
  text: z.string().min(1).max(EXPLANATION_MAX),
  /** Fingerprint of the row's input values when it was written (../stamp/canonical.ts). */
  fp: z.string().min(1),
  /** When it was written (local time with offset). */
  at: z.string(),
  templateId: z.string().optional(),
  indicatorId: z.string().optional(),
  /** What the cell held, as the finding showed it. */
  value: z.string().optional(),
});
export type Explanation = z.infer<typeof explanationSchema>;

export const explanationStoreSchema = z.object({ v: z.literal(1), items: z.array(z.unknown()) });
export type ExplanationStore = { v: 1; items: Explanation[] };

/** The explanations a stored JSON holds; entries that are not explanations are left out. */
export function parseExplanations(raw: unknown): Explanation[] {
  const r = explanationStoreSchema.safeParse(raw);
  if (!r.success) return [];
  const out: Explanation[] = [];
  for (const item of r.data.items) {
    const e = explanationSchema.safeParse(item);
    if (e.success) out.push(e.data);
  }
  return out;
}

export function storedExplanations(snapshot: WorkbookSnapshot): Explanation[] {
  return parseExplanations(checkRecordOf(snapshot).explanations);
}

export function toStore(items: readonly Explanation[]): ExplanationStore {
  return { v: 1, items: [...items] };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => same(s.name, name));
}

/** Fingerprint of a whole sheet (findings without a cell). */
function sheetFingerprint(sheet: SheetSnapshot | undefined): string {
  const hash = new Sha256().update(`${CANONICAL_FORM}/sheet\n`);
  if (sheet)
    sheet.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        const v = canonicalCell(c);
        if (v) hash.update(JSON.stringify([r, col, v[0], v[1]])).update('\n');
      }),
    );
  return hash.hex().slice(0, 16);
}

/** The fingerprint an explanation of a finding at sheet!cell carries now. */
export function fingerprintAt(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const s = sheetOf(snapshot, sheet);
  const at = cell ? parseA1(cell.split(':')[0]!.replace(/\$/g, '')) : undefined;
  return at ? rowFingerprint(s, at.row) : sheetFingerprint(s);
}

export function explanationKey(x: { rule: string; sheet: string; cell: string }): string {
  return `${x.rule}@${x.sheet.toLowerCase()}!${x.cell.toUpperCase()}`;
}

/** Findings an officer may explain: warnings (errors must be fixed; notes need nothing). */
export function explainable(f: Pick<Finding, 'severity'>): boolean {
  return f.severity === 'warning';
}

/** Trims and caps the officer's text; empty means "no explanation". */
export function cleanExplanation(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXPLANATION_MAX ? t.slice(0, EXPLANATION_MAX) : t;
}

/**
 * The explanations with one set (or removed, for an empty text) for `finding`, and the stale
 * ones (values changed since) dropped.
 */
export function withExplanation(
  items: readonly Explanation[],
  snapshot: WorkbookSnapshot,
  finding: Pick<Finding, 'rule' | 'sheet' | 'cell' | 'templateId' | 'indicatorId' | 'value'>,
  text: string,
  at: string,
): Explanation[] {
  const key = explanationKey(finding);
  const kept = items.filter((e) => explanationKey(e) !== key && fingerprintAt(snapshot, e.sheet, e.cell) === e.fp);
  const clean = cleanExplanation(text);
  if (!clean) return kept;
  const e: Explanation = {
    rule: finding.rule,
    sheet: finding.sheet,
    cell: finding.cell,
    text: clean,
    fp: fingerprintAt(snapshot, finding.sheet, finding.cell),
    at,
  };
  if (finding.templateId) e.templateId = finding.templateId;
  if (finding.indicatorId) e.indicatorId = finding.indicatorId;
  if (finding.value !== undefined) e.value = finding.value.slice(0, 200);
  return [...kept, e];
}

export interface AppliedExplanations {
  /** Findings that got their stored explanation. */
  applied: number;
  /** Stored explanations whose row changed since (not applied). */
  stale: number;
}

/** Puts each stored explanation on its warning, when the row still holds the values it was written for. */
export function applyStoredExplanations(
  findings: Finding[],
  snapshot: WorkbookSnapshot,
  items: readonly Explanation[],
): AppliedExplanations {
  const result: AppliedExplanations = { applied: 0, stale: 0 };
  if (!items.length) return result;
  const byKey = new Map(items.map((e) => [explanationKey(e), e]));
  const fresh = new Map<string, boolean>();
  const isFresh = (e: Explanation) => {
    const k = explanationKey(e);
    let v = fresh.get(k);
    if (v === undefined) {
      v = fingerprintAt(snapshot, e.sheet, e.cell) === e.fp;
      fresh.set(k, v);
    }
    return v;
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!explainable(f)) continue;
    const e = byKey.get(explanationKey(f));
    if (!e || !isFresh(e)) continue;
    // A copy: the finding given may be kept by the engine for the next re-check.
    findings[i] = { ...f, explanation: e.text };
    result.applied++;
  }
  for (const e of items) if (!isFresh(e)) result.stale++;
  return result;
}
