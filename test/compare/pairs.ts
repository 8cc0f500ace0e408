/**
 * Generated pairs of years for the comparison tests: one unit's report for year Y and Y+1 —
 * PL-I for `units` communes, PL-CB and CLQG — with plausible drift from one year to the next
 * (leaders ±1, HĐND delegates unchanged within a term, indicators moving a little) and, on
 * request, the anomalies the comparison must flag, each with where it was put.
 */
import type { WorkbookData } from '../../src/domain/templates/fill';

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Anomaly = 'count-jump' | 'share-jump' | 'term-changed' | 'indicator-declined';

export interface Pair {
  units: string[];
  last: WorkbookData;
  this: WorkbookData;
  /** Where each injected anomaly is: template, row key (or indicator id), column key. */
  injected: { kind: Anomaly; templateId: string; row: string; column: string }[];
}

const NAMES = [
  'An Lạc',
  'Bình Minh',
  'Cẩm Lý',
  'Đông Hà',
  'Eo Gió',
  'Phú Mỹ',
  'Gia Hội',
  'Hòa Bình',
  'Ích Hậu',
  'Kim Sơn',
];

export function makePair(seed: number, opts: { units?: number; anomalies?: readonly Anomaly[] } = {}): Pair {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const n = Math.min(opts.units ?? 4, NAMES.length);
  const units = NAMES.slice(0, n).map((x) => `Xã ${x}`);
  const lastI: Record<string, Record<string, number>> = {};
  const thisI: Record<string, Record<string, number>> = {};
  for (let i = 0; i < n; i++) {
    const row: Record<string, number> = {};
    for (const lv of ['huyen', 'xa']) {
      const hTong = int(20, 35);
      row[`hdnd_${lv}_tong`] = hTong;
      row[`hdnd_${lv}_nu`] = int(2, Math.floor(hTong / 3));
      const lTong = int(8, 14);
      row[`ld_${lv}_tong`] = lTong;
      row[`ld_${lv}_nu`] = int(3, Math.floor(lTong / 2));
    }
    lastI[String(i + 1)] = row;
    const next = { ...row };
    // Leaders change a little from one year to the next; delegates stay (same term).
    for (const lv of ['huyen', 'xa']) next[`ld_${lv}_nu`] = Math.max(1, row[`ld_${lv}_nu`]! + int(-1, 1));
    thisI[String(i + 1)] = next;
  }
  const cbRow = () => ({ so_nu: int(4, 8), tong_so: int(20, 30) });
  const lastCB: Record<string, Record<string, number | string>> = {
    hdnd_huyen: cbRow(),
    hdnd_xa: cbRow(),
    ubnd_ld_ct_xa: { so_nu: 1, tong_so: 3 },
  };
  const thisCB = Object.fromEntries(Object.entries(lastCB).map(([k, v]) => [k, { ...v }]));
  thisCB.ubnd_ld_ct_xa = { so_nu: 2, tong_so: 3 };
  // 1.1 (higher is better) and 2.2 (lower is better) improving a little.
  const lastQ: Record<string, Record<string, number>> = {
    '1.1': { ket_qua: int(30, 40) },
    '2.2': { ket_qua: int(30, 40) },
  };
  const thisQ: Record<string, Record<string, number>> = {
    '1.1': { ket_qua: lastQ['1.1']!.ket_qua! + int(1, 3) },
    '2.2': { ket_qua: lastQ['2.2']!.ket_qua! - int(1, 3) },
  };

  const injected: Pair['injected'] = [];
  for (const kind of opts.anomalies ?? []) {
    const u = String(int(1, n));
    switch (kind) {
      case 'count-jump': {
        // A leader count typed with an extra zero (and its total, so the share stays plausible).
        const row = thisI[u]!;
        row.ld_huyen_tong = lastI[u]!.ld_huyen_tong! * 10;
        row.ld_huyen_nu = lastI[u]!.ld_huyen_nu! * 10;
        injected.push({ kind, templateId: 'PL-I', row: u, column: 'ld_huyen_nu' });
        injected.push({ kind, templateId: 'PL-I', row: u, column: 'ld_huyen_tong' });
        break;
      }
      case 'share-jump': {
        // Every commune-level leader post held by a woman this year:
        const row = thisI[u]!;
        // (last year at most half: a move of 50 points or more.)
        row.ld_xa_nu = row.ld_xa_tong!;
        injected.push({ kind, templateId: 'PL-I', row: u, column: 'ld_xa_tl' });
        break;
      }
      case 'term-changed':
        thisCB.hdnd_xa = { ...thisCB.hdnd_xa!, so_nu: Number(lastCB.hdnd_xa!.so_nu) + 1 };
        injected.push({ kind, templateId: 'PL-CB', row: 'hdnd_xa', column: 'so_nu' });
        break;
      case 'indicator-declined':
        thisQ['2.2'] = { ket_qua: lastQ['2.2']!.ket_qua! + 5 };
        injected.push({ kind, templateId: 'CLQG', row: '2.2', column: 'ket_qua' });
        break;
    }
  }
  return {
    units,
    last: { 'PL-I': lastI, 'PL-CB': lastCB, CLQG: lastQ } as WorkbookData,
    this: { 'PL-I': thisI, 'PL-CB': thisCB, CLQG: thisQ } as WorkbookData,
    injected,
  };
}
