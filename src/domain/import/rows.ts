/**
 * Source rows → template rows. In a list table (localities, documents) every body row is the
 * next data row; headings ("II. ĐỊA PHƯƠNG"), totals ("Tổng"), repeated headers, the column
 * number row and rows continued from the previous page are told apart. In a table of fixed
 * rows (indicators, posts) each row is matched by its number ("2.3", "Chỉ tiêu 3" under
 * "MỤC TIÊU 2") and by its words, and must agree on level and post ("Phó Chủ tịch" is never
 * the "Chủ tịch" row). A row that matches nothing, or two things equally, is left unplaced.
 */
import { looseKey, textKey } from '../text/normalize';
import type { Row, Table } from '../templates/schema';
import type { ColumnChoice } from './columns';
import { cellOf } from './grid';
import { GridReader, isSeqText, sameHeader, type TableSpan } from './header';
import type { Target } from './targets';
import { levelsOf, tokensOf, Weights, type LevelFact } from './text';
import { classify, type UnplacedReason } from './values';

export type RowRole =
  | { kind: 'skip'; why: 'blank' | 'number-row' | 'header-repeat' }
  | { kind: 'heading'; goal?: number; group?: string }
  | { kind: 'total' }
  | { kind: 'data'; key: string }
  | { kind: 'fixed'; keys: string[] }
  | { kind: 'sub'; parent: string; key: string }
  | { kind: 'continuation'; of: number }
  | { kind: 'unknown'; reason: UnplacedReason; candidates?: string[] };

export interface RowChoice {
  /** Grid row. */
  row: number;
  role: RowRole;
  /** The row's own label as written (for messages). */
  label: string;
}

export interface RowContext {
  table: Table;
  targets: ReadonlyMap<string, Target>;
  columns: readonly ColumnChoice[];
  /** Words that name each fixed row (indicator name, post label). */
  fixedNames: ReadonlyMap<string, string>;
  /** Data-row keys already used by earlier parts of the same table (a table continued on the next page). */
  dataOffset: number;
  /** Fixed rows already matched by earlier parts. */
  matched: Set<string>;
  /** Sub-rows already added per fixed row. */
  subCount: Map<string, number>;
}

const MUC_TIEU = /^(?:muc tieu|muctieu)\s*(\d{1,2})\b/;
const CHI_TIEU = /(?:^|\s)chi tieu\s*(\d{1,2})\b/;
const ID_LIKE = /^(\d{1,2}\.\d{1,2}[a-z]?)\.?$/i;

function columnsOfKind(ctx: RowContext, pred: (t: Target) => boolean): number[] {
  return ctx.columns
    .filter((c) => (c.status === 'mapped' || c.status === 'chosen') && c.target && pred(ctx.targets.get(c.target)!))
    .map((c) => c.index);
}

/** Column kinds whose content is a value (not a label, a name or a sentence). */
function isValueTarget(t: Target): boolean {
  if (t.kind === 'split' || t.kind === 'computed') return true;
  const k = t.column?.kind;
  return (
    t.kind === 'input' &&
    (k === 'count' || k === 'money' || k === 'decimal' || k === 'percent' || k === 'date') &&
    !t.freeText
  );
}

export function assignRows(span: TableSpan, ctx: RowContext): RowChoice[] {
  const g = new GridReader(span.grid);
  const { table } = ctx;
  const seqCols = columnsOfKind(ctx, (t) => t.column?.kind === 'seq');
  const labelCols = columnsOfKind(
    ctx,
    (t) =>
      (t.kind === 'label' || t.column?.kind === 'name' || t.column?.key === table.labelColumn) &&
      t.column?.kind !== 'seq',
  );
  const valueCols = columnsOfKind(ctx, isValueTarget);
  const freeCols = columnsOfKind(ctx, (t) => t.freeText);
  const mappedCols = ctx.columns.filter((c) => c.status === 'mapped' || c.status === 'chosen').map((c) => c.index);
  const own = (r: number, c: number) => (g.merges.isCovered(r, c) ? '' : cellOf(span.grid, r, c).text);
  const firstText = (r: number) => g.ownCells(r)[0]?.text ?? '';
  const seqOf = (r: number) => {
    for (const c of seqCols) {
      const t = own(r, c);
      if (t) return t;
    }
    // No mapped number column: a short number in the first column still numbers the row.
    const f = g.ownCells(r)[0];
    return f && f.c === 0 && isSeqText(f.text) && span.columns[0]?.path.length ? f.text : '';
  };
  const labelOf = (r: number) => {
    const parts = labelCols.map((c) => own(r, c)).filter(Boolean);
    if (parts.length) return parts[0]!;
    const cells = g.ownCells(r).filter((x) => !isSeqText(x.text));
    return cells[0]?.text ?? '';
  };
  const hasValues = (r: number) =>
    valueCols.some((c) => {
      const v = classify(g.merges.isCovered(r, c) ? { text: '' } : cellOf(span.grid, r, c));
      return v.cls !== 'empty' && v.cls !== 'text';
    }) || freeCols.some((c) => /\d/.test(own(r, c)));
  const hasAnyMapped = (r: number) => mappedCols.some((c) => own(r, c) !== '');
  /** Text in a value column, even when it is no value ("không có nữ"): the row is no heading. */
  const hasValueText = (r: number) => [...valueCols, ...freeCols].some((c) => own(r, c) !== '');
  /** Every cell goes on mid-sentence ("trung bình làm công việc …", "tạo"): the row above was cut by a page break. */
  const allLower = (r: number) => {
    const cells = g.ownCells(r);
    return cells.length > 0 && cells.every((x) => /^[\p{Ll}(]/u.test(x.text));
  };

  const fixed = table.rows.filter((r) => r.kind === 'fixed');
  const groups = table.rows.filter((r) => r.kind === 'group');
  const isFixedTable = !table.repeatRows && fixed.length > 0;
  const idKeyed = fixed.some((r) => ID_LIKE.test(r.key));
  const lastGroup = groups[groups.length - 1];
  const groupLabels = groups.map((gr) => looseKey(String(gr.cells[table.labelColumn] ?? '')));

  const rows: RowChoice[] = [];
  let dataIndex = ctx.dataOffset;
  let goal: number | undefined;
  let group: string | undefined;
  let context = '';
  let lastFixed: string | undefined;
  let lastRole: RowRole | undefined;
  let lastHead = -1;
  const seqRows = [];
  for (let r = span.bodyStart; r <= span.bodyEnd; r++) if (seqOf(r)) seqRows.push(r);
  const contentRows = countContent(g, span);
  const seqCoverage = contentRows ? seqRows.length / contentRows : 0;
  const isTotalRow = (r: number) => /^(tong|cong)\b/.test(looseKey(labelOf(r) || firstText(r)));
  const continues = (r: number) =>
    !g.isBlank(r) &&
    !g.isNumberRow(r) &&
    !seqOf(r) &&
    !isTotalRow(r) &&
    !MUC_TIEU.test(looseKey(labelOf(r) || firstText(r))) &&
    (allLower(r) || (!hasValues(r) && (seqCoverage >= 0.9 || startsLikeContinuation(firstText(r)))));
  /** The rows a row goes on into (a page break cut it): their labels belong to its label. */
  const continuationLabel = (r: number) => {
    const parts = [labelOf(r)];
    for (let x = r + 1; x <= span.bodyEnd && continues(x); x++) parts.push(labelOf(x));
    return parts.filter(Boolean).join(' ');
  };

  for (let r = span.bodyStart; r <= span.bodyEnd; r++) {
    const label = labelOf(r);
    const push = (role: RowRole) => {
      rows.push({ row: r, role, label });
      lastRole = role;
    };
    if (g.isBlank(r)) {
      rows.push({ row: r, role: { kind: 'skip', why: 'blank' }, label });
      continue;
    }
    if (g.isNumberRow(r)) {
      rows.push({ row: r, role: { kind: 'skip', why: 'number-row' }, label });
      continue;
    }
    if (span.headerTop >= 0 && sameHeader(g, span.headerTop, r)) {
      rows.push({ row: r, role: { kind: 'skip', why: 'header-repeat' }, label });
      continue;
    }
    const seq = seqOf(r);
    const first = firstText(r);
    const labelKey = looseKey(label || first);
    const values = hasValues(r);

    // Totals: "Tổng", "Tổng cộng", "Tổng kinh phí", "Cộng".
    if (
      /^(tong|cong)\b/.test(labelKey) &&
      !/^tong so\b.*\bcap\b/.test(labelKey) &&
      (!isFixedTable || !matchesFixedName(ctx, label))
    ) {
      push({ kind: 'total' });
      continue;
    }
    // Goal headings of indicator tables: "MỤC TIÊU 2: …", "2 | Mục tiêu 2: …".
    const mt = MUC_TIEU.exec(labelKey) ?? MUC_TIEU.exec(looseKey(first));
    if (mt && !values) {
      goal = Number(mt[1]);
      push({ kind: 'heading', goal });
      context = '';
      continue;
    }
    // Continued from the row above (a row split over two pages): no number, no value, text only.
    if (
      lastHead >= 0 &&
      lastRole &&
      (lastRole.kind === 'data' ||
        lastRole.kind === 'fixed' ||
        lastRole.kind === 'sub' ||
        lastRole.kind === 'continuation') &&
      continues(r)
    ) {
      push({ kind: 'continuation', of: lastHead });
      continue;
    }
    // Headings of list tables: "I | CƠ QUAN …", "II | ĐỊA PHƯƠNG", or a title across the table.
    if (!isFixedTable && !values) {
      const roman = /^[IVX]{1,5}\.?$/.test(seq) || /^[A-Z]\.?$/.test(seq);
      const alone = g.ownCells(r).length === 1 && g.rowCells(r)[0]!.c === 0 && g.width > 2 && spans(g, r) > 1;
      const gi = groupLabels.findIndex(
        (gl) => gl !== '' && (gl === labelKey || (labelKey.length > 6 && gl.startsWith(labelKey))),
      );
      if (roman || alone || gi >= 0 || isCaps(label)) {
        group = gi >= 0 ? groups[gi]!.key : roman ? undefined : group;
        push({ kind: 'heading', ...(gi >= 0 ? { group: groups[gi]!.key } : {}) });
        continue;
      }
    }
    if (!isFixedTable) {
      if (!hasAnyMapped(r)) {
        push({ kind: 'unknown', reason: 'no-column' });
        continue;
      }
      // The standard annex lists units under its last group only ("II. ĐỊA PHƯƠNG").
      if (lastGroup && group && group !== lastGroup.key) {
        push({ kind: 'unknown', reason: 'row-outside-groups' });
        continue;
      }
      dataIndex++;
      push({ kind: 'data', key: String(dataIndex) });
      lastHead = r;
      continue;
    }

    // A table of fixed rows. A numbered title without values ("3 | Nữ tham gia lãnh đạo …") heads the rows below.
    if (!idKeyed && seq && !ID_LIKE.test(seq) && !hasValueText(r)) {
      context = label;
      push({ kind: 'heading' });
      continue;
    }
    const m = matchFixed(ctx, { seq, label: continuationLabel(r), context, goal, idKeyed, fixed });
    if (m.kind === 'fixed') {
      for (const k of m.keys) ctx.matched.add(k);
      lastFixed = m.keys[m.keys.length - 1];
      push(m);
      lastHead = r;
      continue;
    }
    if (m.kind === 'unknown' && m.reason === 'row-unknown' && m.explicit) {
      lastFixed = undefined;
      push({ kind: 'unknown', reason: 'row-unknown' });
      lastHead = -1;
      continue;
    }
    if (!hasValueText(r) && !seq && lastRole?.kind !== 'unknown') {
      // A title row in a table of posts ("Tỷ lệ nữ tham gia cấp ủy đảng …"): context for the rows below.
      context = label;
      push({ kind: 'heading' });
      continue;
    }
    const parentRow = lastFixed ? fixed.find((x) => x.key === lastFixed) : undefined;
    if (!seq && parentRow?.allowSubRows && lastRole && lastRole.kind !== 'unknown') {
      const n = (ctx.subCount.get(parentRow.key) ?? 0) + 1;
      ctx.subCount.set(parentRow.key, n);
      push({ kind: 'sub', parent: parentRow.key, key: `${parentRow.key}+${n}` });
      lastHead = r;
      continue;
    }
    if (
      !seq &&
      lastRole?.kind === 'unknown' &&
      fixed.some((f) => f.allowSubRows) &&
      m.kind === 'unknown' &&
      m.reason === 'row-unknown'
    ) {
      push({ kind: 'unknown', reason: 'row-under-unknown' });
      continue;
    }
    push({
      kind: 'unknown',
      reason: m.kind === 'unknown' ? m.reason : 'row-unknown',
      ...(m.kind === 'unknown' && m.candidates ? { candidates: m.candidates } : {}),
    });
    lastHead = -1;
  }
  return rows;
}

function countContent(g: GridReader, span: TableSpan): number {
  let n = 0;
  for (let r = span.bodyStart; r <= span.bodyEnd; r++) if (!g.isBlank(r) && !g.isNumberRow(r)) n++;
  return n;
}

function spans(g: GridReader, r: number): number {
  let n = 0;
  for (let c = 0; c < g.width; c++) if (g.merges.ownerOf(r, c)[0] === r && g.merges.ownerOf(r, c)[1] === 0) n++;
  return n;
}

function isCaps(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi') && /\s/.test(label.trim());
}

/** "hợp tác xã", "(2022-2027) thực hiện …", "2021 - 2026": text that goes on from the line above. */
function startsLikeContinuation(text: string): boolean {
  const t = text.trim();
  return /^[\p{Ll}\d(]/u.test(t);
}

function matchesFixedName(ctx: RowContext, label: string): boolean {
  const k = looseKey(label);
  for (const n of ctx.fixedNames.values()) if (looseKey(n) === k) return true;
  return false;
}

/** Head and deputy posts a label names ("Chủ tịch, Phó Chủ tịch" names both). */
function postsOf(text: string): { head: boolean; deputy: boolean } {
  const k = textKey(text);
  const all = (k.match(/chủ tịch|chu tich/g) ?? []).length;
  const dep = (k.match(/phó chủ tịch|pho chu tich/g) ?? []).length;
  return { head: all > dep, deputy: dep > 0 };
}

type FixedMatch =
  | { kind: 'fixed'; keys: string[] }
  | { kind: 'unknown'; reason: UnplacedReason; candidates?: string[]; explicit?: boolean };

function matchFixed(
  ctx: RowContext,
  row: { seq: string; label: string; context: string; goal?: number; idKeyed: boolean; fixed: Row[] },
): FixedMatch {
  const all = row.fixed;
  const text = [row.context, row.label].filter(Boolean).join(' ');
  const lv = levelsOf(text);
  const posts = postsOf(row.label || text);
  const withLevels = (s: string, levels: LevelFact[]) => `${s} ${levels.map((l) => `cap ${l}`).join(' ')}`;
  const nameTokens = new Map<string, string[]>();
  for (const f of all) {
    const n = ctx.fixedNames.get(f.key) ?? '';
    nameTokens.set(f.key, tokensOf(withLevels(n, levelsOf(n))));
  }
  const w = new Weights([...nameTokens.values()]);
  const rowTokens = tokensOf(withLevels(text, lv));
  const sim = (key: string) => {
    const n = nameTokens.get(key)!;
    return 0.7 * w.covers(rowTokens, n) + 0.3 * w.dice(rowTokens, n);
  };
  if (posts.head && posts.deputy) return { kind: 'unknown', reason: 'row-ambiguous' };
  const agrees = (f: Row) => {
    const n = ctx.fixedNames.get(f.key) ?? '';
    const fl = levelsOf(n);
    if (lv.length && fl.length && !lv.some((l) => fl.includes(l))) return false;
    const fp = postsOf(n);
    if ((fp.head || fp.deputy) && (posts.head || posts.deputy) && fp.deputy !== posts.deputy) return false;
    return true;
  };

  // The row's number: "2.3" in the number column, or "Chỉ tiêu 3" under "MỤC TIÊU 2".
  let id: string | undefined;
  let explicit = false;
  const seqId = ID_LIKE.exec(row.seq.trim());
  if (row.idKeyed && seqId) {
    id = seqId[1]!.toLowerCase();
    explicit = true;
  } else if (row.idKeyed && row.goal !== undefined) {
    const ct = CHI_TIEU.exec(looseKey(row.label));
    if (ct) id = `${row.goal}.${Number(ct[1])}`;
  }
  if (id !== undefined) {
    const family = all.filter(
      (f) => f.key.toLowerCase() === id || new RegExp(`^${id.replace('.', '\\.')}[a-z]$`).test(f.key),
    );
    if (!family.length) return { kind: 'unknown', reason: 'row-unknown', explicit };
    const open = family.filter((f) => !ctx.matched.has(f.key) && agrees(f));
    if (open.length === 0) return { kind: 'unknown', reason: 'duplicate-row', candidates: family.map((f) => f.key) };
    if (open.length === 1 && family.length === 1) return { kind: 'fixed', keys: [open[0]!.key] };
    // "5.4" over 5.4a and 5.4b: the words decide, or the row is about both (compound).
    const scored = open.map((f) => ({ f, s: sim(f.key) })).sort((a, b) => b.s - a.s);
    if (scored.length >= 2 && scored[1]!.s >= 0.45 && scored[0]!.s - scored[1]!.s < 0.15)
      return { kind: 'fixed', keys: open.map((f) => f.key) };
    if (scored[0]!.s >= 0.3 && (scored.length === 1 || scored[0]!.s - scored[1]!.s >= 0.08))
      return { kind: 'fixed', keys: [scored[0]!.f.key] };
    return { kind: 'unknown', reason: 'row-ambiguous', candidates: scored.map((x) => x.f.key) };
  }

  const pool = all.filter(
    (f) =>
      !ctx.matched.has(f.key) &&
      agrees(f) &&
      (row.goal === undefined || goalOf(f) === undefined || goalOf(f) === row.goal),
  );
  if (!pool.length) return { kind: 'unknown', reason: 'row-unknown' };
  const scored = pool.map((f) => ({ f, s: sim(f.key) })).sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  const second = scored[1];
  if (best.s >= 0.5 && (!second || best.s - second.s >= 0.1)) return { kind: 'fixed', keys: [best.f.key] };
  if (best.s >= 0.5)
    return { kind: 'unknown', reason: 'row-ambiguous', candidates: scored.slice(0, 3).map((x) => x.f.key) };
  return { kind: 'unknown', reason: 'row-unknown' };
}

function goalOf(f: Row): number | undefined {
  const m = /^(\d{1,2})\./.exec(f.key);
  return m ? Number(m[1]) : undefined;
}
