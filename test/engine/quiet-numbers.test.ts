/**
 * The cell pass passes over a number no rule of its column reports at (the rules' declared
 * numbers, CellRule.numbers, joined per column). Whatever numbers are typed, it must find what
 * the same rules find with every cheap test left out.
 */
import fc from 'fast-check';
import { AnnexView } from '../../src/domain/engine/annex-view';
import { compileCellRules, runCellRules } from '../../src/domain/engine/cell-pass';
import { bindAnnex } from '../../src/domain/engine/validate';
import { getIndicatorSet } from '../../src/domain/indicators';
import { HUGE_COUNT } from '../../src/domain/rules/domain-huge-count';
import { MAX_TRIEU, MIN_DONG } from '../../src/domain/rules/domain-money-unit';
import { RULES } from '../../src/domain/rules/registry';
import type { CellRule, RuleDraft } from '../../src/domain/rules/types';
import { defaultSettings } from '../../src/domain/settings';
import { getTemplate } from '../../src/domain/templates/catalog';
import { annexSheet } from '../support/fixtures';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
const CELL_RULES = RULES.filter((r): r is CellRule => r.scope === 'cell');

function findings(templateId: string, data: Record<string, Record<string, number>>, unfiltered: boolean): string[] {
  const def = getTemplate(templateId)!;
  const sheet = annexSheet(templateId, data, settings);
  const { layout, bound } = bindAnnex(def, sheet, settings);
  const view = new AnnexView(def, sheet, layout, bound.tables);
  const out: string[] = [];
  const rules = CELL_RULES.map((rule, rank) => ({
    rule: unfiltered ? { ...rule, column: undefined, numbers: undefined, raw: undefined } : rule,
    rank,
  }));
  runCellRules(
    view,
    compileCellRules(rules),
    (r) => ({
      settings,
      indicators: getIndicatorSet(settings.indicatorSet)!,
      report: (d: RuleDraft) => out.push(`${r.rule.id} ${d.messageId} ${d.row}:${d.col}`),
    }),
    (_r, e) => {
      throw e;
    },
  );
  return out.sort();
}

const numbers = fc.oneof(
  fc.integer({ min: -5, max: 60 }),
  fc.constantFrom(0, -0, 0.5, 2.5, -1.5, HUGE_COUNT, HUGE_COUNT + 1, HUGE_COUNT + 0.5, 1e12, -1e12, 1e-9),
  // domain/money-unit's edges, in đồng (KP) and triệu đồng (PL-III) columns.
  fc.constantFrom(MIN_DONG - 1, MIN_DONG - 0.5, MIN_DONG, MAX_TRIEU - 1, MAX_TRIEU - 0.5, MAX_TRIEU, MAX_TRIEU + 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
);

describe('the cell pass over numbers no rule reports at', () => {
  it('finds what the rules find without their cheap tests, in count, money and % columns', () => {
    const row = (keys: string[]) =>
      fc.tuple(...keys.map(() => numbers)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]!])));
    fc.assert(
      fc.property(
        row(['tap_huan_lop', 'tap_huan_nguoi', 'truyen_thong_cuoc', 'truyen_thong_nguoi', 'mo_hinh']),
        row(['hdnd_tinh_nu', 'hdnd_tinh_tong', 'hdnd_tinh_tl']),
        row(['nam_2023', 'nam_2024']),
        row(['nam_2023', 'nam_2024']),
        (pl2, pl1, kp, pl3) => {
          for (const [id, data] of [
            ['PL-II', { '1': pl2 }],
            ['PL-I', { '1': pl1 }],
            ['KP', { '1': kp }],
            ['PL-III', { '1': pl3 }],
          ] as const) {
            expect(findings(id, data, false)).toEqual(findings(id, data, true));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('still reports an amount in the other money unit, in đồng and in triệu đồng', () => {
    expect(findings('KP', { '1': { nam_2023: MIN_DONG - 1, nam_2024: MIN_DONG } }, false).join()).toContain(
      'domain/money-unit domain/money-unit-small',
    );
    const pl3 = findings('PL-III', { '1': { nam_2023: MAX_TRIEU, nam_2024: MAX_TRIEU - 0.5 } }, false);
    expect(pl3.filter((f) => f.startsWith('domain/money-unit '))).toHaveLength(1);
  });

  it('still reports a negative, a fractional and a huge count beside quiet ones', () => {
    const got = findings(
      'PL-II',
      { '1': { tap_huan_lop: -1, tap_huan_nguoi: 2.5, truyen_thong_cuoc: HUGE_COUNT + 1, mo_hinh: 3 } },
      false,
    );
    expect(got.map((f) => f.split(' ')[1]).filter((m) => m!.startsWith('domain/'))).toEqual([
      'domain/huge-count',
      'domain/negative',
      'domain/not-whole',
    ]);
    // The KP columns of the property above are there: a negative amount in one is reported.
    expect(findings('KP', { '1': { nam_2023: 5_000_000, nam_2024: -5 } }, false).map((f) => f.split(' ')[1])).toContain(
      'domain/negative',
    );
  });
});

describe('a rule whose numbers depend on the column', () => {
  it('runs in each column with its own numbers, and a failure stops it in every column, reported once', () => {
    const def = getTemplate('PL-II')!;
    const sheet = annexSheet('PL-II', { '1': { tap_huan_lop: 1, tap_huan_nguoi: 2, truyen_thong_cuoc: 3 } }, settings);
    const { layout, bound } = bindAnnex(def, sheet, settings);
    const view = new AnnexView(def, sheet, layout, bound.tables);
    const seen: string[] = [];
    const failures: string[] = [];
    const rule: CellRule = {
      id: 'test/per-column',
      family: 'domain',
      description: '',
      defaultSeverity: 'warning',
      messages: [],
      scope: 'cell',
      templates: '*',
      kinds: ['count'],
      states: ['num'],
      // Reports above 1 in "tap_huan_*" columns, above 2 elsewhere.
      numbers: (col) => (col.key.startsWith('tap_huan') ? { above: 1 } : { above: 2 }),
      check(cell) {
        seen.push(cell.column.key);
        throw new Error('boom');
      },
    };
    runCellRules(
      view,
      compileCellRules([{ rule, rank: 0 }]),
      () => ({ settings, indicators: getIndicatorSet(settings.indicatorSet)!, report: () => undefined }),
      (r, e) => failures.push(`${r.rule.id} ${(e as Error).message}`),
    );
    // tap_huan_lop's 1 is quiet; tap_huan_nguoi's 2 reaches check, which throws; truyen_thong_cuoc's
    // 3 would reach it, but the failed rule runs in no later column.
    expect(seen).toEqual(['tap_huan_nguoi']);
    expect(failures).toEqual(['test/per-column boom']);
  });
});
