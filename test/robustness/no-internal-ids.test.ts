/**
 * No internal id in anything the officer reads (issue 11: "… của bảng main"): every finding
 * message of the bad-input catalog, of hand-made layouts, and every line `phuluc import`
 * prints about the seed tables is scanned for the catalog's internal names — table keys
 * ("main", "kp_1898"), column and row keys ("hdnd_huyen_nu"), rule and message ids
 * ("structure/header-row-missing") — and for leaked placeholders ("undefined", "NaN").
 */
import { readDocx } from '../../src/adapters/docx/read';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { describeTable, noteLines, unplacedLines } from '../../src/domain/import/describe';
import { importTables } from '../../src/domain/import/import';
import { MESSAGES } from '../../src/domain/messages';
import { RULES } from '../../src/domain/rules/registry';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import { buildLayout } from '../../src/domain/templates/template';
import { seedDocx } from '../import/docx';
import { seedXlsx } from '../import/fixtures';
import { PL_I, SEED_TABLES } from '../import/seed-tables';
import { CASES } from './cases';
import { SETTINGS } from './support';

function internalIds(): Set<string> {
  const ids = new Set<string>();
  for (const def of TEMPLATES) {
    const layout = buildLayout(def, defaultSettings(SETTINGS));
    for (const t of layout.tables) {
      ids.add(t.key);
      for (const c of t.columns) if (c.key.includes('_')) ids.add(c.key);
      for (const r of t.rows) if (/[a-z]_|_[a-z]/.test(r.key)) ids.add(r.key);
    }
  }
  for (const r of RULES) {
    ids.add(r.id);
    for (const m of r.messages) ids.add(m);
  }
  for (const m of Object.keys(MESSAGES)) ids.add(m);
  for (const w of ['undefined', 'NaN', '[object Object]', 'null']) ids.add(w);
  return ids;
}

const IDS = [...internalIds()];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_/-])(${IDS.map(escape).join('|')})(?![\\p{L}\\p{N}_/-])`, 'u');

function leaks(texts: readonly string[]): string[] {
  return texts.filter((t) => PATTERN.test(t)).map((t) => `${PATTERN.exec(t)![1]} in: ${t}`);
}

describe('no internal ids in what the officer reads', () => {
  it('knows the ids it looks for (the scan can fail)', () => {
    expect(IDS).toEqual(expect.arrayContaining(['main', 'kp_1898', 'hdnd_huyen_nu', 'structure/header-row-missing']));
    expect(leaks(['Không tìm thấy dòng … của bảng main.'])).toHaveLength(1);
    expect(leaks(['Tổng số (hdnd_huyen_tong)'])).toHaveLength(1);
    expect(leaks(['Phụ lục I: bảng chính, cột "Tổng số"'])).toEqual([]);
  });

  it('every finding of the bad-input catalog', () => {
    const texts: string[] = [];
    // The scale cases repeat the same findings many thousand times: left out (time).
    for (const c of CASES.filter((x) => x.family !== 'scale')) {
      const r = validateSnapshot(c.build());
      for (const f of r.findings) texts.push(f.message, ...(f.explanation ? [JSON.stringify(f.explanation)] : []));
      for (const i of r.indicators) texts.push(i.name);
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(leaks(texts)).toEqual([]);
  });

  it('hand-made layouts and the import of every seed table (.xlsx and .docx)', async () => {
    const texts: string[] = [];
    for (const numberRow of [false, true]) {
      const wb = await readWorkbookFile((await seedXlsx(SEED_TABLES, { numberRow })).buffer);
      for (const f of validateSnapshot(wb).findings) texts.push(f.message);
      const one = await readWorkbookFile((await seedXlsx([PL_I], { numberRow })).buffer);
      for (const f of validateSnapshot(one).findings) texts.push(f.message);
    }
    const result = importTables(readDocx(seedDocx(SEED_TABLES, { noisy: true })).grids, { inferSettings: true });
    for (const t of result.tables) texts.push(...describeTable(result, t));
    texts.push(...unplacedLines(result), ...noteLines(result));
    expect(texts.length).toBeGreaterThan(50);
    expect(leaks(texts)).toEqual([]);
  });
});
