/** `validate` never changes the file: same bytes, and the same values, formulas and styles. */
import { createHash } from 'crypto';
import { readFileSync, statSync } from 'fs';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';
import { loadExcel, tempDir, writeAnnexWorkbook } from './helpers';

const root = path.join(__dirname, '..', '..', 'samples');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every cell of every sheet as exceljs sees it: value (with formula and cached result), style, validation. */
async function dump(file: string): Promise<unknown> {
  const wb = await loadExcel(file);
  const out: Record<string, unknown> = { names: (wb.definedNames as unknown as { model: unknown }).model };
  for (const ws of wb.worksheets) {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells.push([
          r,
          c,
          cell.type,
          cell.value instanceof Date ? cell.value.toISOString() : cell.value,
          cell.style,
          cell.dataValidation,
        ]);
      });
    });
    out[ws.name] = {
      state: ws.state,
      cells,
      merges: ws.model.merges,
      protection: (ws as unknown as { sheetProtection: unknown }).sheetProtection,
      pageSetup: ws.pageSetup,
      views: ws.views,
    };
  }
  return JSON.parse(JSON.stringify(out));
}

const quiet: Io = { out: () => undefined, err: () => undefined };

it('validate (text and --json) leaves the samples workbook byte-for-byte and cell-for-cell unchanged', async () => {
  const file = tmp.file('samples.xlsx');
  await writeAnnexWorkbook(file, {
    settings: JSON.parse(readFileSync(path.join(root, 'settings.json'), 'utf8')),
    data: JSON.parse(readFileSync(path.join(root, 'data.json'), 'utf8')),
  });
  const bytes = sha(file);
  const mtime = statSync(file).mtimeMs;
  const cells = await dump(file);

  expect(await main(['validate', file], quiet)).toBe(1);
  expect(await main(['validate', file, '--json'], quiet)).toBe(1);
  expect(await main(['validate', file, '--settings', path.join(root, 'settings.json')], quiet)).toBe(1);

  expect(sha(file)).toBe(bytes);
  expect(statSync(file).mtimeMs).toBe(mtime);
  expect(await dump(file)).toEqual(cells);
});
