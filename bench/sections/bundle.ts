/** Gzip size of the JavaScript the task pane loads before it is interactive, beside a bare React + Fluent page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from '../measure';
import { verdict, type BenchSection } from './types';

/** Gzip size of a page's <script> files (or the files given). */
export function initialGzip(dir: string, html: string | string[]): { kb: number; files: string[] } {
  const files = Array.isArray(html)
    ? html
    : // Our scripts: the guard (src=) and the bundles it loads (data-app), office.js aside.
      [...readFileSync(path.join(dir, html), 'utf8').matchAll(/<script[^>]*>/g)]
        .flatMap((m) => [
          /\ssrc=["']?([^"'\s>]+)/.exec(m[0])?.[1],
          ...(/\sdata-app=(?:"([^"]*)"|([^\s>]+))/.exec(m[0])?.slice(1).join(' ').split(/\s+/) ?? []),
        ])
        .filter((s): s is string => Boolean(s) && !/^https?:/.test(s!));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return { kb: round(bytes / 1024), files };
}

export const bundleSection: BenchSection = {
  name: 'bundle',
  async run({ root }) {
    const addin = initialGzip(path.join(root, 'dist-bench', 'addin'), 'taskpane.html');
    const reference = initialGzip(path.join(root, 'dist-bench', 'reference'), ['reference.js']);
    return {
      results: {
        bundleGzipKB: {
          taskpane: addin.kb,
          files: addin.files,
          reference: reference.kb,
          ratioToReference: round(addin.kb / reference.kb),
          target: 150,
        },
      },
      rows: [
        [
          'bundleGzipKB',
          `${addin.kb} KB (reference React + Fluent page: ${reference.kb} KB)`,
          '≤ 150',
          verdict(addin.kb, 150),
        ],
      ],
    };
  },
};
