import { createHash } from 'crypto';
import fc from 'fast-check';
import { validateSnapshot } from '../engine/validate';
import { stampSentence } from '../messages/stamp';
import { defaultSettings } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { markerName, type RawCell, type WorkbookSnapshot } from '../sheet/workbook';
import { renderAnnex } from '../templates/fill';
import { canonicalCell, inputDigest, rowFingerprint } from './canonical';
import { sha256Hex, Sha256 } from './sha256';
import { checkStamp, localIso, makeStamp, parseStamp } from './stamp';
import { checkRecordFromSheet, splitChunks } from './storage';
import { rulesVersion } from './versions';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('FIPS 180-4 vector %j', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it('matches Node crypto on a million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(node('a'.repeat(1_000_000)));
  });

  it('matches Node crypto on any text (Vietnamese, emoji, lone surrogates) and any split into updates', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (parts) => {
        const h = new Sha256();
        for (const p of parts) h.update(p);
        expect(h.hex()).toBe(node(parts.join('')));
      }),
      { numRuns: 300 },
    );
    expect(sha256Hex('Nữ DTTS tham gia HĐND 🇻🇳')).toBe(node('Nữ DTTS tham gia HĐND 🇻🇳'));
  });

  it('matches Node crypto across block boundaries (55–65 bytes)', () => {
    for (let n = 50; n < 140; n++) expect(sha256Hex('x'.repeat(n))).toBe(node('x'.repeat(n)));
  });
});

function workbook(data: Record<string, Record<string, unknown>> = {}): WorkbookSnapshot {
  const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng', units: ['Xã A', 'Xã B'] });
  const { plan } = renderAnnex('PL-I', settings, data as never);
  const sheet = planToSnapshot(plan);
  return {
    sheets: [{ ...sheet, visibility: 'visible' }],
    markers: [{ name: markerName('PL-I'), templateId: 'PL-I', sheetName: sheet.name }],
    settings,
  };
}

const DATA = { '1': { hdnd_huyen_nu: 11, hdnd_huyen_tong: 29 }, '2': { hdnd_huyen_nu: 3, hdnd_huyen_tong: 30 } };

function clone(s: WorkbookSnapshot): WorkbookSnapshot {
  return structuredClone(s);
}

function findCell(s: WorkbookSnapshot, value: number): { r: number; c: number } {
  const sheet = s.sheets[0]!;
  for (let r = 0; r < sheet.cells.length; r++)
    for (let c = 0; c < (sheet.cells[r]?.length ?? 0); c++) {
      const cell = sheet.cells[r]![c];
      if (cell && cell.t === 'n' && !cell.f && cell.v === value) return { r, c };
    }
  throw new Error(`no cell ${value}`);
}

describe('canonical input digest', () => {
  it('ignores formatting: number formats, formulas recomputed, renamed sheet, float noise, spaces, NFD text', () => {
    const base = workbook(DATA);
    const a = inputDigest(base);
    const b = clone(base);
    const sheet = b.sheets[0]!;
    for (const row of sheet.cells)
      for (let c = 0; c < (row?.length ?? 0); c++) {
        const cell = row![c];
        if (!cell) continue;
        if (cell.t === 'n' && !cell.f) row![c] = { ...cell, nf: '#,##0.00', v: (cell.v * 10 + 0.1 * 3) / 10 - 0.03 };
        if (cell.f) row![c] = { t: 'n', v: 99.99, f: cell.f };
        if (cell.t === 's' && !cell.f) row![c] = { t: 's', v: `  ${cell.v.normalize('NFD')} ` };
      }
    b.markers[0]!.sheetName = 'Đổi tên';
    sheet.name = 'Đổi tên';
    sheet.merges = [];
    expect(inputDigest(b)).toEqual(a);
    expect(a.annexes).toBe(1);
    expect(a.cells).toBeGreaterThan(10);
  });

  it('a date and its serial number are the same value; different numbers are not', () => {
    expect(canonicalCell({ t: 'd', v: '2021-02-09' })).toEqual(canonicalCell({ t: 'n', v: 44236 }));
    expect(canonicalCell({ t: 'n', v: 0.1 + 0.2 })).toEqual(canonicalCell({ t: 'n', v: 0.3 }));
    expect(canonicalCell({ t: 'n', v: 11 })).not.toEqual(canonicalCell({ t: 'n', v: 12 }));
    expect(canonicalCell({ t: 's', v: '11' })).not.toEqual(canonicalCell({ t: 'n', v: 11 }));
    expect(canonicalCell({ t: 'n', v: 1, f: '=1' })).toBeUndefined();
    expect(canonicalCell({ t: 's', v: '   ' })).toBeUndefined();
  });

  it('changes when any input value changes, is typed as text, or is cleared', () => {
    const base = workbook(DATA);
    const h = inputDigest(base).hash;
    const at = findCell(base, 11);
    const edits: (RawCell | undefined)[] = [{ t: 'n', v: 12 }, { t: 's', v: '11' }, undefined, { t: 'n', v: 11.0001 }];
    for (const e of edits) {
      const s = clone(base);
      s.sheets[0]!.cells[at.r]![at.c] = e;
      expect(inputDigest(s).hash).not.toBe(h);
    }
  });

  it('covers only annexes: the settings sheet, report sheet and other sheets do not count', () => {
    const base = workbook(DATA);
    const s = clone(base);
    s.sheets.push({ name: 'Kết quả kiểm tra', cells: [[{ t: 's', v: 'x' }]] });
    s.sheets.push({ name: '_PhuLucCaiDat', visibility: 'veryHidden', cells: [[{ t: 's', v: '{}' }]] });
    expect(inputDigest(s).hash).toBe(inputDigest(base).hash);
  });

  it('row fingerprints follow the row only', () => {
    const base = workbook(DATA);
    const at = findCell(base, 11);
    const other = findCell(base, 3);
    const s = clone(base);
    s.sheets[0]!.cells[other.r]![other.c] = { t: 'n', v: 4 };
    expect(rowFingerprint(s.sheets[0], at.r)).toBe(rowFingerprint(base.sheets[0], at.r));
    expect(rowFingerprint(s.sheets[0], other.r)).not.toBe(rowFingerprint(base.sheets[0], other.r));
  });
});

describe('stamp', () => {
  const now = new Date(2026, 10, 23, 14, 5, 9);

  function stamped(data = DATA) {
    const snap = workbook(data);
    const report = validateSnapshot(snap);
    const stamp = makeStamp(report, snap, { now, by: 'test' });
    return { snap: { ...snap, stamp }, report, stamp };
  }

  it('records time, versions, counts, clean and the input hash; verifies as unchanged', () => {
    const { snap, report, stamp } = stamped();
    expect(stamp.checkedAt).toBe(localIso(now));
    expect(stamp.checkedAt).toMatch(/^2026-11-23T14:05:09[+-]\d{2}:\d{2}$/);
    expect(stamp.rulesVersion).toBe(rulesVersion());
    expect(stamp.indicatorsVersion).toMatch(/^clqg-2021-2030-[0-9a-f]{8}$/);
    expect(stamp.errors).toBe(report.stats.errors);
    expect(stamp.warnings).toBe(report.stats.warnings);
    expect(stamp.clean).toBe(report.stats.errors === 0);
    expect(stamp.hash).toBe(inputDigest(snap).hash);
    const check = checkStamp(snap);
    expect(check).toMatchObject({ status: 'unchanged', checkedAt: stamp.checkedAt, errors: stamp.errors });
    expect(check.problem).toBeUndefined();
    expect(stampSentence(check)).toMatch(/^Đã kiểm tra lúc 14:05 ngày 23\/11\/2026 — số liệu không đổi từ đó/);
  });

  it('a check with errors is stamped as sent with errors, never clean', () => {
    const { stamp, snap } = stamped({ '1': { hdnd_huyen_nu: 30, hdnd_huyen_tong: 20 } } as never);
    expect(stamp.errors).toBeGreaterThan(0);
    expect(stamp.clean).toBe(false);
    expect(stampSentence(checkStamp(snap))).toContain('gửi khi còn lỗi');
  });

  it('data edited after the stamp → modified', () => {
    const { snap } = stamped();
    const at = findCell(snap, 11);
    const s = clone(snap);
    s.sheets[0]!.cells[at.r]![at.c] = { t: 'n', v: 12 };
    const check = checkStamp(s);
    expect(check.status).toBe('modified');
    expect(stampSentence(check)).toMatch(/^Số liệu đã sửa sau lần kiểm tra lúc 14:05 ngày 23\/11\/2026/);
  });

  it('a stamp edited by hand (counts, time, hash) → modified with problem "seal"', () => {
    const { snap, stamp } = stamped();
    for (const edit of [{ errors: 0, clean: true, warnings: 0 }, { checkedAt: '2026-11-30T08:00:00+07:00' }]) {
      const check = checkStamp({ ...snap, stamp: { ...stamp, ...edit } });
      expect(check).toMatchObject({ status: 'modified', problem: 'seal' });
    }
    const other = inputDigest(workbook()).hash;
    expect(checkStamp({ ...snap, stamp: { ...stamp, hash: other } })).toMatchObject({ status: 'modified' });
  });

  it('no stamp → none; garbage → none (unreadable); another canonical form → none (form)', () => {
    const snap = workbook(DATA);
    expect(checkStamp(snap)).toEqual({ status: 'none' });
    expect(stampSentence(checkStamp(snap))).toBe('Chưa kiểm tra');
    for (const bad of [{ unreadable: true }, 'x', 42, { v: 2 }, []]) {
      expect(checkStamp({ ...snap, stamp: bad })).toEqual({ status: 'none', problem: 'unreadable' });
    }
    expect(parseStamp(undefined)).toEqual({ kind: 'none' });
  });

  it('is read back from the settings sheet cells when an adapter hands only the sheet over', () => {
    const { snap, stamp } = stamped();
    const { stamp: _s, ...bare } = snap;
    void _s;
    const withSheet: WorkbookSnapshot = {
      ...bare,
      sheets: [
        ...bare.sheets,
        {
          name: '_PhuLucCaiDat',
          visibility: 'hidden',
          cells: [[{ t: 's', v: '{}' }, undefined, { t: 's', v: JSON.stringify(stamp) }]],
        },
      ],
    };
    expect(checkStamp(withSheet).status).toBe('unchanged');
  });

  it('explanations split over cells and joined back', () => {
    const json = JSON.stringify({ v: 1, items: [{ text: 'x'.repeat(70_000) }] });
    const chunks = splitChunks(json);
    expect(chunks).toHaveLength(20);
    const cells = chunks.map((c) => [undefined, undefined, undefined, c ? ({ t: 's', v: c } as RawCell) : undefined]);
    expect(checkRecordFromSheet({ name: 's', cells }).explanations).toEqual(JSON.parse(json));
    expect(() => splitChunks('x'.repeat(20 * 32_000 + 1))).toThrow(RangeError);
  });
});
