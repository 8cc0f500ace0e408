/**
 * cliRatio: `phuluc validate --json` as a whole process (node start, our code, the .xlsx reader,
 * the engine, the JSON report) ÷ a process in which exceljs only reads the same file (its full
 * object model), alternated, min and median.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import { benchSettings, officerData } from '../data';
import { alternate, ratio, timeNodeProcess } from '../measure';
import { verdict, type BenchSection } from './types';

export const cliSection: BenchSection = {
  name: 'cli',
  async run({ root, dir }) {
    const file = path.join(dir, 'large.xlsx');
    const { workbook } = await buildAnnexWorkbook(TEMPLATE_IDS, benchSettings, officerData(2000));
    await workbook.xlsx.writeFile(file);
    const readOnly = `const E=require('exceljs');new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
    const sides = await alternate(
      {
        cli: () => timeNodeProcess([path.join(root, 'bin', 'phuluc.js'), 'validate', file, '--json'], root),
        exceljs: () => timeNodeProcess(['-e', readOnly], root, [0]),
      },
      { runs: 5, warmup: 1 },
    );
    const r = ratio(sides.cli, sides.exceljs);
    return {
      results: {
        cliRatio: {
          bytes: statSync(file).size,
          cliMs: sides.cli,
          exceljsMs: sides.exceljs,
          ratio: r,
          target: 0.6,
        },
      },
      rows: [
        [
          'cliRatio (median; min)',
          `${sides.cli.median} ms ÷ ${sides.exceljs.median} ms = ${r.median}; ${r.min} (${Math.round(statSync(file).size / 1024)} KB .xlsx)`,
          '≤ 0,6',
          verdict(r.median, 0.6),
        ],
      ],
    };
  },
};
