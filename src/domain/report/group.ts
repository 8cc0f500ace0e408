/**
 * How the findings of a report are put in front of the officer (issue 12, item 2):
 *
 * - Causes before consequences. A finding another one names as its cause (causedBy), and
 *   anything about how a cell was typed or how the table is built (type/*, structure/*: a number
 *   stored as text, "11/29" in one cell, a deleted column) comes first — fixing those makes
 *   other findings go away. Findings that name a cause come last. Within each rank, errors
 *   before warnings before infos, then report order (sheet, row, column).
 * - Repeats grouped. Findings of the same rule, message and severity in the same column (or,
 *   for what is left, the same row) — of a message that says the same of every cell — become one line — "12 ô trống ở cột Tổng số, C10:C21" —
 *   whose range the officer selects in one click. The largest group is taken first.
 *
 * Pure functions over Finding; no Office, no DOM.
 */
import { CAUSE, GROUP, GROUP_PREDICATE } from '../messages/group';
import { columnIndex, columnLetter, rangeA1 } from '../sheet/address';
import type { Finding, Severity } from './schema';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Rule families whose findings are about the typing or the table itself: roots of other findings. */
const ROOT_FAMILIES = new Set(['type', 'structure']);

const cellKey = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

/** Cells some finding names as its cause. */
export function causeCells(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) for (const c of f.causedBy ?? []) out.add(cellKey(c.sheet, c.cell));
  return out;
}

/** 0: a cause (named by another finding, or about typing / structure); 1: other; 2: a consequence. */
export function causeRank(f: Finding, causes: ReadonlySet<string>): 0 | 1 | 2 {
  if (f.cell !== '' && causes.has(cellKey(f.sheet, f.cell))) return 0;
  if (ROOT_FAMILIES.has(f.rule.split('/')[0]!)) return 0;
  return f.causedBy?.length ? 2 : 1;
}

/** The findings with causes first (see the header); a new array, the order otherwise kept. */
export function orderCausesFirst(findings: readonly Finding[], causes = causeCells(findings)): Finding[] {
  // Array.prototype.sort is stable: report order is kept within a rank and severity.
  return findings
    .map((f, i) => ({ f, i, rank: causeRank(f, causes) }))
    .sort((a, b) => a.rank - b.rank || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** How many findings name the cell of `f` as their cause. */
export function consequencesOf(f: Finding, findings: readonly Finding[]): number {
  if (f.cell === '') return 0;
  const k = cellKey(f.sheet, f.cell);
  return findings.filter((x) => x !== f && x.causedBy?.some((c) => cellKey(c.sheet, c.cell) === k)).length;
}

/** The finding at a cause reference (the one it names, else the first at that cell), if any. */
export function causeFinding(
  ref: { sheet: string; cell: string; messageId?: string },
  findings: readonly Finding[],
): Finding | undefined {
  const k = cellKey(ref.sheet, ref.cell);
  const there = findings.filter((f) => f.cell !== '' && cellKey(f.sheet, f.cell) === k);
  return there.find((f) => f.messageId === ref.messageId) ?? there[0];
}

/** Where a cause is, in words: "ô F10", or "ô F10 (PL-II)" on another sheet. */
export function causePlace(ref: { sheet: string; cell: string }, from: Finding): string {
  return CAUSE.cell(ref.sheet, ref.cell.toUpperCase(), ref.sheet === from.sheet);
}

export interface FindingGroup {
  along: 'column' | 'row';
  sheet: string;
  rule: string;
  messageId: string;
  severity: Severity;
  /** The repeated findings, top to bottom (column) or left to right (row). */
  findings: Finding[];
  /** The block they cover, "C10:C21": selecting it shows them all. */
  range: string;
  /** "12 ô trống ở cột Tổng số, C10:C21" */
  title: string;
}

export type FindingEntry = { kind: 'single'; finding: Finding } | { kind: 'group'; group: FindingGroup };

/** "Nữ DTTS tham gia HĐND các cấp – Cấp xã – Tổng số" → "Cấp xã – Tổng số" (the two most specific parts). */
export function shortColumnLabel(label: string | undefined, letter: string): string {
  const parts = (label ?? '')
    .split(' – ')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return GROUP.columnLetter(letter);
  return parts.slice(-2).join(' – ');
}

function rowLabel(members: readonly Finding[]): string {
  const labels = new Set(members.map((f) => f.data?.row));
  const only = labels.size === 1 ? [...labels][0] : undefined;
  return typeof only === 'string' && only.trim() !== '' ? only.trim() : GROUP.rowNumber(members[0]!.row!);
}

/**
 * Only messages that say the same thing of every cell are grouped (those with a short predicate:
 * "trống", "ghi số dạng chữ"…); a finding whose words carry its own facts (a duplicate document
 * number naming the other row) stays on its own line.
 */
function groupable(f: Finding): boolean {
  return (
    GROUP_PREDICATE[f.messageId] !== undefined &&
    f.row !== undefined &&
    f.column !== undefined &&
    /^[A-Z]+\d+$/i.test(f.cell)
  );
}

function makeGroup(along: 'column' | 'row', members: Finding[]): FindingGroup {
  const cols = members.map((f) => columnIndex(f.column!));
  const rows = members.map((f) => f.row!);
  members.sort((a, b) => (along === 'column' ? a.row! - b.row! : columnIndex(a.column!) - columnIndex(b.column!)));
  const r1 = Math.min(...rows) - 1;
  const r2 = Math.max(...rows) - 1;
  const c1 = Math.min(...cols);
  const c2 = Math.max(...cols);
  const range = rangeA1(r1, c1, r2, c2);
  const first = members[0]!;
  const predicate = GROUP_PREDICATE[first.messageId]!;
  const title =
    along === 'column'
      ? GROUP.inColumn(members.length, predicate, shortColumnLabel(first.columnLabel, columnLetter(c1)), range)
      : GROUP.inRow(members.length, predicate, rowLabel(members), range);
  return {
    along,
    sheet: first.sheet,
    rule: first.rule,
    messageId: first.messageId,
    severity: first.severity,
    findings: members,
    range,
    title,
  };
}

/**
 * Groups repeats (see the header). Entries keep the order of `findings`: a group stands where
 * its first member was. Groups have at least `min` findings.
 */
export function groupRepeats(findings: readonly Finding[], min = 2): FindingEntry[] {
  const buckets = new Map<string, { along: 'column' | 'row'; members: number[] }>();
  findings.forEach((f, i) => {
    if (!groupable(f)) return;
    const same = [f.sheet, f.rule, f.messageId, f.severity, f.explanation ?? ''].join('\u0000');
    for (const [along, at] of [
      ['column', f.column!.toUpperCase()],
      ['row', String(f.row)],
    ] as const) {
      const k = `${same}\u0000${along}\u0000${at}`;
      const b = buckets.get(k);
      if (b) b.members.push(i);
      else buckets.set(k, { along, members: [i] });
    }
  });

  // Lazy greedy: a bucket's stored size is an upper bound of its free members (members only
  // ever get taken); the top bucket whose bound is still exact is the largest group left.
  const groupOf = new Map<number, FindingGroup>();
  type Entry = { along: 'column' | 'row'; members: number[]; size: number };
  const before = (a: Entry, b: Entry) =>
    a.size !== b.size ? a.size > b.size : a.along !== b.along ? a.along === 'column' : a.members[0]! < b.members[0]!;
  const heap = new Heap<Entry>(before);
  for (const b of buckets.values()) if (b.members.length >= min) heap.push({ ...b, size: b.members.length });
  for (let top = heap.pop(); top; top = heap.pop()) {
    const free = top.members.filter((i) => !groupOf.has(i));
    if (free.length < min) continue;
    if (free.length < top.size) {
      heap.push({ along: top.along, members: free, size: free.length });
      continue;
    }
    const group = makeGroup(
      top.along,
      free.map((i) => findings[i]!),
    );
    for (const i of free) groupOf.set(i, group);
  }

  const out: FindingEntry[] = [];
  const placed = new Set<FindingGroup>();
  findings.forEach((f, i) => {
    const g = groupOf.get(i);
    if (!g) out.push({ kind: 'single', finding: f });
    else if (!placed.has(g)) {
      placed.add(g);
      out.push({ kind: 'group', group: g });
    }
  });
  return out;
}

/** A binary heap; `before(a, b)` is true when a comes out first. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
