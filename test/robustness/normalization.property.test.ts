/**
 * Rule family 9 as a property (fast-check, 500 runs): a workbook whose text arrived decomposed
 * (NFD, as PDFs and old TCVN3/VNI conversions deliver it), with zero-width, non-breaking or
 * plain spaces around every text, gives the same errors and warnings — same message ids, cells
 * and severities — and the same indicator results as the same workbook typed cleanly in NFC.
 * Only "text/normalized" infos may be added.
 */
import fc from 'fast-check';
import type { Report } from '../../src/domain/report/schema';
import type { WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import { annexSheet, workbookOf } from '../support/fixtures';
import { officerData } from './arbitraries';
import { SETTINGS, validateSnapshot } from './support';

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .constantFrom(...TEMPLATES.map((t) => t.id))
  .chain((templateId) =>
    officerData(templateId, SETTINGS).map((data) =>
      workbookOf([{ templateId, sheet: annexSheet(templateId, data, SETTINGS) }], SETTINGS),
    ),
  );

const PADS = ['', ' ', '  ', '\u00A0', '\u200B', '\uFEFF', '\u2009', '\u00A0\u00A0\u00A0', '\t\u200B \u00A0', '    '];

/** The same workbook as pasted: NFD text, with the pads around every text cell (chosen by position). */
function pasted(wb: WorkbookSnapshot, seed: number): WorkbookSnapshot {
  const copy = structuredClone(wb);
  let i = seed;
  for (const sheet of copy.sheets) {
    for (const row of sheet.cells) {
      for (const c of row ?? []) {
        if (c?.t !== 's') continue;
        const before = PADS[i++ % PADS.length]!;
        const after = PADS[(i * 7) % PADS.length]!;
        c.v = `${before}${c.v.normalize('NFD')}${after}`;
      }
    }
  }
  return copy;
}

const outcome = (r: Report) => ({
  findings: r.findings
    .filter((f) => f.messageId !== 'text/normalized')
    .map((f) => `${f.sheet}!${f.cell} ${f.messageId} (${f.severity})`)
    .sort(),
  indicators: r.indicators.map((i) => ({ id: i.id, value: i.value, local: i.localStatus, national: i.nationalStatus })),
});

describe('pasted text is the same text', () => {
  it('an NFD, space-padded copy of any workbook gives the same errors, warnings and indicator results', () => {
    fc.assert(
      fc.property(workbook, fc.nat(1000), (wb, seed) => {
        expect(outcome(validateSnapshot(pasted(wb, seed)))).toEqual(outcome(validateSnapshot(wb)));
      }),
      { numRuns: 500 },
    );
  }, 300_000);
});
