import { validateSnapshot } from '../engine/validate';
import type { Finding } from '../report/schema';
import { defaultSettings } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { markerName, type WorkbookSnapshot } from '../sheet/workbook';
import { makeStamp } from '../stamp/stamp';
import { renderAnnex } from '../templates/fill';
import { parseA1 } from '../sheet/address';
import { parseExplanations, toStore, withExplanation, EXPLANATION_MAX } from './store';

/** PL-I with 8/9 written 88,88 (truncation: a warning) for Xã A, and a clean row for Xã B. */
function workbook(): WorkbookSnapshot {
  const settings = defaultSettings({ reportYear: 2024, unitName: 'Huyện X', units: ['Xã A', 'Xã B'] });
  const data = {
    '1': { hdnd_huyen_nu: 8, hdnd_huyen_tong: 9, hdnd_huyen_tl: 88.88 },
    '2': { hdnd_huyen_nu: 3, hdnd_huyen_tong: 30 },
  };
  const { plan } = renderAnnex('PL-I', settings, data as never);
  const sheet = { ...planToSnapshot(plan), visibility: 'visible' as const };
  return {
    sheets: [sheet],
    markers: [{ name: markerName('PL-I'), templateId: 'PL-I', sheetName: sheet.name }],
    settings,
  };
}

function firstWarning(snap: WorkbookSnapshot): Finding {
  const f = validateSnapshot(snap).findings.find((x) => x.severity === 'warning' && x.cell);
  if (!f) throw new Error('no warning');
  return f;
}

const AT = '2026-11-23T14:05:09+07:00';

describe('explanations of warnings', () => {
  it('an explained warning is shown with its text and counted apart', () => {
    const snap = workbook();
    const w = firstWarning(snap);
    const before = validateSnapshot(snap);
    expect(before.stats.explained).toBe(0);
    const items = withExplanation([], snap, w, '  Số liệu làm tròn theo   báo cáo của xã. ', AT);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      rule: w.rule,
      sheet: w.sheet,
      cell: w.cell,
      text: 'Số liệu làm tròn theo báo cáo của xã.',
    });
    const after = validateSnapshot({ ...snap, explanations: toStore(items) });
    const same = after.findings.find((f) => f.rule === w.rule && f.cell === w.cell)!;
    expect(same.explanation).toBe('Số liệu làm tròn theo báo cáo của xã.');
    expect(after.stats.explained).toBe(1);
    expect(after.stats.warnings).toBe(before.stats.warnings);
    // The stamp counts it too.
    expect(makeStamp(after, snap, { now: new Date(), by: 't' }).explained).toBe(1);
  });

  it('a changed value in the row drops the explanation; another row does not', () => {
    const snap = workbook();
    const w = firstWarning(snap);
    const store = toStore(withExplanation([], snap, w, 'Giải trình', AT));
    const at = parseA1(w.cell)!;
    // Another row changes: still explained.
    const other = structuredClone(snap);
    const row2 = other.sheets[0]!.cells[at.row + 1]!;
    const c = row2.findIndex((x) => x?.t === 'n' && x.v === 3 && !x.f);
    row2[c] = { t: 'n', v: 4 };
    expect(validateSnapshot({ ...other, explanations: store }).stats.explained).toBe(1);
    // A value of its own row changes: dropped (whatever the row's findings are now).
    const edited = structuredClone(snap);
    const row = edited.sheets[0]!.cells[at.row]!;
    const k = row.findIndex((x) => x?.t === 'n' && x.v === 9 && !x.f);
    row[k] = { t: 'n', v: 10 };
    const r = validateSnapshot({ ...edited, explanations: store });
    expect(r.findings.every((f) => !f.explanation)).toBe(true);
    expect(r.stats.explained).toBe(0);
    // Writing the store again prunes it.
    expect(withExplanation(parseExplanations(store), edited, { ...w, rule: 'x/y' }, '', AT)).toEqual([]);
    // Another cell of the same row gets a value: the warning itself stays, its explanation goes.
    const filled = structuredClone(snap);
    const frow = filled.sheets[0]!.cells[at.row]!;
    frow[frow.findIndex((x, i) => i > 1 && x === undefined)] = { t: 'n', v: 1 };
    const r2 = validateSnapshot({ ...filled, explanations: store });
    const again = r2.findings.find((f) => f.rule === w.rule && f.cell === w.cell);
    expect(again?.severity).toBe('warning');
    expect(again?.explanation).toBeUndefined();
  });

  it('an empty text removes the explanation; text is capped; errors are never explained', () => {
    const snap = workbook();
    const w = firstWarning(snap);
    const items = withExplanation([], snap, w, 'a', AT);
    expect(withExplanation(items, snap, w, '   ', AT)).toEqual([]);
    const long = withExplanation([], snap, w, 'x'.repeat(2000), AT);
    expect(long[0]!.text).toHaveLength(EXPLANATION_MAX);
    const errSnap = workbook();
    const store = toStore([
      {
        rule: 'arithmetic/part-exceeds-whole',
        sheet: errSnap.sheets[0]!.name,
        cell: 'C10',
        text: 't',
        fp: 'x',
        at: AT,
      },
    ]);
    const r = validateSnapshot({ ...errSnap, explanations: store });
    expect(r.findings.filter((f) => f.severity === 'error' && f.explanation)).toEqual([]);
  });

  it('a damaged store is ignored, never a crash', () => {
    const snap = workbook();
    for (const bad of [{ unreadable: true }, { v: 1, items: [{ rule: 1 }, null, 'x'] }, [], 'x', null]) {
      const r = validateSnapshot({ ...snap, explanations: bad });
      expect(r.stats.explained).toBe(0);
    }
    expect(
      parseExplanations({ v: 1, items: [{ rule: 'r', sheet: 's', cell: 'A1', text: 't', fp: 'f', at: AT }, 5] }),
    ).toHaveLength(1);
  });
});
