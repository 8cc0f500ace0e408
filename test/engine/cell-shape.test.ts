/**
 * Every adapter makes its cells in one object shape (rawCell: t, v, f, nf, in this order), so
 * the engine's loops over cells read one hidden class whichever adapter read the workbook.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { readWorkbookData } from '../../src/adapters/exceljs/read';
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import { toRawCell } from '../../src/adapters/office/office-port';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { defaultSettings } from '../../src/domain/settings';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';
import { asExcelWouldStore } from '../../src/playground/typing';
import { snapshotOf } from '../../bench/data';

const root = path.join(__dirname, '..', '..');
const SHAPE = ['t', 'v', 'f', 'nf'];

/** Cells of other shapes, with where they are (at most a few, for the message). */
function otherShapes(snap: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const kinds = new Set<string>();
  for (const s of snap.sheets)
    s.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c === undefined) return;
        kinds.add(c.t);
        if (Object.keys(c).join() !== SHAPE.join() && out.length < 5)
          out.push(`${s.name}!${r},${col}: ${Object.keys(c).join()}`);
      }),
    );
  // The workbooks read here hold numbers and text at least: the check saw cells of both.
  expect([...kinds]).toEqual(expect.arrayContaining(['n', 's']));
  return out;
}

function shapeOf(c: RawCell | undefined): string {
  return c === undefined ? 'undefined' : Object.keys(c).join();
}

describe('one cell shape from every adapter', () => {
  it('the file readers (ours and exceljs) and the in-memory adapter', async () => {
    const settings = defaultSettings(JSON.parse(readFileSync(path.join(root, 'samples', 'settings.json'), 'utf8')));
    const data = JSON.parse(readFileSync(path.join(root, 'samples', 'data.json'), 'utf8'));
    const { workbook } = await buildAnnexWorkbook([...TEMPLATE_IDS], settings, data);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ours = readXlsx(bytes);
    expect(otherShapes(ours)).toEqual([]);
    expect(otherShapes(await readWorkbookData(bytes))).toEqual([]);

    // A snapshot handed in with cells of other shapes comes out of the in-memory adapter in the one shape.
    const mixed: WorkbookSnapshot = {
      sheets: [
        {
          name: 'A',
          cells: [
            [
              { t: 'n', v: 1 },
              { t: 's', v: 'x', nf: '@' },
              { f: '=A1', t: 'n', v: 1 },
            ],
          ],
        },
      ],
      markers: [],
    };
    const port = new MemoryWorkbookPort(mixed);
    port.setCell('A', 'D1', { t: 'b', v: true });
    expect(otherShapes(await port.read())).toEqual([]);
  });

  it('the bench and test snapshots made from sheet plans', () => {
    expect(otherShapes(snapshotOf(5))).toEqual([]);
  });

  it('the Office.js adapter, for every value type', () => {
    const cases: [unknown, unknown, unknown, unknown][] = [
      [3, 3, 'General', 'Double'],
      [3, '=1+2', '0.00', 'Double'],
      [45000, 45000, 'dd/mm/yyyy', 'Double'],
      ['x', 'x', '@', 'String'],
      ['', '=A1', 'General', 'Empty'],
      [true, true, 'General', 'Boolean'],
      ['#DIV/0!', '=1/0', 'General', 'Error'],
      [7, 7, 'General', undefined],
    ];
    for (const [value, formula, nf, type] of cases)
      expect(shapeOf(toRawCell(value, formula, nf, type))).toBe(SHAPE.join());
  });

  it('typing in the playground', () => {
    for (const [typed, nf] of [
      ['3', undefined],
      ['1.250', '#,##0'],
      ['=A1', undefined],
      ['x', '@'],
      ['Xã', undefined],
    ])
      expect(shapeOf(asExcelWouldStore(typed!, nf))).toBe(SHAPE.join());
  });
});
