/**
 * Every annex, and the "Kết quả kiểm tra" sheet, on paper: the samples workbook (`phuluc new
 * --settings samples/settings.json --data samples/data.json`, plus the report sheet of its
 * check) printed to PDF by LibreOffice (Debian's libreoffice-calc) with the page setup we write,
 * then read back with poppler's pdftotext (poppler-utils):
 *  - A4 landscape, and the smallest text printed on any page ≥ 9 pt (the size each text run is
 *    drawn at: the font size in the content stream times the text and graphics matrices — see
 *    pdf.ts; fit-to-width shrinks the sheet, so this is what the officer reads);
 *  - every text value of the sheets appears whole, in content order;
 *  - no word is drawn across a cell border or over another word (a value cut by its neighbour,
 *    or a wrapped value taller than its row, shows up as one or the other).
 */
import { spawnSync } from 'child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import samplesData from '../../samples/data.json';
import samplesSettings from '../../samples/settings.json';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { applyPlan } from '../../src/adapters/exceljs/write';
import { readXlsxFile } from '../../src/adapters/xlsx/read-file';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { REPORT_SHEET } from '../../src/domain/messages';
import { reportSheetPlan } from '../../src/domain/report/report-sheet';
import { parseSettings, type ReportSettings } from '../../src/domain/settings';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { TEMPLATE_IDS, getTemplate } from '../../src/domain/templates/catalog';
import { renderAnnex, type WorkbookData } from '../../src/domain/templates/fill';
import { tempDir } from '../integration/helpers';
import { toPdf } from '../stamp/soffice';
import { readPdf, type PdfPage, type Word } from './pdf';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const MIN_PT = 9;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Words drawn across a straight border segment (more than 1 pt inside the word's box). */
function crossings(page: PdfPage): { word: Word; segment: string }[] {
  const out: { word: Word; segment: string }[] = [];
  for (const w of page.words) {
    for (const s of page.segments) {
      const horizontal = Math.abs(s.y1 - s.y2) < 0.01;
      const vertical = Math.abs(s.x1 - s.x2) < 0.01;
      if (horizontal) {
        const [a, b] = [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)];
        // A hyperlink's underline spans its own word only; a cell border runs past it.
        const underline = a > w.xMin - 2 && b < w.xMax + 2;
        if (!underline && s.y1 > w.yMin + 1 && s.y1 < w.yMax - 1 && Math.min(b, w.xMax) - Math.max(a, w.xMin) > 1)
          out.push({ word: w, segment: `y=${s.y1.toFixed(1)}` });
      } else if (vertical) {
        const [a, b] = [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)];
        if (s.x1 > w.xMin + 1 && s.x1 < w.xMax - 1 && Math.min(b, w.yMax) - Math.max(a, w.yMin) > 1)
          out.push({ word: w, segment: `x=${s.x1.toFixed(1)}` });
      }
    }
  }
  return out;
}

/** Pairs of words whose boxes overlap by more than a fifth of the smaller one. */
function overprints(page: PdfPage): [Word, Word][] {
  const out: [Word, Word][] = [];
  const ws = [...page.words].sort((a, b) => a.xMin - b.xMin);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    for (let j = i + 1; j < ws.length && ws[j]!.xMin < a.xMax; j++) {
      const b = ws[j]!;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
      if (w * h > smaller / 5) out.push([a, b]);
    }
  }
  return out;
}

/** Text values a plan prints: literals, typed values (data) and header texts. */
function textsOf(plan: SheetPlan): string[] {
  return plan.cells.flatMap((c) => (typeof c.value === 'string' && c.value.trim() && !c.formula ? [c.value] : []));
}

describe('printing the samples workbook (LibreOffice → PDF)', () => {
  const tmp = tempDir('phuluc-print-');
  let pages: PdfPage[];
  let plans: { name: string; title: string; plan: SheetPlan }[];
  let settings: ReportSettings;

  beforeAll(async () => {
    const parsed = parseSettings(samplesSettings);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    settings = parsed.settings;
    const data = samplesData as unknown as WorkbookData;
    const { workbook, annexes } = await buildAnnexWorkbook(TEMPLATE_IDS, settings, data);
    const file = tmp.file('samples.xlsx');
    await workbook.xlsx.writeFile(file);
    const report = validateSnapshot(await readXlsxFile(file));
    const reportPlan = reportSheetPlan(report, new Date(2024, 7, 15, 9, 30), settings);
    await applyPlan(workbook, reportPlan);
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    plans = [
      ...annexes.map((a) => ({
        name: a.sheetName,
        title: getTemplate(a.templateId)!.title,
        plan: renderAnnex(a.templateId, settings, data[a.templateId] ?? {}).plan,
      })),
      { name: REPORT_SHEET.name, title: REPORT_SHEET.title, plan: reportPlan },
    ];
    const pdf = toPdf(file, tmp.dir);
    // To look at the pages: PHULUC_PRINT_PDF=/tmp/samples.pdf, then pdftoppm -r 60 -png.
    if (process.env.PHULUC_PRINT_PDF) copyFileSync(pdf, process.env.PHULUC_PRINT_PDF);
    pages = readPdf(pdf, readFileSync(pdf));
  }, 180_000);
  afterAll(() => tmp.cleanup());

  /** The pages of each sheet: from the page showing its title to the next sheet's. */
  function pagesOf(title: string): PdfPage[] {
    const starts = plans.map((p) => pages.findIndex((pg) => pg.raw.split('\n').some((l) => l.trim() === p.title)));
    const i = plans.findIndex((p) => p.title === title);
    const from = starts[i]!;
    const to = starts.slice(i + 1).find((s) => s > from) ?? pages.length;
    return from < 0 ? [] : pages.slice(from, to);
  }

  it("prints Times New Roman with a metric-compatible font, as on the officers' Windows (Liberation Serif)", () => {
    // Without it LibreOffice falls back to a wider font and the widths below measure that font:
    // install Debian's fonts-liberation2 (.ci/run does).
    const r = spawnSync('fc-match', ['Times New Roman'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/Liberation Serif/);
  });

  it('prints every page on A4 landscape', () => {
    expect(pages.length).toBeGreaterThanOrEqual(plans.length);
    for (const p of plans)
      expect({ sheet: p.name, pages: pagesOf(p.title).length }).not.toEqual({ sheet: p.name, pages: 0 });
    for (const pg of pages)
      expect([Math.round(pg.width), Math.round(pg.height)]).toEqual([
        Math.round(A4_LANDSCAPE.width),
        Math.round(A4_LANDSCAPE.height),
      ]);
  });

  it('prints every sheet with its smallest text at 9 pt or more', () => {
    const smallest = plans.map((p) => ({
      sheet: p.name,
      pt: Math.round(Math.min(...pagesOf(p.title).flatMap((pg) => pg.textSizes)) * 100) / 100,
    }));
    for (const s of smallest) expect(s).toEqual({ sheet: s.sheet, pt: expect.any(Number) });
    if (process.env.PHULUC_PRINT_FIGURES)
      writeFileSync(process.env.PHULUC_PRINT_FIGURES, JSON.stringify(smallest, null, 2));
    expect(smallest.filter((s) => !(s.pt >= MIN_PT))).toEqual([]);
  });

  it('prints every text value whole', () => {
    const missing: { sheet: string; value: string }[] = [];
    for (const p of plans) {
      const text = squeeze(
        pagesOf(p.title)
          .map((pg) => pg.raw)
          .join(''),
      );
      for (const v of textsOf(p.plan)) if (!text.includes(squeeze(v))) missing.push({ sheet: p.name, value: v });
    }
    expect(missing).toEqual([]);
  });

  it('draws no word across a cell border or over another word', () => {
    const cut: string[] = [];
    pages.forEach((pg, i) => {
      for (const c of crossings(pg)) cut.push(`trang ${i + 1}: "${c.word.text}" cắt bởi đường kẻ ${c.segment}`);
      for (const [a, b] of overprints(pg)) cut.push(`trang ${i + 1}: "${a.text}" chồng lên "${b.text}"`);
    });
    expect(cut).toEqual([]);
  });

  it('the seed values that used to lose their start print whole (KH)', () => {
    const kh = squeeze(
      pagesOf(getTemplate('KH')!.title)
        .map((pg) => pg.raw)
        .join(''),
    );
    expect(kh).toContain(squeeze('108 bé trai/100 bé gái'));
    expect(kh).toContain(squeeze('Cấp huyện 100; cấp xã 50'));
  });
});
