/**
 * The CLQG sheet's own "Đánh giá" formulas agree with the engine: the workbook is written as
 * `phuluc new` does, recalculated by LibreOffice (a real spreadsheet engine, not ours), and
 * every indicator row's cell must read "ĐP: <local status>\nQG <year>: <national status>" with
 * the statuses the engine computes for it — numbers typed as text, malformed numbers, shares
 * above 100 %, missing targets and yes/no answers included. Seed 000 values plus invented ones.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { STATUS_LABEL } from '../../src/domain/messages/indicators';
import type { Report } from '../../src/domain/report/schema';
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import type { AnnexData } from '../../src/domain/templates/fill';
import { cellOf, tempDir, validateFile, writeAnnexWorkbook } from './helpers';
import { recalcWithLibreOffice } from './libreoffice';

interface Book {
  name: string;
  settings: ReportSettingsInput;
  data: AnnexData;
}

const BOOKS: Book[] = [
  {
    name: 'seed000-2024',
    settings: {
      reportYear: 2024,
      unitName: 'TP. Bắc Kạn',
      localTargets: [
        { indicatorId: '1.1', value: 60 },
        { indicatorId: '2.1', value: 50 },
        { indicatorId: '2.2', value: 30 },
        { indicatorId: '5.2b', value: 95 },
        { indicatorId: '6.2', value: 100 },
      ],
    },
    data: {
      '1.1': { tu_so: 13, mau_so: 17 }, // seed 000: 13/17 = 76,47 %
      '2.1': { ket_qua: '36,4 %' }, // a share typed as text with its sign
      '2.2': { ket_qua: 36.25 }, // seed 000: 36,25 % against < 30 %
      '2.3': { tu_so: 48, mau_so: 240, dia_phuong: 20 }, // seed 000: 20 %, local 20, national 27
      '3.2a': { ket_qua: '27,59,03' }, // malformed (seed 001's "27,59,03%")
      '3.2b': { ket_qua: 'trên 100%' }, // seed 000's 5.2b wording
      '3.3': { ket_qua: 100, dia_phuong: '90' }, // a local target typed as text, below 100 on an "= 100 %" indicator
      '4.2': { ket_qua: -3 }, // impossible
      '4.3': { tu_so: 12, mau_so: 1000, dia_phuong: 18 }, // a rate per 1.000 from numerator/denominator
      '4.4': { ket_qua: 'Có' }, // yes/no answer, no local target
      '5.2b': { ket_qua: 101 }, // issue 13: an error, never "Đạt"
      '5.3': { ket_qua: 30, dia_phuong: 30 }, // national "trên 30" (strict), local "từ 30"
      '5.4a': { tu_so: 12, mau_so: 18, ket_qua: '66,66', dia_phuong: 10 }, // seed 000: typed as text, truncated
      '5.4b': { tu_so: 20, mau_so: 17 }, // numerator above denominator
      '6.1': { ket_qua: 'đang cập nhật' }, // words: no value
      '6.2': { ket_qua: '1.250' }, // read 1250 %: impossible
      '6.3': { ket_qua: 97.5, dia_phuong: '9,5,1' }, // malformed local target
    },
  },
  {
    name: 'invented-2027',
    settings: { reportYear: 2027, unitName: 'Huyện A', localTargets: [{ indicatorId: '4.1', value: 112 }] },
    data: {
      '1.1': { ket_qua: 75 }, // 2030 milestone: 75
      '2.2': { ket_qua: '24,9' }, // lower is better, strictly below 25 in 2030
      '3.1': { ket_qua: 1.4 },
      '4.1': { ket_qua: 111, dia_phuong: 112 }, // sex ratio per 100 girls
      '4.2': { ket_qua: 42 }, // 2030 "dưới 42" (strict): not met
      '5.1': { ket_qua: 99.99, dia_phuong: 100 },
      '5.2a': { ket_qua: '99' },
      '6.4': { ket_qua: 0 },
    },
  },
  {
    name: 'seed003-2015',
    settings: { reportYear: 2015, unitName: 'Tỉnh Bắc Kạn', indicatorSet: 'clqg-2011-2020' },
    data: {
      '1.1a': { ket_qua: 22, dia_phuong: 20 }, // only a 2020 target: compared with 2020
      '1.2': { ket_qua: 70 },
      '2.2': { ket_qua: '20%' }, // the plan's text 10 % (the annex says 30 %)
      '4.1': { ket_qua: 114 }, // cap 113 in 2015
      '4.2': { ket_qua: 58.3 },
      '6.1': { ket_qua: 2.1 }, // "lần", lower is better
      '7.3': { ket_qua: 'Không' }, // yes/no
      '7.4': { ket_qua: 100 },
    },
  },
];

const tmp = tempDir('phuluc-verdicts-');
const engine = new Map<string, Report>();
const sheet = new Map<string, ExcelJS.Worksheet>();

beforeAll(async () => {
  const files: string[] = [];
  for (const b of BOOKS) {
    const file = tmp.file(`${b.name}.xlsx`);
    await writeAnnexWorkbook(file, { templates: ['CLQG'], settings: b.settings, data: { CLQG: b.data } });
    engine.set(b.name, await validateFile(file));
    files.push(file);
  }
  const out = path.join(tmp.dir, 'recalculated');
  recalcWithLibreOffice(files, out);
  for (const b of BOOKS) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `${b.name}.xlsx`));
    sheet.set(
      b.name,
      wb.worksheets.find((w) => w.name.startsWith('CLQG'))!,
    );
  }
}, 180_000);
afterAll(() => tmp.cleanup());

function shown(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  return v !== null && typeof v === 'object' && 'formula' in v ? v.result : v;
}

describe.each(BOOKS.map((b) => [b.name, b] as const))('%s', (name, book) => {
  const settings = defaultSettings(book.settings);
  it('every indicator row shows the engine’s local and national verdicts', () => {
    const report = engine.get(name)!;
    const got: string[] = [];
    const want: string[] = [];
    for (const i of report.indicators) {
      const address = cellOf('CLQG', settings, book.data, i.id, 'danh_gia');
      got.push(`${i.id} ${String(shown(sheet.get(name)!, address))}`);
      want.push(`${i.id} ĐP: ${STATUS_LABEL[i.localStatus]}\nQG ${i.nationalYear}: ${STATUS_LABEL[i.nationalStatus]}`);
    }
    expect(got).toEqual(want);
  });

  it('covers every status the engine gives on these rows', () => {
    const statuses = new Set(engine.get(name)!.indicators.flatMap((i) => [i.localStatus, i.nationalStatus]));
    if (name === 'seed000-2024')
      expect([...statuses].sort()).toEqual(
        ['chua-co-chi-tieu', 'chua-co-so-lieu', 'chua-dat', 'dat', 'khong-danh-gia-duoc'].sort(),
      );
    else expect(statuses.has('dat') && statuses.has('chua-dat')).toBe(true);
  });
});
