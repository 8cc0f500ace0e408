/**
 * parseLayout checks each column and row once per content and the rest of the layout as
 * layoutSchema does: it must give what checking the whole layout gives.
 */
import { defaultSettings, type ReportSettingsInput } from '../settings';
import { TEMPLATES } from './catalog';
import { layoutSchema, parseLayout, type LayoutInput } from './schema';

const SETTINGS: ReportSettingsInput[] = [
  { reportYear: 2024, unitName: 'TP. Cao Bằng', reportNumber: '123', reportDate: '2024-08-15' },
  { reportYear: 2025, unitName: 'Xã Hòa An', levels: ['tinh', 'xa'] },
  { reportYear: 2021, unitName: 'Huyện Bảo Lạc', period: { from: '2019-01-01', to: '2021-06-30' } },
];

const clone = <T>(x: T): T => structuredClone(x);

describe('parseLayout', () => {
  it.each(TEMPLATES.flatMap((def) => SETTINGS.map((s, i) => [def.id, i, def, s] as const)))(
    '%s (settings %i): the layout layoutSchema gives, built twice',
    (_id, _i, def, s) => {
      const input = def.build(defaultSettings(s));
      const whole = layoutSchema.parse(clone(input));
      const first = parseLayout(clone(input));
      const again = parseLayout(clone(input));
      expect(first).toEqual({ success: true, data: whole });
      expect(again).toEqual({ success: true, data: whole });
      // The second build shares the first one's checked columns and rows.
      if (first.success && again.success)
        expect(again.data.tables[0]!.columns[0]).toBe(first.data.tables[0]!.columns[0]);
    },
  );

  const base = () => clone(TEMPLATES[0]!.build(defaultSettings(SETTINGS[0]))) as LayoutInput & Record<string, unknown>;
  const firstIssue = (input: LayoutInput) => {
    const r = parseLayout(input);
    if (r.success) throw new Error('expected issues');
    return { path: r.issues[0]!.path, message: r.issues[0]!.message };
  };
  const wholeIssue = (input: LayoutInput) => {
    const r = layoutSchema.safeParse(input);
    if (r.success) throw new Error('expected issues');
    return { path: r.error.issues[0]!.path, message: r.error.issues[0]!.message };
  };

  it('an invalid column or row: its issue, at its path from the layout', () => {
    const badColumn = base();
    badColumn.tables[0]!.columns[1]!.key = 'Cột B';
    expect(firstIssue(badColumn)).toEqual(wholeIssue(clone(badColumn)));
    expect(firstIssue(badColumn).path).toEqual(['tables', 0, 'columns', 1, 'key']);
    const badRow = base();
    (badRow.tables[0]!.rows[0] as { kind: string }).kind = 'other';
    expect(firstIssue(badRow).path).toEqual(['tables', 0, 'rows', 0, 'kind']);
    expect(firstIssue(badRow)).toEqual(wholeIssue(clone(badRow)));
  });

  it('what only the whole table or layout can tell: a row naming a missing column, two columns of one key, no title', () => {
    const missing = base();
    missing.tables[0]!.rows[0]!.skip = ['khong_co'];
    expect(firstIssue(missing)).toEqual(wholeIssue(clone(missing)));
    const twice = base();
    twice.tables[0]!.columns[2]!.key = twice.tables[0]!.columns[1]!.key;
    expect(firstIssue(twice)).toEqual(wholeIssue(clone(twice)));
    const untitled = base();
    delete (untitled as { title?: string }).title;
    expect(firstIssue(untitled)).toEqual(wholeIssue(clone(untitled)));
    const noTables = base();
    (noTables as { tables: unknown }).tables = 'none';
    expect(firstIssue(noTables)).toEqual(wholeIssue(clone(noTables)));
  });
});
