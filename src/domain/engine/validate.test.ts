import type { Finding } from '../report/schema';
import { reportSchema } from '../report/schema';
import { TEMPLATE_IDS } from '../templates/catalog';
import { singleAnnex, workbookOf, annexSheet } from '../../../test/support/fixtures';
import { linkCauses, messageOf, validateSnapshot } from './validate';
import { formatMessage } from '../messages';

describe('validateSnapshot', () => {
  it.each(TEMPLATE_IDS)('recognises a fresh %s with no structure findings', (id) => {
    const report = validateSnapshot(singleAnnex(id, {}, { reportYear: 2024, unitName: 'TP. Cao Bằng' }));
    expect(report.annexes.map((a) => a.templateId)).toEqual([id]);
    expect(report.findings.filter((f) => f.rule.startsWith('structure/'))).toEqual([]);
  });

  it('recognises an annex by its marker after the sheet is renamed', () => {
    const sheet = annexSheet('PL-II');
    const wb = workbookOf([{ templateId: 'PL-II', sheet }]);
    sheet.name = 'Đổi tên';
    wb.markers[0]!.sheetName = 'Đổi tên';
    expect(validateSnapshot(wb).annexes[0]).toMatchObject({ templateId: 'PL-II', sheet: 'Đổi tên' });
  });

  it('reports a workbook with no annex', () => {
    const r = validateSnapshot({ sheets: [{ name: 'Sheet1', cells: [[{ t: 's', v: 'ghi chú' }]] }], markers: [] });
    expect(r.valid).toBe(false);
    expect(r.findings.map((f) => f.messageId)).toEqual(['structure/unknown-workbook']);
  });

  it('computes all 22 indicators, none with data on an empty CLQG sheet', () => {
    const r = validateSnapshot(singleAnnex('CLQG', {}, { reportYear: 2024 }));
    expect(r.indicators).toHaveLength(22);
    expect(r.indicators.every((i) => i.nationalStatus === 'chua-co-so-lieu')).toBe(true);
  });

  it('computes 1.1 from numerator and denominator: 13/17 = 76,47 % → Đạt against 60', () => {
    const r = validateSnapshot(singleAnnex('CLQG', { '1.1': { tu_so: 13, mau_so: 17 } }, { reportYear: 2024 }));
    expect(r.indicators.find((i) => i.id === '1.1')).toMatchObject({
      value: 76.47,
      nationalTarget: 60,
      nationalStatus: 'dat',
      nationalYear: '2025',
    });
  });
});

describe('linkCauses', () => {
  const f = (cell: string, messageId: string, extra: Partial<Finding> = {}): Finding => ({
    rule: messageId.split('/')[0] + '/x',
    messageId,
    severity: 'error',
    sheet: 'PL-II',
    cell,
    message: messageId,
    ...extra,
  });

  it('completes a cause reference with the finding at that cell', () => {
    const cause = f('F9', 'type/number-as-text', { severity: 'warning' });
    const other = f('F9', 'domain/huge-count');
    const consequence = f('F12', 'arithmetic/total-mismatch', {
      causedBy: [{ sheet: 'PL-II', cell: 'F9', messageId: 'type/number-as-text' }],
    });
    const findings = [other, consequence, cause];
    linkCauses(findings);
    // The array holds a completed copy; the finding given stays as it was (the engine keeps it for re-checks).
    expect(findings[1]!.causedBy).toEqual([
      { sheet: 'PL-II', cell: 'F9', rule: 'type/x', messageId: 'type/number-as-text' },
    ]);
    expect(consequence.causedBy).toEqual([{ sheet: 'PL-II', cell: 'F9', messageId: 'type/number-as-text' }]);
    expect(reportSchema.shape.findings.element.parse(findings[1])).toEqual(findings[1]);
  });

  it('takes the first finding at the cell when none is named, and keeps only the cell when there is none', () => {
    const cause = f('F9', 'type/number-as-text');
    const consequence = f('F12', 'arithmetic/total-mismatch', {
      causedBy: [
        { sheet: 'PL-II', cell: 'F9' },
        { sheet: 'PL-II', cell: 'F10' },
        { sheet: 'PL-II', cell: 'F9', messageId: 'type/ambiguous-number' },
      ],
    });
    const findings = [cause, consequence];
    linkCauses(findings);
    expect(findings[1]!.causedBy).toEqual([
      { sheet: 'PL-II', cell: 'F9', rule: 'type/x', messageId: 'type/number-as-text' },
      { sheet: 'PL-II', cell: 'F10' },
      { sheet: 'PL-II', cell: 'F9' },
    ]);
  });
});

describe('messageOf (one sentence per data object)', () => {
  it('names the column given beside the data, and the data’s own column first', () => {
    expect(formatMessage('presence/na-not-allowed', { found: '-' }, 'Số nữ')).toContain('Cột "Số nữ"');
    expect(formatMessage('presence/na-not-allowed', { found: '-', column: 'Tổng số' }, 'Số nữ')).toContain(
      'Cột "Tổng số"',
    );
  });
  it('a data object shared by findings of other columns or other messages gets their own sentences', () => {
    const data = { found: 'x' };
    const a = messageOf('type/not-a-number', data, 'Số nữ');
    const b = messageOf('type/not-a-number', data, 'Tổng số');
    const c = messageOf('presence/na-not-allowed', data, 'Tổng số');
    expect(a).toBe(formatMessage('type/not-a-number', { found: 'x' }, 'Số nữ'));
    expect(b).toBe(formatMessage('type/not-a-number', { found: 'x' }, 'Tổng số'));
    expect(c).toBe(formatMessage('presence/na-not-allowed', { found: 'x' }, 'Tổng số'));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(messageOf('type/not-a-number', data, 'Tổng số')).toBe(b);
  });
});
