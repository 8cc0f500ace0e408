/**
 * Family 6 — Consistency: participants without any class/event, or classes/events without
 * participants (PL-II pairs). Skipped when either side is missing or not a number — a blank is
 * a gap (presence), never 0. The finding points at the 0 that contradicts the other cell.
 */
import { displayValue } from '../engine/read-cell';
import type { AnnexRule } from './types';

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
      for (const row of table.rows) {
        if (row.kind === 'total') continue;
        for (const pair of table.table.pairs) {
          if (row.def?.skip.includes(pair.events) || row.def?.skip.includes(pair.people)) continue;
          // Numbers from the column caches (NaN when not a number, or the column is missing); cells made only to report.
          const events = annex.number(table, row, pair.events);
          const people = annex.number(table, row, pair.people);
          if (Number.isNaN(events) || Number.isNaN(people)) continue;
          // The 0 that contradicts the other cell is where the finding points.
          const noEvents = people > 0 && events === 0;
          if (!noEvents && !(events > 0 && people === 0)) continue;
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
      }
    }
  },
};
