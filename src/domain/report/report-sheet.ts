/** The "Kết quả kiểm tra" sheet: findings with links to their cells, and the indicator table. */
import { STATUS_REASON, statusLabel } from '../messages/indicators';
import { REPORT_SHEET, SEVERITY_LABEL, summaryText } from '../messages';
import { formatVnNumber } from '../parse/number';
import type { ReportSettings } from '../settings';
import type { CellStyle, PlanCell, SheetPlan } from '../sheet/plan';
import { STYLES } from '../templates/render';
import type { Report } from './schema';

const num = (v: number | null) => (v === null ? '' : formatVnNumber(v));

/** Short values of the indicator table, centred and wrapped ("Chưa có số liệu" in a narrow column). */
const REPORT_STYLES: Record<string, CellStyle> = {
  ...STYLES,
  value: { hAlign: 'center', vAlign: 'middle', border: true, wrap: true },
};

/** Unit, report number and year: whose report the printed sheet is about. */
type ReportOf = Pick<ReportSettings, 'unitName' | 'issuer' | 'reportNumber' | 'reportYear'>;

export function reportSheetPlan(report: Report, checkedAt: Date = new Date(), settings?: ReportOf): SheetPlan {
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const width = 8;
  let r = 0;
  const line = (value: string, style: string) => {
    cells.push({ row: r, col: 0, value, style });
    merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
    r++;
  };
  line(REPORT_SHEET.title, 'title');
  if (settings)
    line(
      REPORT_SHEET.reportOf({
        unit: settings.unitName || settings.issuer,
        number: settings.reportNumber,
        year: settings.reportYear,
      }),
      'attach',
    );
  const when = `${String(checkedAt.getDate()).padStart(2, '0')}/${String(checkedAt.getMonth() + 1).padStart(2, '0')}/${checkedAt.getFullYear()} ${String(checkedAt.getHours()).padStart(2, '0')}:${String(checkedAt.getMinutes()).padStart(2, '0')}`;
  line(REPORT_SHEET.checkedAt(when), 'attach');
  line(report.stats.errors === 0 ? REPORT_SHEET.summaryReady : summaryText(report.stats), 'caption');
  r++;
  line(REPORT_SHEET.findingsTitle, 'caption');
  REPORT_SHEET.findingHeaders.forEach((h, c) => cells.push({ row: r, col: c, value: h, style: 'header' }));
  r++;
  if (report.findings.length === 0) line(REPORT_SHEET.noFindings, 'label');
  report.findings.forEach((f, i) => {
    const row: [string | number, string][] = [
      [i + 1, 'seq'],
      [f.message, 'label'],
      [f.sheet, 'label'],
      [f.cell, 'value'],
      [SEVERITY_LABEL[f.severity], 'value'],
      [f.value ?? '', 'label'],
      [f.expected ?? '', 'label'],
      [f.explanation ?? '', 'label'],
    ];
    row.forEach(([value, style], c) => {
      const cell: PlanCell = { row: r, col: c, value, style, numFmt: typeof value === 'string' ? '@' : undefined };
      if (c === 3 && f.cell && f.sheet) cell.link = { sheet: f.sheet, cell: f.cell };
      cells.push(cell);
    });
    r++;
  });
  r++;
  line(REPORT_SHEET.indicatorsTitle, 'caption');
  REPORT_SHEET.indicatorHeaders.forEach((h, c) => cells.push({ row: r, col: c, value: h, style: 'header' }));
  r++;
  for (const ind of report.indicators) {
    const value = ind.boolValue !== undefined ? (ind.boolValue ? 'Có' : 'Không') : num(ind.value);
    const gap = ind.nationalGap ?? ind.localGap;
    const row = [
      ind.id,
      ind.name,
      value,
      num(ind.localTarget),
      statusLabel(ind.localStatus, 'local'),
      ind.nationalTarget === null
        ? ''
        : `${num(ind.nationalTarget)}${ind.nationalYear ? ` (${STATUS_REASON.milestone(ind.nationalYear)})` : ''}`,
      statusLabel(ind.nationalStatus, 'national'),
      gap === null ? '' : num(gap),
    ];
    row.forEach((value, c) => cells.push({ row: r, col: c, value, style: c === 1 ? 'label' : 'value', numFmt: '@' }));
    r++;
  }
  return {
    name: REPORT_SHEET.name,
    cells,
    styles: REPORT_STYLES,
    merges,
    // Narrow enough that A4 landscape prints the body at ≥ 9 pt (test/print). Column B is the wide
    // one of both tables: a finding's message, an indicator's name.
    columnWidths: [5, 46, 16, 7, 10, 14, 14, 22],
    // No repeated header rows: Excel repeats one range only, and the findings' header would
    // head the indicator table's pages too.
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    protect: false,
    font: { name: 'Times New Roman', size: 12 },
  };
}
