/**
 * `phuluc compare` on generated pairs of years, written with exceljs as `phuluc new` writes them,
 * one of them saved through LibreOffice: every injected anomaly is flagged, at its cell, and
 * nothing else; the sheet is written; the files are never changed; exit codes 0 / 1 / 2.
 */
import { readFileSync, writeFileSync } from 'fs';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import type { CompareResult } from '../../src/domain/compare/compare';
import { COMPARE_SHEET } from '../../src/domain/messages/compare';
import { defaultSettings } from '../../src/domain/settings';
import { cellOf, tempDir, writeAnnexWorkbook } from '../integration/helpers';
import { roundTrip } from '../stamp/soffice';
import { makePair, type Anomaly, type Pair } from './pairs';

const tmp = tempDir('phuluc-compare-');
afterAll(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const settingsOf = (year: number, units: string[]) =>
  defaultSettings({ reportYear: year, unitName: 'Huyện Hòa An', units, levels: ['huyen', 'xa'] });

async function writePair(name: string, pair: Pair, years: [number, number] = [2023, 2024]): Promise<[string, string]> {
  const files: [string, string] = [tmp.file(`${name}-${years[0]}.xlsx`), tmp.file(`${name}-${years[1]}.xlsx`)];
  for (const [i, data] of [pair.last, pair.this].entries())
    await writeAnnexWorkbook(files[i]!, {
      templates: ['PL-I', 'PL-CB', 'CLQG'],
      settings: settingsOf(years[i]!, pair.units),
      data,
    });
  return files;
}

async function json(last: string, now: string): Promise<{ code: number; result: CompareResult }> {
  const r = await cli('compare', last, now, '--json');
  expect(r.err).toBe('');
  return { code: r.code, result: JSON.parse(r.out) as CompareResult };
}

/** The cell each injected anomaly must be reported at (this year's workbook). */
function expectedCells(pair: Pair, year: number): string[] {
  const s = settingsOf(year, pair.units);
  return pair.injected.map(
    (x) => `${x.kind}@${cellOf(x.templateId, s, pair.this[x.templateId] as never, x.row, x.column)}`,
  );
}

const ALL: Anomaly[] = ['count-jump', 'share-jump', 'term-changed', 'indicator-declined'];

describe('phuluc compare', () => {
  it('a plausible year: values matched, no warning, exit 0; neither file changed', async () => {
    for (const seed of [1, 2, 3]) {
      const pair = makePair(seed, { units: 6 });
      const [last, now] = await writePair(`clean${seed}`, pair);
      const before = [readFileSync(last), readFileSync(now)];
      const { code, result } = await json(last, now);
      expect([seed, result.warnings]).toEqual([seed, []]);
      expect(code).toBe(0);
      expect(result.values.length).toBeGreaterThan(6 * 12);
      expect(result.trends.map((t) => t.trend)).toEqual(['cai-thien', 'cai-thien']);
      expect(readFileSync(last).equals(before[0]!)).toBe(true);
      expect(readFileSync(now).equals(before[1]!)).toBe(true);
    }
  });

  it('every injected anomaly flagged at its cell, and nothing else (exit 1)', async () => {
    for (const seed of [11, 12, 13, 14]) {
      const pair = makePair(seed, { units: 5, anomalies: ALL });
      const [last, now] = await writePair(`bad${seed}`, pair);
      const { code, result } = await json(last, now);
      expect(code).toBe(1);
      const got = result.warnings.map((w) => `${w.kind}@${w.cell}`).sort();
      expect([seed, got]).toEqual([seed, expectedCells(pair, 2024).sort()]);
    }
  });

  it('prints the warnings, the trends and the notes in Vietnamese; --out writes the sheet', async () => {
    const pair = makePair(21, { units: 3, anomalies: ['term-changed', 'indicator-declined'] });
    const [last, now] = await writePair('text', pair);
    const out = tmp.file('SO-SANH.xlsx');
    const r = await cli('compare', last, now, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Năm trước: Huyện Hòa An, năm 2023.');
    expect(r.out).toMatch(
      /\[Cảnh báo\] .*!\w+\d+ — Phụ lục CB – Đại biểu HĐND cấp xã – "Số nữ": đổi từ \d+ thành \d+ trong cùng nhiệm kỳ HĐND 2021–2026/,
    );
    expect(r.out).toMatch(/Chỉ tiêu 2\.2 .* giảm sút so với năm trước/);
    expect(r.out).toContain('Xu hướng chỉ tiêu:');
    expect(r.out).toMatch(/ 2\.2: [\d,]+ → [\d,]+ % — Giảm sút/);
    expect(r.out).toContain(`Đã ghi trang tính "${COMPARE_SHEET.name}"`);

    const snap = await readWorkbookFile(out);
    const sheet = snap.sheets.find((s) => s.name === COMPARE_SHEET.name)!;
    const text = sheet.cells.flatMap((row) => (row ?? []).map((c) => String(c?.v ?? '')));
    expect(text).toContain('Đại biểu HĐND đổi trong nhiệm kỳ');
    expect(text).toContain('Chỉ tiêu giảm sút');
    expect(text).toContain('Giảm sút');
    // The file exists now: no overwrite without --force.
    expect((await cli('compare', last, now, '--out', out)).code).toBe(2);
    expect((await cli('compare', last, now, '--out', out, '--force')).code).toBe(1);
  });

  it('the same result after THIS year was saved through LibreOffice', async () => {
    const pair = makePair(31, { units: 4, anomalies: ALL });
    const [last, now] = await writePair('lo', pair);
    const saved = roundTrip(now, tmp.file('lo-out'));
    const direct = (await json(last, now)).result;
    const viaLo = await json(last, saved);
    expect(viaLo.code).toBe(1);
    expect(viaLo.result.warnings).toEqual(direct.warnings);
    expect(viaLo.result.trends).toEqual(direct.trends);
    // LibreOffice computes the total row's formulas: more values, every shared one the same.
    const key = (v: CompareResult['values'][number]) => `${v.templateId}|${v.table}|${v.row}|${v.column}`;
    const lo = new Map(viaLo.result.values.map((v) => [key(v), v]));
    for (const v of direct.values) expect(lo.get(key(v))).toEqual(v);
  }, 120_000);

  it('--share-points sets the limit for shares', async () => {
    const pair = makePair(41, { units: 3, anomalies: ['share-jump'] });
    const [last, now] = await writePair('points', pair);
    expect((await json(last, now)).result.warnings.map((w) => w.kind)).toEqual(['share-jump']);
    const loose = await cli('compare', last, now, '--json', '--share-points', '80');
    expect(loose.code).toBe(0);
    expect((await cli('compare', last, now, '--share-points', 'abc')).err).toContain('--share-points cần một số');
  });

  it('unusable input: exit 2 with one Vietnamese sentence', async () => {
    const pair = makePair(51, { units: 2 });
    const [last, now] = await writePair('usage', pair);
    const missing = await cli('compare', last, tmp.file('khong-co.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^phuluc: .*khong-co\.xlsx/);
    const junk = tmp.file('rac.xlsx');
    writeFileSync(junk, 'không phải tệp Excel');
    expect((await cli('compare', junk, now)).code).toBe(2);
    expect((await cli('compare', last)).err).toContain('Cần hai tệp');
    expect((await cli('compare', last, last)).err).toContain('Hai tệp là một');
    // Two files with no annex in common.
    const other = tmp.file('other.xlsx');
    await writeAnnexWorkbook(other, { templates: ['PL-II'], settings: settingsOf(2024, pair.units) });
    const none = await cli('compare', last, other);
    expect(none.code).toBe(2);
    expect(none.err).toContain('không có phụ lục nào chung');
  });
});

describe('phuluc new --from-last', () => {
  it("starts this year's HĐND delegate counts from last year's report of the same term", async () => {
    const pair = makePair(71, { units: 3 });
    const [last] = await writePair('carry', pair);
    const settingsFile = tmp.file('carry-2024.json');
    writeFileSync(
      settingsFile,
      JSON.stringify({ reportYear: 2024, unitName: 'Huyện Hòa An', units: pair.units, levels: ['huyen', 'xa'] }),
    );
    const out = tmp.file('new-2024.xlsx');
    const r = await cli(
      'new',
      '--out',
      out,
      '--templates',
      'PL-I,PL-CB',
      '--settings',
      settingsFile,
      '--from-last',
      last,
    );
    expect([r.code, r.err]).toEqual([0, '']);
    // PL-I: 3 units × 2 levels × (nữ, tổng); PL-CB: 2 delegate rows × (nữ, tổng).
    expect(r.out).toContain('Đã lấy 16 số đại biểu HĐND từ báo cáo năm 2023 (cùng nhiệm kỳ 2021–2026)');
    const { result } = await json(last, out);
    const delegates = result.values.filter(
      (v) =>
        (v.row !== 't:total' && v.templateId === 'PL-I' && /^hdnd_.*_(nu|tong)$/.test(v.column)) ||
        (v.templateId === 'PL-CB' && /^f:hdnd_(huyen|xa)$/.test(v.row) && v.column !== 'ty_le'),
    );
    expect(delegates).toHaveLength(16);
    for (const v of delegates) expect([v.rowLabel, v.column, v.this]).toEqual([v.rowLabel, v.column, v.last]);
    // Leaders are not carried over: empty this year.
    const leaders = result.values.filter(
      (v) => v.templateId === 'PL-I' && v.row !== 't:total' && /^ld_.*_nu$/.test(v.column),
    );
    expect(leaders).toHaveLength(6);
    expect(leaders.every((v) => v.this === null)).toBe(true);

    // Across the 2026 election nothing is carried over.
    writeFileSync(
      settingsFile,
      JSON.stringify({ reportYear: 2026, unitName: 'Huyện Hòa An', units: pair.units, levels: ['huyen', 'xa'] }),
    );
    const [last25] = await writePair('carry25', pair, [2025, 2026]);
    const next = await cli(
      'new',
      '--out',
      tmp.file('new-2026.xlsx'),
      '--templates',
      'PL-I',
      '--settings',
      settingsFile,
      '--from-last',
      last25,
    );
    expect(next.code).toBe(0);
    expect(next.out).toContain('hai năm thuộc hai nhiệm kỳ HĐND khác nhau');
  });
});
