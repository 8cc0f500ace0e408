/**
 * readerRatio: our .xlsx reader (src/adapters/xlsx, bytes → WorkbookSnapshot, node's zlib as the
 * CLI uses it) ÷ exceljs's full read (`xlsx.load`, the object model alone, no snapshot), same
 * bytes already in memory, same process, alternated; wall time and CPU time, min and median.
 * The browser's path (fflate) is measured too.
 */
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { NODE_INFLATE } from '../../src/adapters/xlsx/read-file';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import ExcelJS from 'exceljs';
import { benchSettings, officerData } from '../data';
import { alternate, ratio } from '../measure';
import { verdict, type BenchSection } from './types';

const TARGET = 0.15;

function cpuMs(fn: () => unknown): Promise<number> {
  const c = process.cpuUsage();
  return Promise.resolve(fn()).then(() => {
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  });
}

async function wallMs(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export const readerSection: BenchSection = {
  name: 'reader',
  async run() {
    const { workbook } = await buildAnnexWorkbook(TEMPLATE_IDS, benchSettings, officerData(2000));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ours = () => readXlsx(bytes, NODE_INFLATE);
    const browser = () => readXlsx(bytes);
    const exceljs = () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const wall = await alternate(
      { ours: () => wallMs(ours), browser: () => wallMs(browser), exceljs: () => wallMs(exceljs) },
      { runs: 7, warmup: 1 },
    );
    const cpu = await alternate({ ours: () => cpuMs(ours), exceljs: () => cpuMs(exceljs) }, { runs: 5, warmup: 1 });
    const r = ratio(wall.ours, wall.exceljs);
    const rb = ratio(wall.browser, wall.exceljs);
    const rc = ratio(cpu.ours, cpu.exceljs);
    return {
      results: {
        readerRatio: {
          bytes: bytes.length,
          oursMs: wall.ours,
          browserMs: wall.browser,
          exceljsMs: wall.exceljs,
          ratio: r,
          browserRatio: rb,
          cpu: { oursMs: cpu.ours, exceljsMs: cpu.exceljs, ratio: rc },
          target: TARGET,
        },
      },
      rows: [
        [
          'readerRatio (median; min)',
          `${wall.ours.median} ms ÷ ${wall.exceljs.median} ms = ${r.median}; ${r.min} (CPU ${rc.median}; fflate ${rb.median})`,
          `≤ ${TARGET}`.replace('.', ','),
          verdict(r.median, TARGET),
        ],
      ],
    };
  },
};
