/**
 * Family 7 — Targets: the indicator set in use says its source states an indicator's targets
 * twice, differently (seed 003, the 2011–2020 set: women business owners, text 10 % / 30 %,
 * annex table 30 % / 35 %). Reported with the set's figure and the other one, on the
 * indicator's CLQG row (else its KH row, else the workbook), as information: the officer can
 * not fix the strategy, but must know which figure the verdicts compare with.
 */
import type { IndicatorSet } from '../indicators/schema';
import { indicatorSetWarnings, type IndicatorSetWarning } from '../indicators/warnings';
import { nationalTargetFor } from '../indicators/targets';
import type { WorkbookRule } from './types';

const TARGET_COLUMN: Record<string, string> = { CLQG: 'qg_2', KH: 'ke_hoach' };

/** Each set's warnings, worded once (a loaded set never changes; every re-check runs this rule). */
const setWarnings = new WeakMap<IndicatorSet, IndicatorSetWarning[]>();

function warningsOf(set: IndicatorSet): IndicatorSetWarning[] {
  let w = setWarnings.get(set);
  if (!w) setWarnings.set(set, (w = indicatorSetWarnings(set)));
  return w;
}

export const targetSetConflict: WorkbookRule = {
  id: 'target/set-conflict',
  family: 'target',
  description: 'Bộ chỉ tiêu đang dùng: văn bản gốc ghi một chỉ tiêu hai cách khác nhau.',
  defaultSeverity: 'info',
  messages: ['target/set-conflict'],
  scope: 'workbook',
  check(annexes, ctx) {
    const warnings = warningsOf(ctx.indicators);
    if (warnings.length === 0) return;
    const places = ['CLQG', 'KH'].flatMap((t) => annexes.filter((a) => a.templateId === t));
    for (const w of warnings) {
      const ind = ctx.indicators.indicators.find((i) => i.id === w.indicatorId);
      let placed = false;
      for (const a of places) {
        const hit = a.dataRows().find(({ row }) => row.kind === 'fixed' && row.def?.indicatorId === w.indicatorId);
        if (!hit) continue;
        let key = TARGET_COLUMN[a.templateId]!;
        if (a.templateId === 'CLQG' && ind) {
          const year = nationalTargetFor(ind, ctx.settings.reportYear)?.year;
          key = year === ctx.indicators.targetYears[0] ? 'qg_1' : 'qg_2';
        }
        const cell = a.cell(hit.table, hit.row, key);
        ctx.report({
          messageId: 'target/set-conflict',
          indicatorId: w.indicatorId,
          ...(cell ? { row: cell.row, col: cell.col } : { row: hit.row.row, col: 0 }),
          data: { sheet: a.sheet.name, text: w.message, indicator: w.indicatorId },
        });
        placed = true;
        break;
      }
      if (!placed)
        ctx.report({
          messageId: 'target/set-conflict',
          indicatorId: w.indicatorId,
          data: { text: w.message, indicator: w.indicatorId },
        });
    }
  },
};
