/**
 * memoryMiBPerXmlMB: how much the peak resident memory of `phuluc validate --json` grows per MB
 * of sheet XML. Each run is a child process (its own heap) that reports its peak RSS (VmHWM)
 * at exit; workbooks of the VB annex at three sizes (bench/generators/big-vb.ts), alternated;
 * the figure is the slope between the smallest and the largest (min and median over runs).
 * The largest holds ~100 MB of sheet XML: it must validate under 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bigVbWorkbook } from '../generators/big-vb';
import { alternate, round } from '../measure';
import { verdict, type BenchSection } from './types';

const TARGET = 6;
const MB = 1024 * 1024;

export const memorySection: BenchSection = {
  name: 'memory',
  async run({ root, dir }) {
    const hook = path.join(dir, 'rss-hook.js');
    writeFileSync(
      hook,
      `process.on('exit', () => { const fs = require('fs'); const m = /VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  fs.writeFileSync(process.env.PHULUC_BENCH_RSS, String(m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024)); });\n`,
    );
    const sizes = [2000, 20000, 225000];
    const files: { file: string; xmlMB: number }[] = [];
    for (const rows of sizes) {
      const { bytes, sheetXmlBytes } = await bigVbWorkbook(rows);
      const file = path.join(dir, `vb-${rows}.xlsx`);
      writeFileSync(file, bytes);
      files.push({ file, xmlMB: sheetXmlBytes / MB });
    }
    const rssFile = path.join(dir, 'rss.txt');
    const peak = (file: string) => {
      const r = spawnSync(
        process.execPath,
        ['-r', hook, path.join(root, 'bin', 'phuluc.js'), 'validate', file, '--json'],
        {
          cwd: root,
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, PHULUC_BENCH_RSS: rssFile },
        },
      );
      if (r.status !== 0 && r.status !== 1) throw new Error(`bench: validate ${file} exited ${r.status}: ${r.stderr}`);
      return Number(readFileSync(rssFile, 'utf8')) / MB;
    };
    const sides = await alternate(
      Object.fromEntries(files.map((f, i) => [`s${i}`, () => peak(f.file)])) as Record<string, () => number>,
      { runs: 3, warmup: 0 },
    );
    const small = files[0]!;
    const large = files[files.length - 1]!;
    const slope = (a: number, b: number) => round((b - a) / (large.xmlMB - small.xmlMB));
    const perMB = {
      min: slope(sides.s0!.min, sides[`s${files.length - 1}`]!.min),
      median: slope(sides.s0!.median, sides[`s${files.length - 1}`]!.median),
    };
    const largestPeak = sides[`s${files.length - 1}`]!;
    return {
      results: {
        memoryMiBPerXmlMB: {
          sheetXmlMB: files.map((f) => round(f.xmlMB, 1)),
          peakRssMiB: files.map((_f, i) => sides[`s${i}`]),
          perXmlMB: perMB,
          largestPeakMiB: largestPeak,
          target: TARGET,
        },
      },
      rows: [
        [
          'memoryMiBPerXmlMB (median; min)',
          `${perMB.median}; ${perMB.min} (peak ${Math.round(largestPeak.median)} MiB at ${round(large.xmlMB, 1)} MB of sheet XML)`,
          `≤ ${TARGET}`,
          verdict(perMB.median, TARGET),
        ],
      ],
    };
  },
};
