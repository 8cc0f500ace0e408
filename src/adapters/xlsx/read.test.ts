import { readFileSync } from 'fs';
import * as path from 'path';
import { buildAnnexWorkbook } from '../exceljs/build';
import { readWorkbookData } from '../exceljs/read';
import { defaultSettings } from '../../domain/settings';
import { TEMPLATE_IDS } from '../../domain/templates/catalog';
import { validateSnapshot } from '../../domain/engine/validate';
import { officerData } from '../../../bench/data';
import { readXlsx, serialToIso, sheetOfRange } from './read';

const root = path.join(__dirname, '..', '..', '..');

async function samplesBytes(): Promise<Uint8Array> {
  const settings = defaultSettings(JSON.parse(readFileSync(path.join(root, 'samples', 'settings.json'), 'utf8')));
  const data = JSON.parse(readFileSync(path.join(root, 'samples', 'data.json'), 'utf8'));
  const { workbook } = await buildAnnexWorkbook([...TEMPLATE_IDS], settings, data);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsx against the exceljs reader', () => {
  it('reads the samples workbook exactly as exceljs does (cells, merges, markers, settings)', async () => {
    const bytes = await samplesBytes();
    const ours = readXlsx(bytes);
    const theirs = await readWorkbookData(bytes);
    const { definedNames, ...rest } = ours;
    expect(definedNames?.length).toBeGreaterThan(0);
    // exceljs fills the rows between data rows with empty arrays; the snapshot allows holes.
    for (const s of theirs.sheets)
      for (let r = 0; r < s.cells.length; r++) if (s.cells[r]!.length === 0) delete s.cells[r];
    // A formula whose cached result is "" (`t="str"`, `<v></v>`): exceljs drops the result, we keep "".
    for (const s of ours.sheets)
      for (const row of s.cells)
        for (const [c, cell] of (row ?? []).entries())
          if (cell?.t === 's' && cell.v === '' && cell.f)
            row![c] = { t: 'f', v: null, f: cell.f, ...(cell.nf ? { nf: cell.nf } : {}) };
    expect(rest).toEqual(theirs);
    expect(validateSnapshot(ours)).toEqual(expect.objectContaining({ stats: expect.anything() }));
    const a = validateSnapshot(ours, { now: () => 0 });
    const b = validateSnapshot(theirs, { now: () => 0 });
    expect(a).toEqual(b);
  });

  it('reads the bench workbook (every annex at 60 rows) as exceljs does', async () => {
    const { workbook } = await buildAnnexWorkbook(
      [...TEMPLATE_IDS],
      defaultSettings({ reportYear: 2024 }),
      officerData(60),
    );
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ours = readXlsx(bytes);
    const theirs = await readWorkbookData(bytes);
    expect(validateSnapshot(ours, { now: () => 0 })).toEqual(validateSnapshot(theirs, { now: () => 0 }));
  });
});

describe('dates', () => {
  it('follows Excel in both date systems, 1900 leap-year bug included', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45292, false)).toBe('2024-01-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(43830, true)).toBe('2024-01-01');
  });
});

describe('sheetOfRange', () => {
  it('reads quoted, unquoted and #REF! targets', () => {
    expect(sheetOfRange("'PL-I (2)'!$A$1")).toBe('PL-I (2)');
    expect(sheetOfRange("'KP''s'!$A$1")).toBe("KP's");
    expect(sheetOfRange('VB!$A$1:$B$2')).toBe('VB');
    expect(sheetOfRange('#REF!')).toBeUndefined();
    expect(sheetOfRange('#REF!$A$1')).toBeUndefined();
  });
});
