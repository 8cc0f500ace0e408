/**
 * The bad-input catalog: what officers really do to annex workbooks (paste from PDFs and old
 * Word reports, type numbers as text, rename sheets, insert rows …), one entry per case.
 *
 * Every case runs the whole engine (validateSnapshot) and asserts
 *   (a) it does not throw;
 *   (b) the report parses with reportSchema and is complete (stats = findings by severity,
 *       every annex listed with its own counts, every message a Vietnamese sentence);
 *   (c) the outcome: `findings` is exactly the set of errors and warnings of the whole report
 *       (message id, sheet, cell, severity) plus every finding at those cells — nothing
 *       spurious anywhere; `reads` is what the engine reads at a cell an input is accepted in.
 *
 * The baseline data of every case is clean (no finding at all), so the expected findings are
 * the whole story. A case whose message id no registered rule declares yet says so in its
 * name ("waiting for …"): the assertion stays, it is the spec of that rule.
 */

import type { Report } from '../../src/domain/report/schema';
import { CASES } from './cases';
import { expectCompleteReport, readingAt, ruleDeclares, validateSnapshot } from './support';

const key = (e: { id: string; sheet: string; cell: string; severity: string }) =>
  `${e.sheet}!${e.cell || '—'} ${e.id} (${e.severity})`;

describe('bad-input catalog', () => {
  it('has at least 40 distinct cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.description)).size).toBe(CASES.length);
    expect(new Set(CASES.map((c) => c.how)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    const waiting = [...new Set(c.findings.map((f) => f.id).filter((id) => !ruleDeclares(id)))];
    const notes = [...waiting.map((id) => `rule reporting ${id}`), ...(c.waitingFor ? [c.waitingFor] : [])];
    const title = `${c.family}: ${c.description}${notes.length ? ` — waiting for ${notes.join('; ')}` : ''}`;
    it(title, () => {
      const wb = c.build();
      // (a) never throws
      let report: Report | undefined;
      const started = performance.now();
      expect(() => {
        report = validateSnapshot(wb);
      }).not.toThrow();
      if (c.timed) console.log(`${c.how}: validated in ${Math.round(performance.now() - started)} ms`);
      const r = report!;
      // (b) complete report
      expectCompleteReport(r, c.annexes ?? wb.sheets.map((s) => s.name));
      // (c) the outcome: errors and warnings everywhere, and every finding at the expected cells
      const first = wb.sheets[0]?.name ?? '';
      const want = c.findings.map((f) => ({ id: f.id, sheet: f.sheet ?? first, cell: f.cell, severity: f.severity }));
      const cells = new Set(want.filter((w) => w.cell !== '').map((w) => `${w.sheet}!${w.cell}`));
      const got = r.findings
        .filter((f) => f.severity !== 'info' || cells.has(`${f.sheet}!${f.cell}`))
        .map((f) => ({ id: f.messageId, sheet: f.sheet, cell: f.cell, severity: f.severity }));
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      for (const rd of c.reads ?? []) expect(readingAt(wb, rd.cell, rd.sheet)).toMatchObject(rd.as);
      c.also?.(r, wb);
    });
  }
});
