import { cellsToHighlight } from './service';
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
