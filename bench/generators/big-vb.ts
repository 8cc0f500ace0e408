/**
 * A workbook with a lot of sheet XML, made in seconds: the real VB annex (built by exceljs with
 * its marker, title, header rows, styles and settings) whose data rows are replaced by `rows`
 * distinct documents written straight as XML (inline strings, numbers, dates as serials with
 * the template's date style), zipped with fflate. ~440 bytes of sheet XML a row. For the
 * memory figure (memoryMiBPerXmlMB) and the large-file tests.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { defaultSettings } from '../../src/domain/settings';

const LOAI: [string, string][] = [
  ['Kế hoạch', 'KH-UBND'],
  ['Quyết định', 'QĐ-UBND'],
  ['Chỉ thị', 'CT-UBND'],
  ['Thông báo', 'TB-UBND'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The whole .xlsx, and how many bytes of sheet XML it holds. */
export async function bigVbWorkbook(rows: number): Promise<{ bytes: Uint8Array; sheetXmlBytes: number }> {
  const settings = defaultSettings({ reportYear: 2024, period: { from: '2021-01-01', to: '2024-12-31' } });
  const one = { VB: { '1': { tt: 1, noi_dung: 'x', co_quan: 'x', loai: 'Kế hoạch', so_ky_hieu: '1/KH-UBND' } } };
  const { workbook } = await buildAnnexWorkbook(['VB'], settings, one);
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const name = 'xl/worksheets/sheet1.xml';
  const xml = new TextDecoder().decode(files[name]);
  // The first data row: TT = 1 as a number in column A; everything before it is the template's head.
  const m = /<row r="(\d+)"[^>]*><c r="A\1" s="\d+"><v>1<\/v>/.exec(xml)!;
  const first = m.index;
  const firstRow = Number(m[1]);
  const head = xml.slice(0, first);
  const style = (col: string) => /s="(\d+)"/.exec(new RegExp(`<c r="${col}${firstRow}"[^>]*>`).exec(xml)![0])![1];
  const [sA, sB, sF] = [style('A'), style('B'), style('F')];
  const str = (ref: string, s: string) => `<c r="${ref}" s="${sB}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
  const parts: string[] = [head];
  for (let i = 1; i <= rows; i++) {
    const r = firstRow + i - 1;
    const [loai, kh] = LOAI[i % 4]!;
    parts.push(
      `<row r="${r}"><c r="A${r}" s="${sA}"><v>${i}</v></c>${str(
        `B${r}`,
        `${loai} thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023, đợt ${i}, xã ${i % 97}`,
      )}${str(`C${r}`, `Ủy ban nhân dân xã ${i % 211}`)}${str(`D${r}`, loai)}${str(`E${r}`, `${i}/${kh}`)}<c r="F${r}" s="${sF}"><v>${
        44927 + (i % 365)
      }</v></c>${i % 3 ? str(`G${r}`, `Ghi chú ${i}`) : ''}</row>`,
    );
  }
  // The template's merges of the title rows only (the signature rows below the data are dropped).
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)].filter(
    (m) => Number(m[2]) < firstRow,
  );
  parts.push(
    `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => m[0]).join('')}</mergeCells></worksheet>`,
  );
  const sheet = strToU8(parts.join(''));
  files[name] = sheet;
  return { bytes: zipSync(files, { level: 1 }), sheetXmlBytes: sheet.length };
}
