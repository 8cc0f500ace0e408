/**
 * The performance benchmark (npm run bench). Every figure is measured in this run on this
 * machine; nothing is a time limit. Runs each section of sections/index.ts (or only those
 * named: `npm run bench -- --only=engine,cli`), prints a table and writes bench-results.json.
 * An earlier bench-results.json keeps the keys of sections not run this time.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { SECTIONS } from './sections';
import type { BenchRow } from './sections/types';

const root = path.resolve(__dirname, '..', '..');

async function main() {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const sections = only ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS;
  if (only && sections.length !== only.length) {
    throw new Error(`bench: unknown section in --only (known: ${SECTIONS.map((s) => s.name).join(', ')})`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-bench-'));
  const started = new Date();
  const out = path.join(root, 'bench-results.json');
  const previous = only && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = {
    ...previous,
    date: started.toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  };
  const rows: BenchRow[] = [];
  for (const s of sections) {
    process.stdout.write(`… ${s.name}\n`);
    const r = await s.run({ root, dir });
    Object.assign(results, r.results);
    rows.push(...r.rows);
  }
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nPhụ lục BĐG benchmark — ${results.date} — ${results.machine}\n`);
  const w = [44, 70, 8];
  for (const r of rows) console.log(`${r[0].padEnd(w[0])} ${r[1].padEnd(w[1])} ${r[2].padEnd(w[2])} ${r[3]}`);
  console.log('\nbench-results.json written.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
