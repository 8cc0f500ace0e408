/** Read 100 generated unit .xlsx files (the .xlsx reader, as `phuluc aggregate` does), merge them, write the result with exceljs. */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildAnnexWorkbook, buildPlansWorkbook } from '../../src/adapters/exceljs/build';
import { readXlsxFile } from '../../src/adapters/xlsx/read-file';
import { aggregate } from '../../src/domain/aggregate';
import { defaultSettings } from '../../src/domain/settings';
import type { WorkbookData } from '../../src/domain/templates/fill';
import { generateUnits } from '../generators/units';
import { alternate, round, stat, timed } from '../measure';
import { verdictAtLeast, type BenchSection } from './types';

export const aggregateSection: BenchSection = {
  name: 'aggregate',
  async run({ dir }) {
    const unitsDir = path.join(dir, 'units');
    mkdirSync(unitsDir, { recursive: true });
    for (const u of generateUnits(100)) {
      const { workbook } = await buildAnnexWorkbook(
        Object.keys(u.annexes),
        defaultSettings(u.settings),
        u.annexes as WorkbookData,
      );
      await workbook.xlsx.writeFile(path.join(unitsDir, u.fileName));
    }
    const files = readdirSync(unitsDir).sort();
    let included = 0;
    const once = async () => {
      const inputs = [];
      for (const f of files) {
        inputs.push({ fileName: f, snapshot: await readXlsxFile(path.join(unitsDir, f)) });
      }
      const result = aggregate(inputs, {
        settings: defaultSettings({ reportYear: 2024, unitName: 'Tỉnh Thử' }),
        includeInvalid: false,
      });
      included = result.units.filter((u) => u.inclusion === 'included').length;
      const { workbook } = await buildPlansWorkbook([...result.plans, result.status], result.settings);
      await workbook.xlsx.writeBuffer();
    };
    // CPU time of the process (user + system, GC threads included) beside the wall time: on a
    // shared machine the wall time also counts the time other jobs held the cores.
    const cpuSamples: number[] = [];
    const { run } = await alternate(
      {
        run: async () => {
          const c0 = process.cpuUsage();
          const ms = await timed(once);
          const c = process.cpuUsage(c0);
          cpuSamples.push((c.user + c.system) / 1000);
          return ms;
        },
      },
      { runs: 3, warmup: 1 },
    );
    const cpu = stat(cpuSamples.slice(1)); // the warmup round is not measured
    const rate = { median: round(files.length / (run.median / 1000)), best: round(files.length / (run.min / 1000)) };
    const cpuRate = { median: round(files.length / (cpu.median / 1000)), best: round(files.length / (cpu.min / 1000)) };
    return {
      results: {
        aggregateFilesPerSecond: {
          files: files.length,
          ms: run,
          filesPerSecond: rate.median,
          best: rate.best,
          cpuMs: cpu,
          cpuFilesPerSecond: cpuRate.median,
          cpuBest: cpuRate.best,
          included,
          target: 200,
        },
      },
      rows: [
        [
          'aggregateFilesPerSecond (median run; best)',
          `${rate.median}; ${rate.best} (${files.length} files, median ${round(run.median / 1000)} s; CPU time: ${cpuRate.median}; ${cpuRate.best})`,
          '≥ 200',
          verdictAtLeast(rate.median, 200),
        ],
      ],
    };
  },
};
