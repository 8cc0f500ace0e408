/** The validation report as text for the terminal: summary, findings per sheet, indicator table. */
import { STATUS_REASON, statusLabel } from '../domain/messages/indicators';
import { SEVERITY_LABEL } from '../domain/messages';
import { formatVnNumber, roundTo } from '../domain/parse/number';
import { STATUSES, type Finding, type IndicatorResult, type Report, type Status } from '../domain/report/schema';
import { M } from '../domain/messages/cli';
import { EXPLAIN_MSG, STAMP_CLI, stampSentence } from '../domain/messages/stamp';

function findingLine(f: Finding): string {
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '';
  const extra: string[] = [];
  if (f.value !== undefined) extra.push(`${M.value}: ${f.value}`);
  if (f.expected !== undefined) extra.push(`${M.expected}: ${f.expected}`);
  let line = `[${SEVERITY_LABEL[f.severity]}] ${where ? `${where} — ` : ''}${f.message}`;
  if (extra.length) line += ` (${extra.join('; ')})`;
  if (f.explanation) line += `\n    ${M.explained}: ${f.explanation}`;
  return line;
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatVnNumber(roundTo(v, 2)));

function indicatorValue(i: IndicatorResult): string {
  if (i.boolValue !== undefined) return i.boolValue ? 'Có' : 'Không';
  if (i.value === null) return '—';
  const unit = i.unit.trim();
  return unit === '%' ? `${num(i.value)} %` : num(i.value);
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

function indicatorTable(indicators: IndicatorResult[]): string[] {
  const head = M.indicatorColumns;
  const rows = indicators.map((i) => [
    i.id,
    indicatorValue(i),
    num(i.localTarget),
    statusLabel(i.localStatus, 'local'),
    i.nationalTarget === null
      ? '—'
      : `${num(i.nationalTarget)}${i.nationalYear ? ` (${STATUS_REASON.milestone(i.nationalYear)})` : ''}`,
    statusLabel(i.nationalStatus, 'national'),
  ]);
  const widths = head.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]!].length)));
  const line = (cells: readonly string[]) =>
    '  ' +
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatReport(report: Report, file: string): string {
  const out: string[] = [M.checked(file)];
  if (report.annexes.length)
    out.push(M.annexesFound(report.annexes.map((a) => `${a.templateId} ("${a.sheet}")`).join(', ')));
  const { errors, warnings, infos } = report.stats;
  if (report.stamp) {
    out.push(STAMP_CLI.line(stampSentence(report.stamp)));
    if (report.stamp.rulesVersion && report.stamp.indicatorsVersion)
      out.push(STAMP_CLI.versions(report.stamp.rulesVersion, report.stamp.indicatorsVersion));
  }
  out.push('');
  out.push(errors > 0 ? M.summaryErrors(errors, warnings, infos) : M.summaryReady(warnings, infos));
  if (report.stats.explained) out.push(`(${EXPLAIN_MSG.counted(report.stats.explained)})`);

  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const titles = new Map(report.annexes.map((a) => [a.sheet, a.title]));
  for (const [sheet, list] of bySheet) {
    out.push('');
    const count = (s: Finding['severity']) => list.filter((f) => f.severity === s).length;
    out.push(
      sheet
        ? M.sheetHeading(sheet, titles.get(sheet) ?? '', count('error'), count('warning'), count('info'))
        : M.workbookHeading,
    );
    for (const f of list) out.push(findingLine(f));
  }

  out.push('');
  const hasClqg = report.annexes.some((a) => a.templateId === 'CLQG');
  if (hasClqg && report.indicators.length) {
    const counts = Object.fromEntries(
      STATUSES.map((s) => [s, report.indicators.filter((i) => i.nationalStatus === s).length]),
    ) as Record<Status, number>;
    out.push(`${M.indicatorsHeading} — ${M.indicatorSummary(counts)}`);
    out.push(...indicatorTable(report.indicators));
  } else if (report.annexes.length) out.push(M.noIndicators);
  return out.join('\n') + '\n';
}
