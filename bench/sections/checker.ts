/** Size of the offline checker page (dist/kiem-tra.html): one self-contained file, so its size is all it loads. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from '../measure';
import type { BenchSection } from './types';

export const checkerSection: BenchSection = {
  name: 'checker',
  async run({ root }) {
    // The production build of `npm run bench` (scripts/bench.mjs) writes the page here.
    const file = path.join(root, 'dist-bench', 'addin', 'kiem-tra.html');
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const kb = round(gzip / 1024);
    const rawKB = round(bytes.length / 1024);
    return {
      results: { checkerGzipKB: kb, checkerKB: rawKB },
      rows: [['checkerGzipKB', `${kb} KB gzip (${rawKB} KB as one file: kiem-tra.html)`, '—', '']],
    };
  },
};
