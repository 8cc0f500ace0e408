/**
 * Golden files: committed JSON holding the full report of a workbook, compared on every run.
 * `UPDATE_GOLDEN=1` rewrites them from what the engine reports now (see golden.test.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Report } from '../../src/domain/report/schema';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Everything a report says except how long it took; exactly as JSON would carry it. */
export function pinned(report: Report): unknown {
  const { ms: _ms, ...stats } = report.stats;
  return JSON.parse(JSON.stringify({ ...report, stats }));
}

/**
 * One golden file of named entries. `check(name, value)` compares an entry (or records it
 * when updating); `save()` after all checks writes the file when updating, entries in the
 * order given by `names` (entries of names no longer listed are dropped).
 */
export function goldenFile(file: string) {
  const full = path.join(__dirname, file);
  const stored: Record<string, unknown> = existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : {};
  const fresh = new Map<string, unknown>();
  return {
    check(name: string, value: unknown): void {
      if (UPDATE) {
        fresh.set(name, value);
        return;
      }
      if (!(name in stored))
        throw new Error(`No golden entry "${name}" in ${file}: run UPDATE_GOLDEN=1 npx jest test/golden`);
      expect(value).toEqual(stored[name]);
    },
    save(names: readonly string[]): void {
      if (!UPDATE) return;
      const out: Record<string, unknown> = {};
      for (const n of names) {
        if (fresh.has(n)) out[n] = fresh.get(n);
        else if (n in stored) out[n] = stored[n];
      }
      writeFileSync(full, serialize(out) + '\n');
    },
  };
}

/**
 * JSON with one line per array element of objects (a finding, an indicator result, an
 * annex): a changed finding is one changed line in `git diff`.
 */
export function serialize(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + JSON.stringify(v)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
