import { causeFinding, consequencesOf, groupRepeats, orderCausesFirst, shortColumnLabel } from './group';
import type { Finding } from './schema';
import { a1, columnIndex } from '../sheet/address';

const SHEET = 'PL-I Nữ DTTS lãnh đạo';

function at(cell: string, over: Partial<Finding> = {}): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return {
    rule: 'presence/required',
    messageId: 'presence/required',
    severity: 'error',
    sheet: SHEET,
    cell,
    row: Number(m[2]),
    column: m[1],
    columnLabel: 'Nữ DTTS tham gia HĐND các cấp – Cấp huyện – Tổng số',
    message: `Ô bắt buộc còn trống: ${cell}.`,
    ...over,
  };
}

const column = (letter: string, from: number, to: number, over: Partial<Finding> = {}) =>
  Array.from({ length: to - from + 1 }, (_, i) => at(`${letter}${from + i}`, over));

describe('groupRepeats', () => {
  it('the issue example: 12 empty cells down one column are one line with their range', () => {
    const entries = groupRepeats(column('C', 10, 21));
    expect(entries).toHaveLength(1);
    const g = entries[0]!.kind === 'group' ? entries[0]!.group : undefined;
    expect(g).toMatchObject({ along: 'column', range: 'C10:C21', severity: 'error' });
    expect(g!.title).toBe('12 ô trống ở cột Cấp huyện – Tổng số, C10:C21');
    expect(g!.findings.map((f) => f.cell)).toEqual(column('C', 10, 21).map((f) => f.cell));
  });

  it('a blank row becomes one line along the row, named by its locality', () => {
    const row = ['C', 'D', 'F', 'G', 'I', 'J'].map((c) =>
      at(`${c}12`, { columnLabel: `X – ${c}`, data: { row: 'Xã Hưng Đạo', naAllowed: 1 } }),
    );
    const [entry] = groupRepeats(row);
    expect(entry).toMatchObject({ kind: 'group', group: { along: 'row', range: 'C12:J12' } });
    expect(entry!.kind === 'group' && entry!.group.title).toBe('6 ô trống ở dòng Xã Hưng Đạo, C12:J12');
  });

  it('takes the largest group first: a full column, then what is left of a row', () => {
    // Column C empty on rows 10–14, and row 12 empty across C..G.
    const findings = [...column('C', 10, 14), ...['D', 'E', 'F', 'G'].map((c) => at(`${c}12`))];
    const entries = groupRepeats(findings);
    const groups = entries.flatMap((e) => (e.kind === 'group' ? [e.group] : []));
    expect(groups.map((g) => [g.along, g.range, g.findings.length])).toEqual([
      ['column', 'C10:C14', 5],
      ['row', 'D12:G12', 4],
    ]);
    expect(entries.every((e) => e.kind === 'group')).toBe(true);
  });

  it('never merges different rules, messages, severities, sheets or explanations; singles stay single', () => {
    const findings = [
      at('C10'),
      at('C11', { severity: 'warning' }),
      at('C12', { rule: 'type/number-as-text', messageId: 'type/number-as-text' }),
      at('C13', { sheet: 'Khác' }),
      at('C14', { explanation: 'Đã giải trình.' }),
      at('H20'),
    ];
    const entries = groupRepeats(findings);
    expect(entries.map((e) => e.kind)).toEqual(['single', 'single', 'single', 'single', 'single', 'single']);
  });

  it('keeps the order: a group stands where its first member was; sheet-level findings pass through', () => {
    const sheetLevel: Finding = { ...at('A1'), cell: '', row: undefined, column: undefined, rule: 'structure/x' };
    const findings = [
      at('H5', { rule: 'type/fraction-text', messageId: 'type/fraction-text' }),
      ...column('C', 10, 12),
      sheetLevel,
    ];
    const entries = groupRepeats(findings);
    expect(entries.map((e) => (e.kind === 'single' ? e.finding.cell || '(sheet)' : e.group.range))).toEqual([
      'H5',
      'C10:C12',
      '(sheet)',
    ]);
  });

  it('uses the column letter when no header is known; never groups a message that carries its own facts', () => {
    const [entry] = groupRepeats(column('Q', 3, 4, { columnLabel: undefined }));
    expect(entry!.kind === 'group' && entry!.group.title).toBe('2 ô trống ở cột Q, Q3:Q4');
    const duplicates = column('C', 10, 11, {
      rule: 'document/duplicate-number',
      messageId: 'document/duplicate-number',
    });
    expect(groupRepeats(duplicates).map((e) => e.kind)).toEqual(['single', 'single']);
  });

  it('handles many findings quickly (a 1,000-row annex left empty)', () => {
    const findings: Finding[] = [];
    for (let r = 10; r < 1010; r++)
      for (const c of ['C', 'D', 'F', 'G', 'I', 'J', 'L', 'M']) findings.push(at(a1(r - 1, columnIndex(c))));
    const t = Date.now();
    const entries = groupRepeats(findings);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(entries).toHaveLength(8);
  });
});

describe('orderCausesFirst', () => {
  it('the issue example: "11/29" in F10 comes before the 28 empty cells, whatever its severity', () => {
    const empties = [...column('C', 10, 23), ...column('D', 10, 23)];
    const cause = at('F10', { rule: 'type/fraction-text', messageId: 'type/fraction-text', severity: 'warning' });
    const ordered = orderCausesFirst([...empties, cause]);
    expect(ordered[0]).toBe(cause);
    expect(ordered).toHaveLength(29);
  });

  it('a finding named as a cause comes first, a consequence last; severity then report order within', () => {
    const total = at('C11', {
      rule: 'arithmetic/total-mismatch',
      messageId: 'arithmetic/total-mismatch',
      causedBy: [{ sheet: SHEET, cell: 'C10', messageId: 'domain/negative' }],
    });
    const negative = at('C10', { rule: 'domain/negative', messageId: 'domain/negative', severity: 'warning' });
    const other = at('H20', { rule: 'domain/not-whole', messageId: 'domain/not-whole' });
    const otherWarning = at('H21', { rule: 'domain/not-whole', messageId: 'domain/not-whole', severity: 'warning' });
    expect(orderCausesFirst([total, otherWarning, other, negative]).map((f) => f.cell)).toEqual([
      'C10',
      'H20',
      'H21',
      'C11',
    ]);
    expect(consequencesOf(negative, [total, negative])).toBe(1);
    expect(causeFinding(total.causedBy![0]!, [total, other, negative])).toBe(negative);
  });
});

describe('shortColumnLabel', () => {
  it('keeps the two most specific header parts', () => {
    expect(shortColumnLabel('A – B – Tổng số', 'C')).toBe('B – Tổng số');
    expect(shortColumnLabel('Tổng số', 'C')).toBe('Tổng số');
    expect(shortColumnLabel(undefined, 'C')).toBe('C');
  });
});
