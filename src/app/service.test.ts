import { MemoryWorkbookPort } from '../adapters/memory/memory-port';
import { REPORT_SHEET } from '../domain/messages';
import { cellsToHighlight, createAddinService } from './service';
import type { Finding, Report } from '../domain/report/schema';

const f = (cell: string, severity: Finding['severity'], sheet = 'PL-I'): Finding => ({
  rule: 'x/y',
  messageId: 'x/y',
  severity,
  sheet,
  cell,
  message: '…',
});

describe('cellsToHighlight', () => {
  it('one ref per cell, coloured by its most severe finding; infos and sheet-level findings left out', () => {
    const report = {
      findings: [f('C10', 'warning'), f('C10', 'error'), f('D10', 'warning'), f('E10', 'info'), f('', 'error')],
    } as Report;
    expect(cellsToHighlight(report)).toEqual([
      { sheet: 'PL-I', cell: 'C10', kind: 'error' },
      { sheet: 'PL-I', cell: 'D10', kind: 'warning' },
    ]);
  });
});

describe('exportReport', () => {
  const report: Report = {
    valid: true,
    stats: { errors: 0, warnings: 0, infos: 0, sheets: 1, cells: 10, ms: 1 },
    annexes: [],
    findings: [],
    indicators: [],
  };

  it('is written by "Ghi sheet Kết quả kiểm tra" with the workbook\'s own settings', async () => {
    const port = new MemoryWorkbookPort();
    const service = createAddinService(port);
    await service.saveSettings({ unitName: 'Xã Nà Phặc', reportNumber: '12/BC-UBND', reportYear: 2024 });
    const { sheetName } = await service.exportReport(report);
    expect(sheetName).toBe(REPORT_SHEET.name);
    const cells = port
      .sheet(sheetName)!
      .cells.flat()
      .map((c) => (c && 'v' in c ? c.v : undefined));
    expect(cells).toContain('Đơn vị: Xã Nà Phặc — Báo cáo số 12/BC-UBND — Năm 2024');
  });
});
