/**
 * validateSnapshot is read-only and total (fast-check, 1000 runs): for random workbooks — random
 * annex templates from the catalog, random officer data (numbers, text in every style, dates,
 * formulas, "-", NFD text, nulls), then random officer surgery (cells overwritten with any
 * RawCell, rows and columns inserted or deleted, merges, NFD everywhere, hidden, renamed or
 * duplicated sheets, a stray non-annex sheet, valid, other or invalid settings) — the deep-frozen
 * snapshot is unchanged after validation (compared with a structuredClone taken before), the
 * engine never throws, no rule fails internally, and the report is complete and schema-valid.
 *
 * The Office fake-Excel and exceljs read-only tests belong to the adapters; this is the engine.
 */
import fc from 'fast-check';
import type { ReportSettingsInput } from '../../src/domain/settings';
import type { RawCell, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import { annexSheet, workbookOf } from '../support/fixtures';
import { anyText, maybeCell, officerData } from './arbitraries';
import {
  deepFreeze,
  deleteColumn,
  deleteRow,
  expectCompleteReport,
  insertColumn,
  insertRows,
  validateSnapshot,
} from './support';

const SETTINGS_CHOICES: (ReportSettingsInput | undefined | Record<string, unknown>)[] = [
  { reportYear: 2024, unitName: 'TP. Cao Bằng' },
  { reportYear: 2024, unitName: 'Xã Hưng Đạo', levels: ['tinh', 'xa'], units: ['Xã A', 'Xã B', 'Xã C'] },
  {
    reportYear: 2021,
    budgetFromYear: 2018,
    period: { from: '2021-01-01', to: '2021-12-31' },
    localTargets: [{ indicatorId: '1.1', value: 50 }],
  },
  undefined,
];
/** Settings stored in the workbook: the ones the sheets were built with, none, or garbage. */
const STORED: (unknown | 'same')[] = [
  'same',
  undefined,
  { reportYear: 'hai nghìn' },
  { levels: [] },
  'không phải JSON',
  null,
];

type Surgery =
  | { kind: 'set'; row: number; col: number; raw: RawCell | undefined }
  | { kind: 'insertRow'; row: number; cells: (RawCell | undefined)[] }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'insertCol'; col: number; raw: RawCell | undefined }
  | { kind: 'deleteCol'; col: number }
  | { kind: 'merge'; row: number; col: number; h: number; w: number }
  | { kind: 'nfd' }
  | { kind: 'hide'; how: 'hidden' | 'veryHidden' }
  | { kind: 'rename'; name: string; markerFollows: boolean };

const surgery: fc.Arbitrary<Surgery> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), row: fc.nat(60), col: fc.nat(24), raw: maybeCell }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insertRow' as const),
      row: fc.nat(60),
      cells: fc.array(maybeCell, { maxLength: 14 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), row: fc.nat(60) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertCol' as const), col: fc.nat(24), raw: maybeCell }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCol' as const), col: fc.nat(24) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      row: fc.nat(60),
      col: fc.nat(24),
      h: fc.nat(3),
      w: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'nfd' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hide' as const),
      how: fc.constantFrom('hidden' as const, 'veryHidden' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      name: fc.oneof(anyText, fc.constantFrom('Sheet1', 'Báo cáo', 'PL-II (2)')),
      markerFollows: fc.boolean(),
    }),
  },
);

function operate(wb: WorkbookSnapshot, sheet: SheetSnapshot, s: Surgery): void {
  const height = Math.max(1, sheet.cells.length);
  switch (s.kind) {
    case 'set':
      (sheet.cells[s.row % (height + 3)] ??= [])[s.col] = s.raw;
      return;
    case 'insertRow':
      insertRows(sheet, (s.row % height) + 1, s.cells);
      return;
    case 'deleteRow':
      deleteRow(sheet, (s.row % height) + 1);
      return;
    case 'insertCol':
      insertColumn(sheet, s.col, () => s.raw);
      return;
    case 'deleteCol':
      deleteColumn(sheet, s.col);
      return;
    case 'merge':
      sheet.merges = [
        ...(sheet.merges ?? []),
        `${String.fromCharCode(65 + (s.col % 20))}${(s.row % height) + 1}:${String.fromCharCode(65 + (s.col % 20) + s.w)}${(s.row % height) + 1 + s.h}`,
      ];
      return;
    case 'nfd':
      for (const row of sheet.cells) for (const c of row ?? []) if (c?.t === 's') c.v = c.v.normalize('NFD');
      return;
    case 'hide':
      sheet.visibility = s.how;
      return;
    case 'rename': {
      const name = s.name.slice(0, 31);
      if (name === '' || wb.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) return;
      for (const m of wb.markers) if (s.markerFollows && m.sheetName === sheet.name) m.sheetName = name;
      sheet.name = name;
      return;
    }
  }
}

const annexPlan = fc.record({
  templateId: fc.constantFrom(...TEMPLATES.map((t) => t.id)),
  surgeries: fc.array(surgery, { maxLength: 6 }),
});

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    settingsIndex: fc.nat(SETTINGS_CHOICES.length - 1),
    stored: fc.constantFrom(...STORED),
    plans: fc.array(annexPlan, { minLength: 0, maxLength: 3 }),
    duplicate: fc.boolean(),
    stray: fc.option(fc.array(fc.array(maybeCell, { maxLength: 6 }), { maxLength: 6 }), { nil: undefined }),
  })
  .chain(({ settingsIndex, stored, plans, duplicate, stray }) => {
    const settings = SETTINGS_CHOICES[settingsIndex] as ReportSettingsInput | undefined;
    return fc.tuple(...plans.map((p) => officerData(p.templateId, settings))).map((datas) => {
      const names = new Set<string>();
      const sheets = plans.map((p, i) => {
        const def = TEMPLATES.find((t) => t.id === p.templateId)!;
        let name = def.sheetName;
        for (let n = 2; names.has(name.toLowerCase()); n++) name = `${def.sheetName} (${n})`;
        names.add(name.toLowerCase());
        return { templateId: p.templateId, sheet: annexSheet(p.templateId, datas[i]!, settings ?? {}, name) };
      });
      const wb = workbookOf(sheets, settings);
      if (stored !== 'same') {
        if (stored === undefined) delete wb.settings;
        else wb.settings = stored;
      }
      plans.forEach((p, i) => {
        for (const s of p.surgeries) operate(wb, wb.sheets[i]!, s);
      });
      if (duplicate && wb.sheets.length > 0)
        wb.sheets.push({ ...structuredClone(wb.sheets[0]!), name: `Bản sao ${wb.sheets.length}` });
      if (stray) wb.sheets.push({ name: 'Ghi chú', cells: stray });
      return wb;
    });
  });

describe('validateSnapshot is read-only and total', () => {
  it('leaves any deep-frozen workbook unchanged, never throws, and returns a complete report (1000 random workbooks)', () => {
    let annexesSeen = 0;
    let findingsSeen = 0;
    fc.assert(
      fc.property(workbook, (generated) => {
        // Freeze a copy: fast-check may hand the same generated arrays to a later run (and to
        // shrinking), which the generator then edits; the frozen workbook is ours alone.
        const before = structuredClone(generated);
        const wb = structuredClone(generated);
        deepFreeze(wb);
        const report = validateSnapshot(wb);
        expect(wb).toStrictEqual(before);
        expectCompleteReport(report, undefined, { officerTextMayQuote: true });
        const names = wb.sheets.map((s) => s.name);
        for (const a of report.annexes) expect(names).toContain(a.sheet);
        expect(new Set(report.annexes.map((a) => a.sheet)).size).toBe(report.annexes.length);
        annexesSeen += report.annexes.length;
        findingsSeen += report.findings.length;
      }),
      { numRuns: 1000 },
    );
    // The generator really exercises the engine: annexes were recognised and findings reported.
    expect(annexesSeen).toBeGreaterThan(500);
    expect(findingsSeen).toBeGreaterThan(1000);
  }, 600_000);
});
