/** Indicator results from the CLQG annex: value (typed or numerator/denominator), targets, status. */
import type { Indicator, IndicatorSet } from '../indicators/schema';
import { computeValue, evaluate, nationalTargetFor } from '../indicators/targets';
import { roundTo } from '../parse/number';
import type { CauseRef, Finding, IndicatorResult } from '../report/schema';
import type { ReportSettings } from '../settings';
import type { AnnexView } from './annex-view';
import type { BoundRow, BoundTable } from './bind';
import { cellText } from './bind';
import { indicatorValue } from '../rules/lib/values';

function num(view: AnnexView, table: BoundTable, row: BoundRow, key: string): number | undefined {
  const c = view.cell(table, row, key);
  return c?.reading.s === 'num' ? c.reading.value : undefined;
}

/** The value of one CLQG row: typed result, else numerator/denominator. */
export function rowValue(view: AnnexView, table: BoundTable, row: BoundRow, ind: Indicator) {
  const numerator = num(view, table, row, 'tu_so');
  const denominator = num(view, table, row, 'mau_so');
  const result = view.cell(table, row, 'ket_qua');
  let value: number | undefined;
  let boolValue: boolean | undefined;
  // A result typed in another unit ("36,4 %" for a ratio in lần) is not the indicator's value (type/unit).
  const typed = indicatorValue(result, ind);
  if (typed !== undefined && result?.reading.s === 'num' && !result.reading.formula) value = typed;
  else if (result?.reading.s === 'text' || result?.reading.s === 'bool') {
    const t =
      result.reading.s === 'bool'
        ? result.reading.value
          ? 'có'
          : 'không'
        : cellText(result.raw).toLocaleLowerCase('vi');
    if (t === 'có') boolValue = true;
    if (t === 'không') boolValue = false;
  }
  if (value === undefined && boolValue === undefined && numerator !== undefined && denominator !== undefined) {
    const c = computeValue(ind, numerator, denominator);
    if (c.value !== undefined) value = roundTo(c.value, 2);
  }
  if (value === undefined && result?.reading.s === 'num') value = typed;
  return { numerator, denominator, value, boolValue, cell: result?.address };
}

/** Error findings at any of these cells of the sheet, as cause references. */
function errorsAt(findings: readonly Finding[], sheet: string, cells: readonly (string | undefined)[]): CauseRef[] {
  const wanted = new Set(cells.filter((c): c is string => c !== undefined));
  return findings
    .filter((f) => f.severity === 'error' && f.sheet === sheet && wanted.has(f.cell))
    .map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, messageId: f.messageId }));
}

/**
 * One result per indicator of the set. A status never contradicts a finding: when the value's
 * cells (result, numerator, denominator) carry an error — a share above 100 %, a malformed
 * number, part above whole — both statuses are "Không đánh giá được" and point at those
 * findings; an error on the local target cell makes the local status so.
 */
export function computeIndicators(
  annexes: AnnexView[],
  settings: ReportSettings,
  set: IndicatorSet,
  findings: readonly Finding[] = [],
): IndicatorResult[] {
  const clqg = annexes.find((a) => a.templateId === 'CLQG');
  const rows = new Map<string, { table: BoundTable; row: BoundRow }>();
  if (clqg)
    for (const { table, row } of clqg.dataRows())
      if (row.kind === 'fixed' && row.def?.indicatorId) rows.set(row.def.indicatorId, { table, row });

  return set.indicators.map((ind) => {
    const at = rows.get(ind.id);
    const v =
      at && clqg
        ? rowValue(clqg, at.table, at.row, ind)
        : { numerator: undefined, denominator: undefined, value: undefined, boolValue: undefined, cell: undefined };
    const typedLocal = at && clqg ? num(clqg, at.table, at.row, 'dia_phuong') : undefined;
    const local = typedLocal ?? settings.localTargets.find((t) => t.indicatorId === ind.id)?.value;
    const national = nationalTargetFor(ind, settings.reportYear);
    const measured = v.boolValue ?? v.value;
    const localEval = evaluate(ind, measured, local === undefined ? undefined : { value: local });
    const nationalEval = evaluate(ind, measured, national?.target);
    const r: IndicatorResult = {
      id: ind.id,
      name: ind.name,
      unit: ind.unit,
      value: v.value ?? null,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
      localTarget: local ?? null,
      nationalTarget: national?.target.value ?? null,
      localStatus: localEval.status,
      nationalStatus: nationalEval.status,
      localGap: localEval.gap ?? null,
      nationalGap: nationalEval.gap ?? null,
    };
    if (v.boolValue !== undefined) r.boolValue = v.boolValue;
    if (national) r.nationalYear = national.year;
    if (clqg && v.cell) {
      r.sheet = clqg.sheet.name;
      r.cell = v.cell;
    }
    if (at && clqg) {
      const cellOf = (key: string) => clqg.cell(at.table, at.row, key)?.address;
      const valueErrors = errorsAt(findings, clqg.sheet.name, [cellOf('ket_qua'), cellOf('tu_so'), cellOf('mau_so')]);
      const targetErrors = errorsAt(findings, clqg.sheet.name, [cellOf('dia_phuong')]);
      if (valueErrors.length) {
        r.localStatus = 'khong-danh-gia-duoc';
        r.nationalStatus = 'khong-danh-gia-duoc';
        r.localGap = null;
        r.nationalGap = null;
        r.causedBy = valueErrors;
      } else if (targetErrors.length) {
        r.localStatus = 'khong-danh-gia-duoc';
        r.localGap = null;
        r.causedBy = targetErrors;
      }
    }
    return r;
  });
}
