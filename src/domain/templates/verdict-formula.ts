/**
 * The "Đánh giá" formulas a sheet carries, so a recipient without the add-in sees the same
 * verdicts the engine computes (engine/indicators.ts, indicators/targets.ts evaluate):
 *  - a number typed as text is read the Vietnamese way (NUMBERVALUE with "," decimal and "."
 *    thousands, whatever the PC's locale), with "%" and the indicator's unit stripped;
 *  - a number the engine would call malformed ("27,59,03"), a share above 100 % ("trên 100%",
 *    105), a negative value or an error value → "Không đánh giá được", as the engine does when
 *    such a finding is an error;
 *  - no value → "Chưa có số liệu"; a value but no target → "Chưa có chỉ tiêu";
 *  - CLQG shows both verdicts, one per line: local (ĐP) and national with the milestone year (QG 2025).
 * Only Excel 2010+ functions that LibreOffice also has (NUMBERVALUE is Excel 2013+).
 */
import { SHEET_VERDICT, STATUS_LABEL } from '../messages/indicators';
import type { Row } from './schema';

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const W = {
  dat: q(STATUS_LABEL.dat),
  chua: q(STATUS_LABEL['chua-dat']),
  none: q(STATUS_LABEL['chua-co-so-lieu']),
  noTarget: q(STATUS_LABEL['chua-co-chi-tieu']),
  cannot: q(STATUS_LABEL['khong-danh-gia-duoc']),
};

const CMP: Record<string, string> = { gte: '>=', gt: '>', lte: '<=', lt: '<', eq100: '>=' };

/**
 * The number a cell holds, as the engine reads it: a number (× 100 when formatted as %), or
 * text read the Vietnamese way once "%" and the unit are removed; "" when there is none.
 */
function numberOf(ref: string, unit: string | undefined, percentColumn: boolean): string {
  let text = `SUBSTITUTE(${ref},"%","")`;
  if (unit && unit !== '%') text = `SUBSTITUTE(${text},${q(unit)},"")`;
  const asNumber = percentColumn ? `${ref}*IF(LEFT(CELL("format",${ref}),1)="P",100,1)` : ref;
  return `IF(ISNUMBER(${ref}),${asNumber},IF(TRIM(${ref})="","",IFERROR(NUMBERVALUE(TRIM(${text}),",","."),"")))`;
}

/** Text that is only digits and separators but no number ("27,59,03"): malformed, an error for the engine. */
function malformed(ref: string): string {
  const digits = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"%",""),",",""),".","")," ","")`;
  return `AND(ISTEXT(${ref}),IFERROR(NUMBERVALUE(${ref},",",".")*0,1)=1,ISNUMBER(-${digits}))`;
}

/** "trên 100%", "hơn 100 %", "vượt 100%": a share written above 100 % (target/impossible-result). */
function overHundredText(ref: string): string {
  const words = ['trên 100', 'hơn 100', 'vượt 100', 'vượt quá 100', '>100'];
  return `OR(${words.map((w) => `ISNUMBER(SEARCH(${q(w)},${ref}))`).join(',')})`;
}

interface VerdictRow {
  /** Comparison against the target of this side. */
  op: string;
  /** Values no indicator of this row can take (negative; above 100 for a share). */
  percent: boolean;
  unit?: string;
}

/** One side's verdict of a numeric value cell against a target expression (a number or ""). */
function numericVerdict(v: string, target: string, row: VerdictRow): string {
  const x = numberOf(v, row.unit, true);
  const impossible = row.percent ? `OR(${x}<0,${x}>100)` : `${x}<0`;
  const textImpossible = row.percent ? `OR(${malformed(v)},${overHundredText(v)})` : malformed(v);
  return (
    `IF(ISNUMBER(${x}),IF(${impossible},${W.cannot},` +
    `IF(ISNUMBER(${target}),IF(${x}${row.op}${target},${W.dat},${W.chua}),${W.noTarget})),` +
    `IF(${textImpossible},${W.cannot},${W.none}))`
  );
}

/** Yes/no rows: "Có" (or TRUE, or a non-zero number) meets a target unless the target is 0 ("Không"). */
function boolVerdict(v: string, target: string): string {
  // An empty cell equals FALSE and 0 in a comparison: guard it first.
  const yes = `AND(NOT(ISBLANK(${v})),OR(${v}="Có",${v}=TRUE,AND(ISNUMBER(${v}),${v}<>0)))`;
  const no = `AND(NOT(ISBLANK(${v})),OR(${v}="Không",${v}=FALSE,AND(ISNUMBER(${v}),${v}=0)))`;
  return `IF(OR(${yes},${no}),IF(ISNUMBER(${target}),IF(OR(${yes},${target}=0),${W.dat},${W.chua}),${W.noTarget}),${W.none})`;
}

/**
 * CLQG: both verdicts in one cell, "ĐP: …" and "QG 2025: …" on two lines. `v` is the result
 * cell, `local` the local-target cell, `national` the national-target cell of the row's milestone.
 */
export function bothVerdictsFormula(row: Row, v: string, local: string, national: string): string {
  const unit = row.unitText;
  const percent = unit === '%';
  const year = row.nationalYear ?? '';
  // A local target may itself be typed as text ("20%"); a malformed one cannot be compared with.
  const lt = numberOf(local, unit, false);
  let localV: string;
  let nationalV: string;
  if (row.direction === 'bool') {
    localV = boolVerdict(v, lt);
    nationalV = boolVerdict(v, national);
  } else {
    localV = numericVerdict(v, lt, { op: CMP[row.localDirection ?? 'gte'] ?? '>=', percent, unit });
    nationalV = numericVerdict(v, national, { op: CMP[row.direction ?? 'gte'] ?? '>=', percent, unit });
  }
  const localPart = `IF(${malformed(local)},${W.cannot},${localV})`;
  return (
    `=IFERROR(${q(SHEET_VERDICT.local)}&${localPart}&CHAR(10)&${q(SHEET_VERDICT.national(year))}&${nationalV},` +
    `${q(SHEET_VERDICT.local)}&${W.cannot}&CHAR(10)&${q(SHEET_VERDICT.national(year))}&${W.cannot})`
  );
}

/**
 * The longest text a verdict cell can show, so its row is tall enough for any verdict the
 * officer's later values produce (a printed "Đánh giá" is never cut).
 */
export function widestVerdict(row: Row, both: boolean): string {
  const longest = Object.values(STATUS_LABEL).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!both) return longest;
  return `${SHEET_VERDICT.local}${longest}\n${SHEET_VERDICT.national(row.nationalYear ?? '')}${longest}`;
}

/** One verdict (PL-CB): the value against the first target that is a number. */
export function singleVerdictFormula(row: Row, v: string, targets: string[]): string {
  const [first, ...rest] = targets;
  let target = first!;
  for (const t of rest) target = `IF(ISNUMBER(${target}),${target},${t})`;
  if (row.direction === 'bool') return `=${boolVerdict(v, target)}`;
  const op = CMP[row.direction ?? 'gte'] ?? '>=';
  const rhs = row.direction === 'eq100' ? '100' : target;
  return `=IF(ISNUMBER(${v}),IF(ISNUMBER(${rhs}),IF(${v}${op}${rhs},${W.dat},${W.chua}),${W.noTarget}),${W.none})`;
}
