/**
 * The "So sánh với năm trước" sheet (the long texts — message, indicator, column — in the wide
 * column D of every section): the warnings (each linked to its cell of this year), the
 * indicator trends, the notes and every value compared. Written with exceljs by `phuluc compare
 * --out` and through the port's insertSheet in the task pane (a new sheet, never over one).
 */
import { COMPARE_MSG, COMPARE_SHEET, TREND_LABEL, WARNING_LABEL } from '../messages/compare';
import { formatVnNumber, roundTo } from '../parse/number';
import type { PlanCell, SheetPlan } from '../sheet/plan';
import { STYLES } from '../templates/render';
import type { CompareResult, IndicatorTrend } from './compare';

const WIDTH = 9;

function trendValue(v: number | null, b: boolean | undefined): string {
  if (b !== undefined) return b ? 'Có' : 'Không';
  return v === null ? '' : formatVnNumber(roundTo(v, 2));
}

export function compareSheetPlan(result: CompareResult): SheetPlan {
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  let r = 0;
  const line = (value: string, style: string) => {
    cells.push({ row: r, col: 0, value, style, numFmt: '@' });
    merges.push({ r1: r, c1: 0, r2: r, c2: WIDTH - 1 });
    r++;
  };
  const header = (labels: readonly string[]) => {
    labels.forEach((h, c) => cells.push({ row: r, col: c, value: h, style: 'header' }));
    r++;
  };
  const put = (c: number, value: string | number | null, style: string, extra: Partial<PlanCell> = {}) =>
    cells.push({
      row: r,
      col: c,
      value,
      style,
      ...(typeof value === 'string' ? { numFmt: '@' } : {}),
      ...extra,
    });

  line(COMPARE_SHEET.title, 'title');
  line(
    COMPARE_SHEET.sides(
      COMPARE_MSG.side('last', result.last.unitName, result.last.year),
      COMPARE_MSG.side('this', result.this.unitName, result.this.year),
    ),
    'attach',
  );
  line(COMPARE_MSG.summary(result.stats), 'caption');
  if (result.trends.length)
    line(COMPARE_MSG.trends(result.stats.improved, result.stats.declined, result.stats.unchanged), 'caption');
  r++;

  line(COMPARE_SHEET.warningsTitle, 'caption');
  const firstHeader = r;
  header(COMPARE_SHEET.warningHeaders);
  merges.push({ r1: r - 1, c1: 4, r2: r - 1, c2: WIDTH - 1 });
  if (!result.warnings.length) line(COMPARE_SHEET.noWarnings, 'label');
  result.warnings.forEach((w, i) => {
    put(0, i + 1, 'seq');
    put(1, WARNING_LABEL[w.kind], 'label');
    put(
      2,
      w.cell ? `${w.sheet}!${w.cell}` : '',
      'seq',
      w.cell && w.sheet ? { link: { sheet: w.sheet, cell: w.cell } } : {},
    );
    put(3, w.message, 'label');
    put(4, w.explanation ?? '', 'label');
    merges.push({ r1: r, c1: 4, r2: r, c2: WIDTH - 1 });
    r++;
  });
  r++;

  if (result.trends.length) {
    line(COMPARE_SHEET.trendsTitle, 'caption');
    header(COMPARE_SHEET.trendHeaders);
    for (const t of result.trends as IndicatorTrend[]) {
      put(0, t.id, 'seq');
      put(1, TREND_LABEL[t.trend], 'seq');
      put(2, t.unit, 'seq');
      put(3, t.name, 'label');
      put(4, trendValue(t.last, t.lastBool), 'seq');
      put(5, trendValue(t.this, t.thisBool), 'seq');
      put(6, t.change === null ? '' : t.change, 'inputNumber');
      r++;
    }
    r++;
  }

  if (result.notes.length) {
    line(COMPARE_SHEET.notesTitle, 'caption');
    for (const n of result.notes) line(n.message, 'label');
    r++;
  }

  line(COMPARE_SHEET.valuesTitle, 'caption');
  header(COMPARE_SHEET.valueHeaders);
  result.values.forEach((v, i) => {
    put(0, i + 1, 'seq');
    put(1, v.annex, 'label');
    put(2, v.rowLabel, 'label');
    put(3, v.columnLabel, 'label');
    put(4, v.last, 'inputNumber', { numFmt: 'General' });
    put(5, v.this, 'inputNumber', { numFmt: 'General' });
    put(6, v.change, 'inputNumber', { numFmt: 'General' });
    put(7, v.relative === null ? null : roundTo(v.relative * 100, 1), 'inputNumber', { numFmt: '0.0' });
    put(8, `${v.sheet}!${v.cell}`, 'seq', { link: { sheet: v.sheet, cell: v.cell } });
    r++;
  });

  return {
    name: COMPARE_SHEET.name,
    cells,
    styles: STYLES,
    merges,
    columnWidths: [6, 20, 26, 60, 12, 12, 12, 12, 26],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: [firstHeader, firstHeader] },
    protect: false,
    font: { name: 'Times New Roman', size: 12 },
  };
}
