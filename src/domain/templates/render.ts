/**
 * Renders a template layout into a SheetPlan: title block, merged multi-level headers,
 * the column-number row, body rows with live formulas, native validation on input cells,
 * and print setup. Also returns where every (table, row, column) landed, so officer data
 * can be filled in by key.
 */
import { MONEY_UNIT_LABEL, PROMPTS } from '../messages';
import { a1, columnLetter } from '../sheet/address';
import type { CellStyle, DataValidationSpec, PlanCell, SheetPlan } from '../sheet/plan';
import type { Column, Layout, Row, Table } from './schema';
import { bothVerdictsFormula, singleVerdictFormula, widestVerdict } from './verdict-formula';

export interface TablePositions {
  key: string;
  /** 0-based row of the "(1) (2) …" row */
  numberRow: number;
  headerTop: number;
  rows: Record<string, number>;
  cols: Record<string, number>;
}

export interface RenderResult {
  plan: SheetPlan;
  tables: TablePositions[];
}

/** A value for one input cell in officer data (CLI --data, samples). */
export type DataValue = number | string | null | { date: string } | { formula: string };
/** rows → columns → value, for one table. */
export type TableData = Record<string, Record<string, DataValue>>;

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: 13, hAlign: 'center', vAlign: 'middle' },
  heading: { bold: true, size: 13, hAlign: 'center', vAlign: 'middle', wrap: true },
  attach: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true },
  caption: { bold: true, hAlign: 'left', vAlign: 'middle' },
  unit: { italic: true, hAlign: 'right', vAlign: 'middle' },
  header: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: '#DDEBF7' },
  colnum: { italic: true, hAlign: 'center', vAlign: 'middle', border: true },
  label: { hAlign: 'left', vAlign: 'middle', wrap: true, border: true },
  seq: { hAlign: 'center', vAlign: 'middle', border: true },
  input: { vAlign: 'middle', border: true, wrap: true },
  // Wrapped: a number never wraps, but text typed with its unit ("108 bé trai/100 bé gái") must
  // not spill over (and be cut by) the cell beside it.
  inputNumber: { hAlign: 'right', vAlign: 'middle', border: true, wrap: true },
  formula: { hAlign: 'right', vAlign: 'middle', border: true, fill: '#F2F2F2' },
  status: { hAlign: 'center', vAlign: 'middle', border: true, fill: '#F2F2F2', wrap: true },
  group: { bold: true, hAlign: 'left', vAlign: 'middle', wrap: true, border: true },
  groupSeq: { bold: true, hAlign: 'center', vAlign: 'middle', border: true },
  total: { bold: true, hAlign: 'center', vAlign: 'middle', border: true },
  totalNumber: { bold: true, hAlign: 'right', vAlign: 'middle', border: true, fill: '#F2F2F2' },
  sig: { bold: true, hAlign: 'center', vAlign: 'middle' },
  sigNote: { italic: true, hAlign: 'center', vAlign: 'middle' },
};

const NUMERIC_KINDS = new Set(['count', 'money', 'decimal', 'percent']);

export function numFmtFor(c: Column): string | undefined {
  if (c.numFmt) return c.numFmt;
  switch (c.kind) {
    case 'count':
    case 'money':
      return '#,##0';
    case 'percent':
      return '0.00';
    case 'decimal':
      return c.allowUnitText ? '@' : 'General';
    case 'date':
      return 'dd/mm/yyyy';
    case 'name':
    case 'text':
    case 'docNumber':
    case 'list':
      return '@';
    default:
      return undefined;
  }
}

function validationFor(c: Column, row: Row, cell: string): DataValidationSpec | undefined {
  const list = row.lists[c.key] ?? c.list;
  if (list) return { type: 'list', values: list, ...PROMPTS.list };
  switch (c.kind) {
    case 'count':
      return c.allowNA
        ? {
            type: 'custom',
            formula: `=OR(${cell}="-",${cell}="x",AND(ISNUMBER(${cell}),${cell}>=0,${cell}=INT(${cell})))`,
            ...PROMPTS.countNA,
          }
        : { type: 'whole', min: 0, ...PROMPTS.count };
    case 'money':
      return { type: 'decimal', min: 0, ...PROMPTS.money(MONEY_UNIT_LABEL[c.moneyUnit ?? 'dong']) };
    case 'decimal':
      return c.allowUnitText
        ? { type: 'textLength', max: 100, ...PROMPTS.unitText }
        : { type: 'decimal', min: 0, ...PROMPTS.decimal };
    case 'percent':
      return { type: 'decimal', min: 0, ...PROMPTS.percent };
    case 'date':
      return { type: 'date', min: '1990-01-01', max: '2100-12-31', ...PROMPTS.date };
    case 'docNumber':
      return { type: 'textLength', max: 60, ...PROMPTS.docNumber };
    case 'name':
      return { type: 'textLength', max: 200, ...PROMPTS.name };
    case 'text':
      return { type: 'textLength', max: 2000, ...PROMPTS.text };
    default:
      return undefined;
  }
}

/** The formula of a computed cell, or undefined for inputs and labels. */
export function formulaFor(
  table: Table,
  row: Row,
  c: Column,
  rowIndex: number,
  colOf: (key: string) => number,
  dataRange?: [number, number],
): string | undefined {
  const ref = (key: string) => a1(rowIndex, colOf(key));
  if (row.kind === 'total' && dataRange && c.summable) {
    const L = columnLetter(colOf(c.key));
    return `=SUM(${L}${dataRange[0] + 1}:${L}${dataRange[1] + 1})`;
  }
  if (c.ratio && (row.kind === 'data' || row.kind === 'fixed' || row.kind === 'total')) {
    if (row.skip.includes(c.ratio.num)) return undefined;
    const num = ref(c.ratio.num);
    const den = ref(c.ratio.den);
    const base = row.ratioBase ?? c.ratio.base;
    return `=IF(AND(ISNUMBER(${num}),ISNUMBER(${den}),${den}>0),ROUND(${num}/${den}*${base},2),"")`;
  }
  if (c.status && (row.kind === 'fixed' || row.kind === 'data')) {
    const v = ref(c.status.value);
    if (c.status.both && row.nationalColumn)
      return bothVerdictsFormula(row, v, ref(c.status.targets[0]!), ref(row.nationalColumn));
    return singleVerdictFormula(row, v, c.status.targets.map(ref));
  }
  return undefined;
}

function headerDepth(t: Table): number {
  return Math.max(...t.columns.map((c) => c.header.length));
}

function tableWidth(layout: Layout): number {
  return Math.max(...layout.tables.map((t) => t.columns.length));
}

export function renderLayout(
  layout: Layout,
  data: Record<string, TableData> = {},
  sheetName = layout.templateId,
): RenderResult {
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const rowHeights: Record<string, number> = {};
  const width = tableWidth(layout);
  const put = (c: PlanCell) => cells.push(c);
  let r = 0;

  put({ row: r, col: 0, value: layout.title, style: 'title' });
  merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
  r++;
  for (const line of layout.heading) {
    put({ row: r, col: 0, value: line, style: 'heading' });
    merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
    rowHeights[r] = 20;
    r++;
  }
  put({ row: r, col: 0, value: layout.attachLine, style: 'attach' });
  merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
  r += 2;

  const positions: TablePositions[] = [];
  let firstHeader = -1;
  let lastHeader = -1;
  for (const table of layout.tables) {
    const colIndex = new Map(table.columns.map((c, i) => [c.key, i]));
    const colOf = (k: string) => colIndex.get(k)!;
    if (table.caption) {
      put({ row: r, col: 0, value: table.caption, style: 'caption' });
      merges.push({ r1: r, c1: 0, r2: r, c2: table.columns.length - 1 });
      r++;
    }
    if (table.unitNote) {
      const n = table.columns.length;
      put({ row: r, col: Math.max(0, n - 3), value: table.unitNote, style: 'unit' });
      merges.push({ r1: r, c1: Math.max(0, n - 3), r2: r, c2: n - 1 });
      r++;
    }
    // Multi-level header: merge equal prefixes horizontally, stretch the last level down.
    const depth = headerDepth(table);
    const headerTop = r;
    if (firstHeader < 0) firstHeader = headerTop;
    for (let level = 0; level < depth; level++) {
      let c = 0;
      while (c < table.columns.length) {
        const col = table.columns[c]!;
        if (level >= col.header.length) {
          c++;
          continue;
        }
        const prefix = col.header.slice(0, level + 1).join('\u0001');
        let end = c;
        while (
          end + 1 < table.columns.length &&
          table.columns[end + 1]!.header.length > level &&
          table.columns[end + 1]!.header.slice(0, level + 1).join('\u0001') === prefix
        )
          end++;
        const isLast = level === col.header.length - 1;
        const bottom = isLast ? headerTop + depth - 1 : headerTop + level;
        put({ row: headerTop + level, col: c, value: col.header[level]!, style: 'header' });
        for (let cc = c; cc <= end; cc++)
          for (let rr = headerTop + level; rr <= bottom; rr++)
            if (cc !== c || rr !== headerTop + level) put({ row: rr, col: cc, value: null, style: 'header' });
        if (end > c || bottom > headerTop + level) merges.push({ r1: headerTop + level, c1: c, r2: bottom, c2: end });
        c = end + 1;
      }
      rowHeights[headerTop + level] = level === depth - 1 ? 48 : 32;
    }
    r = headerTop + depth;
    const numberRow = r;
    lastHeader = numberRow;
    table.columns.forEach((_, i) => put({ row: r, col: i, value: `(${i + 1})`, style: 'colnum' }));
    r++;

    const rowPos: Record<string, number> = {};
    table.rows.forEach((row, i) => (rowPos[row.key] = r + i));
    const dataRows = table.rows
      .filter((x) => x.kind === 'data' || x.kind === 'fixed' || x.kind === 'group')
      .map((x) => rowPos[x.key]!);
    const dataRange: [number, number] | undefined = dataRows.length
      ? [Math.min(...dataRows), Math.max(...dataRows)]
      : undefined;
    const tdata = data[table.key] ?? {};

    for (const row of table.rows) {
      const rr = rowPos[row.key]!;
      const values = tdata[row.key] ?? {};
      if (row.kind === 'group') {
        const label = row.cells[table.labelColumn] ?? '';
        table.columns.forEach((c, ci) => {
          const literal = row.cells[c.key];
          if (c.key === table.labelColumn) put({ row: rr, col: ci, value: label, style: 'group' });
          else put({ row: rr, col: ci, value: literal ?? null, style: literal !== undefined ? 'groupSeq' : 'group' });
        });
        const lc = colOf(table.labelColumn);
        merges.push({ r1: rr, c1: lc, r2: rr, c2: table.columns.length - 1 });
        continue;
      }
      for (const [ci, c] of table.columns.entries()) {
        const cellA1 = a1(rr, ci);
        const formula = formulaFor(table, row, c, rr, colOf, dataRange);
        const literal = row.cells[c.key];
        const given = values[c.key];
        const isTotal = row.kind === 'total';
        const skipped = row.skip.includes(c.key);
        const input = c.input && !isTotal && !skipped;
        const numeric = NUMERIC_KINDS.has(c.kind);
        const style = isTotal
          ? numeric || c.kind === 'status'
            ? 'totalNumber'
            : 'total'
          : c.kind === 'seq'
            ? 'seq'
            : c.kind === 'label'
              ? 'label'
              : c.kind === 'status'
                ? 'status'
                : formula && !input
                  ? 'formula'
                  : numeric
                    ? 'inputNumber'
                    : 'input';
        const cell: PlanCell = { row: rr, col: ci, style };
        const fmt = numFmtFor(c);
        if (fmt && fmt !== 'General') cell.numFmt = fmt;
        if (input) {
          cell.input = true;
          const v = validationFor(c, row, cellA1);
          if (v) cell.validation = v;
        }
        if (
          given !== undefined &&
          (input || (!isTotal && !skipped && (c.ratio !== undefined || c.kind === 'status')))
        ) {
          if (given !== null && typeof given === 'object') {
            if ('date' in given) cell.date = given.date;
            else cell.formula = given.formula.startsWith('=') ? given.formula : `=${given.formula}`;
          } else if (typeof given === 'string') {
            cell.value = given;
            cell.numFmt = '@';
          } else cell.value = given;
        } else if (formula) {
          cell.formula = formula;
          if (c.status) cell.widest = widestVerdict(row, Boolean(c.status.both && row.nationalColumn));
        } else if (literal !== undefined) cell.value = literal;
        else cell.value = null;
        put(cell);
      }
    }
    r += table.rows.length + 1;
    positions.push({
      key: table.key,
      numberRow,
      headerTop,
      rows: rowPos,
      cols: Object.fromEntries(table.columns.map((c, i) => [c.key, i])),
    });
  }

  r++;
  const sigRight = Math.max(width - 4, 2);
  put({ row: r, col: 0, value: layout.signature.left, style: 'sig' });
  merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
  put({ row: r, col: sigRight, value: layout.signature.right, style: 'sig' });
  merges.push({ r1: r, c1: sigRight, r2: r, c2: width - 1 });
  put({ row: r + 1, col: 0, value: layout.signature.note, style: 'sigNote' });
  merges.push({ r1: r + 1, c1: 0, r2: r + 1, c2: 1 });
  put({ row: r + 1, col: sigRight, value: layout.signature.note, style: 'sigNote' });
  merges.push({ r1: r + 1, c1: sigRight, r2: r + 1, c2: width - 1 });

  const widths: number[] = [];
  for (const t of layout.tables) t.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));

  const plan: SheetPlan = {
    name: sheetName,
    templateId: layout.templateId,
    cells,
    styles: STYLES,
    merges,
    columnWidths: widths,
    rowHeights,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: layout.tables.length === 1 ? [firstHeader, lastHeader] : undefined,
    },
    protect: true,
    freeze: layout.tables.length === 1 ? { rows: lastHeader + 1, cols: 0 } : undefined,
    font: { name: 'Times New Roman', size: 12 },
  };
  return { plan, tables: positions };
}
