/**
 * Family 6 — Consistency: participants without any class/event, or classes/events without
 * participants (PL-II pairs). Skipped when either side is missing or not a number — a blank is
 * a gap (presence), never 0. The finding points at the 0 that contradicts the other cell.
 */
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { numberAt, type ColumnCache } from '../engine/columns';
import { displayValue } from '../engine/read-cell';
import type { AnnexRule, RuleContext } from './types';

type Pair = BoundTable['table']['pairs'][number];

/** A pair with its two column caches, looked up once per table (not by key for every row). */
interface BoundPair {
  pair: Pair;
  events: ColumnCache | undefined;
  people: ColumnCache | undefined;
}

/**
 * One row against one pair of columns. A function of its own, called for every row: it is
 * optimised once for every annex, where a loop inside check was compiled again for each one.
 */
function checkPair(annex: AnnexView, table: BoundTable, row: BoundRow, bound: BoundPair, ctx: RuleContext): void {
  const pair = bound.pair;
  if (row.def?.skip.includes(pair.events) || row.def?.skip.includes(pair.people)) return;
  // Numbers from the column caches; cells made only to report.
  const events = numberAt(bound.events, row);
  const people = numberAt(bound.people, row);
  if (Number.isNaN(events) || Number.isNaN(people)) return;
  // The 0 that contradicts the other cell is where the finding points.
  const noEvents = people > 0 && events === 0;
  if (!noEvents && !(events > 0 && people === 0)) return;
  const ev = annex.cell(table, row, pair.events)!;
  const pp = annex.cell(table, row, pair.people)!;
  const at = noEvents ? ev : pp;
  ctx.report({
    messageId: noEvents ? 'consistency/people-without-events' : 'consistency/events-without-people',
    row: at.row,
    col: at.col,
    value: displayValue(at.raw),
    data: noEvents ? { people, events, peopleCell: pp.address } : { people, events, eventsCell: ev.address },
  });
}

export const consistencyActivityPairs: AnnexRule = {
  id: 'consistency/activity-pairs',
  family: 'consistency',
  description: 'Có người tham gia nhưng 0 lớp/cuộc, hoặc có lớp/cuộc nhưng 0 người tham gia.',
  defaultSeverity: 'warning',
  messages: ['consistency/people-without-events', 'consistency/events-without-people'],
  scope: 'annex',
  rowLocal: true,
  templates: '*',
  check(annex, ctx) {
    for (const table of annex.tables) {
      if (table.table.pairs.length === 0) continue;
      const pairs: BoundPair[] = table.table.pairs.map((pair) => ({
        pair,
        events: annex.column(table, pair.events),
        people: annex.column(table, pair.people),
      }));
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]!.kind === 'total') continue;
        for (let k = 0; k < pairs.length; k++) checkPair(annex, table, rows[i]!, pairs[k]!, ctx);
      }
    }
  },
};
