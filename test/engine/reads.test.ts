/**
 * Annex rules that declare the columns they read (AnnexRule.reads) keep their findings when a
 * re-check's edit touches none of them — and run again, with the full run's answer, when it does.
 */
import { snapshotOf } from '../../bench/data';
import { revalidate } from '../../src/domain/engine/incremental';
import { runEngine, validateSnapshot, type EngineState } from '../../src/domain/engine/validate';
import { documentRegisterOrder } from '../../src/domain/rules/document-register-order';
import { a1 } from '../../src/domain/sheet/address';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { pinned } from '../golden/golden';

function vbColumn(state: EngineState, key: string): { sheet: string; col: number; rows: number[] } {
  const a = state.annexes.find((x) => x.view.templateId === 'VB')!;
  const t = a.view.tables[0]!;
  return {
    sheet: a.view.sheet.name,
    col: t.cols.get(key)!.col,
    rows: t.rows.filter((r) => r.kind === 'data').map((r) => r.row),
  };
}

function edit(snap: WorkbookSnapshot, sheet: string, row: number, col: number, v: RawCell | undefined): string {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  (s.cells[row] ??= [])[col] = v;
  return a1(row, col);
}

describe('annex rules that declare what they read', () => {
  afterEach(() => jest.restoreAllMocks());

  it('are not run again for an edit of another column, and the report is the full run’s', () => {
    const snap = snapshotOf(40);
    let state = runEngine(snap);
    const { sheet, col, rows } = vbColumn(state, 'noi_dung');
    const check = jest.spyOn(documentRegisterOrder, 'check');
    state = revalidate(state, [{ sheet, range: edit(snap, sheet, rows[3]!, col, { t: 's', v: 'Trích yếu mới' }) }]);
    expect(check).not.toHaveBeenCalled();
    expect(pinned(state.report)).toEqual(pinned(validateSnapshot(snap)));
  });

  it('run again for an edit of a column they read, and find what a full run finds', () => {
    const snap = snapshotOf(40);
    let state = runEngine(snap);
    const { sheet, col, rows } = vbColumn(state, 'ngay');
    const register = (r: { findings: { rule: string }[] }) =>
      JSON.stringify(r.findings.filter((f) => f.rule === 'document/register-order'));
    const before = register(state.report);
    const check = jest.spyOn(documentRegisterOrder, 'check');
    // The first document of the register (1/KH-UBND) dated a year earlier leaves the 2023 register.
    state = revalidate(state, [{ sheet, range: edit(snap, sheet, rows[0]!, col, { t: 'd', v: '2022-06-01' }) }]);
    expect(check).toHaveBeenCalledTimes(1);
    const full = validateSnapshot(snap);
    expect(pinned(state.report)).toEqual(pinned(full));
    expect(register(full)).not.toBe(before);
  });
});
