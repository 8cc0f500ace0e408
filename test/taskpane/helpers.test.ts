import { formatCheckedAt, formatNumber, formatWithUnit } from '../../src/taskpane/format';
import { parseStoredReport, readStoredReport } from '../../src/taskpane/lastReport';
import { lastReportKey } from '../../src/taskpane/workbookIdentity';
import { countsPhrase, errorDetail, failure } from '../../src/domain/messages/taskpane';
import { reportWithErrors } from './fixtures';

describe('Vietnamese number formatting', () => {
  it('uses a comma for decimals and dots for thousands, at most two decimals', () => {
    expect(formatNumber(76.47)).toBe('76,47');
    expect(formatNumber(76.470588)).toBe('76,47');
    expect(formatNumber(88.888)).toBe('88,89');
    expect(formatNumber(1250)).toBe('1.250');
    expect(formatNumber(30000000)).toBe('30.000.000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-3.5)).toBe('-3,5');
  });

  it('attaches units, sticking "/…" units to the number', () => {
    expect(formatWithUnit(76.47, '%')).toBe('76,47 %');
    expect(formatWithUnit(1.7, 'lần')).toBe('1,7 lần');
    expect(formatWithUnit(42, '/100.000 trẻ sinh sống')).toBe('42/100.000 trẻ sinh sống');
    expect(formatWithUnit(5, '')).toBe('5');
  });
});

describe('error wording', () => {
  it('keeps the service message, translates known Office codes, never shows nothing', () => {
    expect(errorDetail(new Error('Không đọc được sheet.'))).toBe('Không đọc được sheet.');
    expect(errorDetail({ code: 'ItemNotFound', message: 'The requested resource does not exist.' })).toMatch(
      /^Không tìm thấy trang tính/,
    );
    expect(errorDetail({ code: 'SomethingElse', message: 'Boom' })).toBe('Boom');
    expect(errorDetail('chuỗi lỗi')).toBe('chuỗi lỗi');
    expect(errorDetail(undefined)).toBe('lỗi không rõ nguyên nhân');
    expect(errorDetail(new Error(''))).toBe('lỗi không rõ nguyên nhân');
    expect(errorDetail({ code: 'toString' })).toBe('lỗi không rõ nguyên nhân');
    expect(failure('Không kiểm tra được', new Error('x'))).toBe('Không kiểm tra được: x');
  });

  it('phrases counts without zeros', () => {
    expect(countsPhrase({ errors: 0, warnings: 0, infos: 0 })).toBe('');
    expect(countsPhrase({ errors: 0, warnings: 2, infos: 0 })).toBe('2 cảnh báo');
  });
});

describe('stored report', () => {
  const WB = 'id-1|C:\\Xa A\\PL.xlsx';
  const wrap = (report: unknown, workbook = WB) => JSON.stringify({ workbook, at: '2024-07-30T08:00:00Z', report });

  it("reads this workbook's valid report and rejects anything else", () => {
    const report = reportWithErrors();
    expect(parseStoredReport(wrap(report), WB)).toEqual(report);
    expect(parseStoredReport(wrap(report, 'id-1|C:\\Xa B\\PL.xlsx'), WB)).toBeNull();
    expect(parseStoredReport(wrap(report), undefined)).toBeNull();
    // The unkeyed report of earlier versions (a bare report, no envelope) is not trusted.
    expect(parseStoredReport(JSON.stringify(report), WB)).toBeNull();
    expect(parseStoredReport('{', WB)).toBeNull();
    expect(parseStoredReport(wrap({ valid: true }), WB)).toBeNull();
    expect(parseStoredReport(null, WB)).toBeNull();
    expect(readStoredReport(WB, { getItem: (k) => (k === lastReportKey(WB) ? wrap(report) : null) })).toEqual(report);
    expect(readStoredReport('id-2|', { getItem: (k) => (k === lastReportKey(WB) ? wrap(report) : null) })).toBeNull();
    expect(
      readStoredReport(WB, {
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBeNull();
    expect(readStoredReport(WB, undefined)).toBeNull();
  });

  it('keys differ by workbook and are stable', () => {
    expect(lastReportKey(WB)).toBe(lastReportKey(WB));
    expect(lastReportKey(WB)).not.toBe(lastReportKey('id-1|C:\\Xa B\\PL.xlsx'));
    expect(lastReportKey(WB)).toMatch(/^phuluc:lastReport:[0-9a-f]{8}$/);
  });
});

describe('formatCheckedAt', () => {
  it('gives the time today and dd/mm/yyyy on another day, whatever the locale', () => {
    const at = new Date(2024, 11, 10, 9, 5, 7).getTime();
    expect(formatCheckedAt(at, new Date(2024, 11, 10, 18, 0, 0).getTime())).toBe('09:05:07');
    expect(formatCheckedAt(at, new Date(2024, 11, 11, 8, 0, 0).getTime())).toBe('09:05:07 ngày 10/12/2024');
  });
});
