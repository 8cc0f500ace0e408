/**
 * Builds the import fixtures from the seed tables: an officer's own .xlsx (any sheet name, a
 * blank row on top, the title lines above the table, merged header cells, no "(1) (2) …" row
 * unless asked) with each value stored the way Excel stores what a Vietnamese-locale officer
 * types — "92,3" becomes the number 92.3, "09/02/2021" a date, "11/29" stays text, and
 * "01/8" becomes the date 1 August (the seeds' "8/9 → 88,88 %" trap): those cells are
 * reported, so their expectation becomes "listed as not placed".
 */
import ExcelJS from 'exceljs';
import { parseDateText } from '../../src/domain/parse/date';
import { parseNumberText } from '../../src/domain/parse/number';
import { normalizeText } from '../../src/domain/text/normalize';
import type { Expect, SeedTable } from './seed-tables';

export interface Placement {
  table: SeedTable;
  sheet: string;
  /** Sheet row of the table's first row. */
  row0: number;
  /** Seed row → sheet row (undefined: left out, e.g. the column-number row). */
  rowOf: (seedRow: number) => number | undefined;
  /** Expectations that change because Excel changed the value (a date typed as "01/8"). */
  changed: Map<string, Expect>;
}

/** What Excel (Vietnamese locale) stores for what the officer types. */
export function excelValue(text: string): { value: ExcelJS.CellValue; date?: boolean } {
  const t = normalizeText(text);
  if (t === '') return { value: null };
  // d/m/yyyy and d/m (the current year) become dates when they are possible dates.
  const full = parseDateText(t);
  if (full.ok) return { value: new Date(Date.UTC(full.year, full.month - 1, full.day)), date: true };
  const dm = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (dm && Number(dm[1]) >= 1 && Number(dm[1]) <= 31 && Number(dm[2]) >= 1 && Number(dm[2]) <= 12) {
    return { value: new Date(Date.UTC(2024, Number(dm[2]) - 1, Number(dm[1]))), date: true };
  }
  const p = parseNumberText(t);
  // Excel keeps "1.1" (an indicator number) and "01" text-like numbers as it parses them: numbers.
  if (p.ok && !p.percent && !p.unit && p.alternative === undefined && !/^0\d/.test(t)) return { value: p.value };
  if (p.ok && /^0\d$/.test(t)) return { value: p.value };
  return { value: t };
}

export interface XlsxOptions {
  numberRow?: boolean;
  blankTop?: boolean;
  sheetNames?: string[];
  /** Tables put on the sheet of the table before them (PL-III's two tables). */
  sameSheetAsPrevious?: string[];
}

export async function seedXlsx(
  tables: readonly SeedTable[],
  opts: XlsxOptions = {},
): Promise<{ buffer: Buffer; placements: Placement[] }> {
  const wb = new ExcelJS.Workbook();
  const placements: Placement[] = [];
  let ws: ExcelJS.Worksheet | undefined;
  let next = 1;
  tables.forEach((t, i) => {
    if (!ws || !opts.sameSheetAsPrevious?.includes(t.id)) {
      ws = wb.addWorksheet(opts.sheetNames?.[i] ?? `Sheet${wb.worksheets.length + 1}`);
      next = opts.blankTop === false ? 1 : 2;
      ws.getColumn(1).width = 6;
      ws.getColumn(2).width = 40;
    } else next += 1;
    for (const line of t.before) {
      ws.getCell(next, 1).value = line;
      ws.getCell(next, 1).font = { bold: true };
      next++;
    }
    const row0 = next - 1; // 0-based sheet row of the table's first row
    const numberRow = t.rows.findIndex((r) => r.length > 2 && r.every((c, k) => c === `(${k + 1})`));
    const keep = (r: number) => opts.numberRow || r !== numberRow;
    const map = new Map<number, number>();
    const changed = new Map<string, Expect>();
    let sheetRow = row0;
    t.rows.forEach((row, r) => {
      if (!keep(r)) return;
      map.set(r, sheetRow);
      row.forEach((text, c) => {
        if (!text) return;
        const cell = ws!.getCell(sheetRow + 1, c + 1);
        const { value, date } = r < t.headerRows ? { value: text, date: false } : excelValue(text);
        cell.value = value;
        if (date) {
          cell.numFmt = 'dd/mm/yyyy';
          const e = t.expect[r - t.headerRows]?.[c];
          // A date where the seed wrote "01/8" (a count and its total) can only be listed.
          if (e && typeof e !== 'string' && !e.to.some((x) => x.endsWith('.ngay')))
            changed.set(`${r},${c}`, 'unplaced');
        }
        cell.border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        };
      });
      // Its % cannot be checked either: the count and the total it is the share of are gone.
      if ([...changed.keys()].some((k) => k.startsWith(`${r},`)))
        t.expect[r - t.headerRows]?.forEach((e, c) => {
          if (e === 'checked') changed.set(`${r},${c}`, 'unplaced');
        });
      sheetRow++;
    });
    for (const m of t.merges) {
      const a = map.get(m.r1);
      const b = map.get(m.r2);
      if (a === undefined || b === undefined) continue;
      ws.mergeCells(a + 1, m.c1 + 1, b + 1, m.c2 + 1);
    }
    next = sheetRow + 1;
    placements.push({ table: t, sheet: ws.name, row0, rowOf: (r) => map.get(r), changed });
  });
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), placements };
}
