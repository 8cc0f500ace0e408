import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { importTables } from '../../src/domain/import/import';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { checkAnnexData } from '../../src/domain/templates/fill';
import { seedGrid } from './accuracy';
import { SEED_TABLES } from './seed-tables';

describe('imported seed tables become standard annexes', () => {
  it('writes data the templates accept, and validation finds the seeds’ own errors', async () => {
    const result = importTables(
      SEED_TABLES.map((t, i) => seedGrid(t, i + 1)),
      { inferSettings: true },
    );
    for (const [id, annex] of Object.entries(result.data))
      expect(checkAnnexData(id, result.settings, annex)).toEqual([]);
    const ids = Object.keys(result.data);
    const { workbook } = await buildAnnexWorkbook(ids, result.settings, result.data);
    const snap = await readWorkbookFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    const report = validateSnapshot(snap);
    const by = (rule: string) => report.findings.filter((f) => f.rule === rule || f.messageId === rule);
    console.log(report.stats, [...new Set(report.findings.map((f) => f.messageId))].join(' '));
    for (const f of report.findings.filter((f) => f.messageId.startsWith('structure')))
      console.log(f.sheet, f.cell, f.message);
    expect(report.findings.filter((f) => f.messageId.startsWith('structure/'))).toEqual([]);
    expect(by('document/duplicate-number').length).toBeGreaterThanOrEqual(2);
  });
});
