/** The Office adapter's light recognition (templates/recognize-sheets) answers as the engine's recognise(). */
import { recognise } from '../../src/domain/engine/recognize';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import { TEMPLATE_INFO } from '../../src/domain/templates/info';
import { recogniseSheets } from '../../src/domain/templates/recognize-sheets';

const sheet = (name: string, ...column: (string | number | undefined)[]): SheetSnapshot => ({
  name,
  cells: column.map((v) =>
    v === undefined ? [] : [typeof v === 'number' ? { t: 'n' as const, v } : { t: 's' as const, v }],
  ),
});

function both(snapshot: WorkbookSnapshot) {
  const engine = recognise(snapshot).map((r) => [r.def.id, r.sheet.name, r.by]);
  const light = recogniseSheets(snapshot).map((r) => [r.templateId, r.sheet.name, r.by]);
  return { engine, light };
}

describe('recogniseSheets', () => {
  it('has the same ids and titles as the template definitions', () => {
    expect(TEMPLATE_INFO.map((t) => [t.id, t.title])).toEqual(TEMPLATES.map((t) => [t.id, t.title]));
  });

  it.each([
    [
      'markers first, then titles, in sheet order',
      {
        sheets: [
          sheet('B', 'Phụ lục VB'),
          sheet('A', 'x'),
          sheet('C', undefined, '  phụ lục   i '),
          sheet('D', 'Phụ lục I'),
        ],
        markers: [
          { name: 'PHULUC_KP', templateId: 'KP', sheetName: 'a' },
          { name: 'PHULUC_KP_2', templateId: 'KP', sheetName: 'A' },
          { name: 'PHULUC_CLQG', templateId: ' clqg ', sheetName: 'B' },
        ],
      },
    ],
    [
      'unknown ids, dangling markers, the settings sheet, titles below row 4, numbers',
      {
        sheets: [
          sheet(SETTINGS_SHEET, 'Phụ lục KH'),
          sheet('E', 1, 2, 3, 4, 'Phụ lục KH'),
          sheet('F', 42),
          sheet('G', 'Phụ lục KH'),
        ],
        markers: [
          { name: 'PHULUC_XX', templateId: 'XX', sheetName: 'F' },
          { name: 'PHULUC_VB', templateId: 'VB', sheetName: 'Gone' },
        ],
      },
    ],
  ])('%s', (_, snapshot) => {
    const { engine, light } = both(snapshot as WorkbookSnapshot);
    expect(light).toEqual(engine);
    expect(light.length).toBeGreaterThan(0);
  });
});
