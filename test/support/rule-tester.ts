/// <reference types="jest" />
/**
 * The shared rule tester (after typescript-eslint's RuleTester): each rule lists valid and
 * invalid cases; a case is an annex built from officer data, and an invalid case names the
 * exact findings (message id and cell) the rule must report — no more, no fewer.
 */
import { getIndicatorSet } from '../../src/domain/indicators/load';
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import type { RawCell, SheetSnapshot } from '../../src/domain/sheet/workbook';
import { getTemplate } from '../../src/domain/templates/catalog';
import { AnnexView } from '../../src/domain/engine/annex-view';
import { bindAnnex } from '../../src/domain/engine/validate';
import { compileCellRules, runCellRules } from '../../src/domain/engine/cell-pass';
import { a1 } from '../../src/domain/sheet/address';
import { appliesTo, type Rule, type RuleDraft } from '../../src/domain/rules/types';
import { annexSheet, type AnnexData } from './fixtures';
import { MESSAGES } from '../../src/domain/messages';

export interface RuleCase {
  name: string;
  template: string;
  data?: AnnexData;
  settings?: ReportSettingsInput;
  /** Raw cells to put in place after rendering: { "table.row.col" | "row.col": RawCell | undefined }. */
  raw?: Record<string, RawCell | undefined>;
  /** Further edits to the sheet (insert rows, rename headers …). */
  patch?: (sheet: SheetSnapshot) => void;
  /** More annexes, for workbook rules. */
  others?: { template: string; data?: AnnexData; name?: string }[];
}

export interface InvalidCase extends RuleCase {
  findings: { messageId: string; cell?: string; severity?: 'error' | 'warning' | 'info' }[];
}

function locate(
  sheet: SheetSnapshot,
  templateId: string,
  settings: ReturnType<typeof defaultSettings>,
  key: string,
): { row: number; col: number } {
  const def = getTemplate(templateId)!;
  const { bound } = bindAnnex(def, sheet, settings);
  const parts = key.split('.');
  const tableKeys = bound.tables.map((t) => t.table.key);
  let table = bound.tables[0]!;
  if (tableKeys.includes(parts[0]!) && parts.length > 2) {
    const tableKey = parts.shift();
    table = bound.tables.find((t) => t.table.key === tableKey)!;
  }
  const col = parts.pop()!;
  const rowKey = parts.join('.');
  const row = table.rows.find((r) => r.key === rowKey);
  const c = table.cols.get(col);
  if (!row || !c) throw new Error(`Rule tester: no cell ${key} in ${templateId}`);
  return { row: row.row, col: c.col };
}

export function buildCase(c: RuleCase) {
  const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng', ...c.settings });
  const sheet = annexSheet(c.template, c.data ?? {}, settings);
  for (const [key, raw] of Object.entries(c.raw ?? {})) {
    const { row, col } = locate(sheet, c.template, settings, key);
    (sheet.cells[row] ??= [])[col] = raw;
  }
  c.patch?.(sheet);
  const views = [c, ...(c.others ?? []).map((o) => ({ ...o, settings: c.settings }))].map((x, i) => {
    const def = getTemplate(x.template)!;
    const s = i === 0 ? sheet : annexSheet(x.template, x.data ?? {}, settings, (x as { name?: string }).name);
    const { layout, bound } = bindAnnex(def, s, settings);
    return new AnnexView(def, s, layout, bound.tables);
  });
  return { settings, views };
}

/** `unfiltered`: a cell rule's cheap tests (column, numbers, raw) left out, so every cell of its states reaches check. */
export function runRule(rule: Rule, c: RuleCase, { unfiltered = false } = {}): RuleDraft[] {
  const { settings, views } = buildCase(c);
  const out: RuleDraft[] = [];
  const ctx = { settings, indicators: getIndicatorSet(settings.indicatorSet)!, report: (d: RuleDraft) => out.push(d) };
  if (rule.scope === 'workbook') rule.check(views, ctx);
  else if (rule.scope === 'cell')
    // The engine's own cell pass, with this rule alone.
    runCellRules(
      views[0]!,
      compileCellRules([
        {
          rule: unfiltered ? { ...rule, column: undefined, numbers: undefined, raw: undefined } : rule,
          rank: 0,
        },
      ]),
      () => ctx,
      (_r, e) => {
        throw e;
      },
    );
  else if (appliesTo(rule, views[0]!.templateId)) rule.check(views[0]!, ctx);
  return out;
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('declares messages that exist', () => {
      for (const m of rule.messages) expect(MESSAGES[m]).toBeDefined();
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(
          runRule(rule, c).map((d) => ({
            messageId: d.messageId,
            cell: d.row === undefined ? '' : a1(d.row, d.col ?? 0),
          })),
        ).toEqual([]);
      });
    }
    if (rule.scope === 'cell' && (rule.column || rule.numbers || rule.raw))
      it('its cheap tests skip only cells its check would not report at', () => {
        // The column, number and raw tests are a shortcut: with them or without, the same findings.
        for (const c of [...cases.valid, ...cases.invalid])
          expect(runRule(rule, c)).toEqual(runRule(rule, c, { unfiltered: true }));
      });
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = runRule(rule, c);
        for (const d of got) expect(rule.messages).toContain(d.messageId);
        const norm = got.map((d) => ({
          messageId: d.messageId,
          cell: d.row === undefined ? '' : a1(d.row, d.col ?? 0),
          severity: d.severity ?? rule.defaultSeverity,
        }));
        const want = c.findings.map((f) => ({
          messageId: f.messageId,
          cell: f.cell ?? expect.any(String),
          severity: f.severity ?? expect.any(String),
        }));
        expect(norm).toEqual(want);
      });
    }
  });
}
