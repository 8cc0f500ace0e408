/**
 * The validation stamp ("dấu kiểm tra"): what a "Kiểm tra" records in the workbook so that the
 * receiving level can tell whether a unit's file was checked and whether its figures changed
 * since. It records the time, the rule-set and indicator-set versions, the counts (errors,
 * warnings, explained warnings) and a SHA-256 over the annexes' input values in canonical form
 * (./canonical.ts). A check that left errors still writes a stamp, with `clean: false`: the file
 * was sent with errors, and says so.
 *
 * It guards against honest mistakes (a figure edited after checking, a file checked with an old
 * version, the wrong file attached), not against forgery: anyone with this code can recompute a
 * stamp for edited figures. The seal over the stamp's own fields only catches a stamp edited by
 * hand in the hidden sheet.
 */
import { z } from '../zod';
import type { Report } from '../report/schema';
import type { WorkbookSnapshot } from '../sheet/workbook';
import { CANONICAL_FORM, inputDigest } from './canonical';
import { sha256Hex } from './sha256';
import type { StampCheck, StampStatus } from './check-schema';
import { checkRecordOf } from './storage';
import { indicatorsVersion, rulesVersion } from './versions';

const count = z.number().int().min(0);

export const stampSchema = z.object({
  v: z.literal(1),
  /** When the check ran, local time with its UTC offset: "2026-11-23T14:05:09+07:00". */
  checkedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/),
  rulesVersion: z.string().min(1),
  indicatorsVersion: z.string().min(1),
  errors: count,
  /** Every warning, explained or not. */
  warnings: count,
  /** Warnings the officer explained (giải trình); part of `warnings`. */
  explained: count,
  infos: count,
  /** No error left when it was checked. */
  clean: z.boolean(),
  /** The canonical form hashed (./canonical.ts). */
  form: z.string().min(1),
  /** "sha256:…" over the annexes' input values. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  annexes: count,
  cells: count,
  /** Where the check ran: "cli", "taskpane", "ribbon", "playground". */
  by: z.string().max(40),
  /** 16 hex digits of SHA-256 over the fields above: catches a stamp edited by hand. */
  seal: z.string().regex(/^[0-9a-f]{16}$/),
});
export type Stamp = z.infer<typeof stampSchema>;

export { STAMP_STATUSES, stampCheckSchema, type StampCheck, type StampStatus } from './check-schema';

const SEALED_FIELDS = [
  'v',
  'checkedAt',
  'rulesVersion',
  'indicatorsVersion',
  'errors',
  'warnings',
  'explained',
  'infos',
  'clean',
  'form',
  'hash',
  'annexes',
  'cells',
  'by',
] as const;

function sealOf(s: Omit<Stamp, 'seal'>): string {
  return sha256Hex(JSON.stringify(SEALED_FIELDS.map((k) => s[k]))).slice(0, 16);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as local time with its offset ("2026-11-23T14:05:09+07:00"): the wall clock the officer saw. */
export function localIso(date: Date): string {
  const off = -date.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The indicator set the workbook's settings name (the default when none). */
function indicatorSetOf(snapshot: WorkbookSnapshot): string | undefined {
  const raw = snapshot.settings as { indicatorSet?: unknown } | undefined;
  return typeof raw?.indicatorSet === 'string' ? raw.indicatorSet : undefined;
}

/** The counts of a report as a stamp records them. */
export function stampCounts(report: Report): Pick<Stamp, 'errors' | 'warnings' | 'explained' | 'infos'> {
  const explained =
    report.stats.explained ?? report.findings.filter((f) => f.severity === 'warning' && !!f.explanation).length;
  return { errors: report.stats.errors, warnings: report.stats.warnings, explained, infos: report.stats.infos };
}

/** The stamp for a check of `snapshot` that produced `report`. */
export function makeStamp(report: Report, snapshot: WorkbookSnapshot, opts: { now: Date; by: string }): Stamp {
  const digest = inputDigest(snapshot);
  const counts = stampCounts(report);
  const body: Omit<Stamp, 'seal'> = {
    v: 1,
    checkedAt: localIso(opts.now),
    rulesVersion: rulesVersion(),
    indicatorsVersion: indicatorsVersion(indicatorSetOf(snapshot)),
    ...counts,
    clean: counts.errors === 0,
    form: CANONICAL_FORM,
    hash: digest.hash,
    annexes: digest.annexes,
    cells: digest.cells,
    by: opts.by.slice(0, 40),
  };
  return { ...body, seal: sealOf(body) };
}

export type ParsedStamp = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'ok'; stamp: Stamp; sealed: boolean };

/** Reads a stored stamp: none, unreadable (not a stamp of ours), or the stamp and whether its seal holds. */
export function parseStamp(raw: unknown): ParsedStamp {
  if (raw === undefined || raw === null) return { kind: 'none' };
  const r = stampSchema.safeParse(raw);
  if (!r.success) return { kind: 'unreadable' };
  const { seal, ...body } = r.data;
  return { kind: 'ok', stamp: r.data, sealed: sealOf(body) === seal };
}

function described(stamp: Stamp, status: StampStatus, problem?: StampCheck['problem']): StampCheck {
  const out: StampCheck = {
    status,
    checkedAt: stamp.checkedAt,
    rulesVersion: stamp.rulesVersion,
    indicatorsVersion: stamp.indicatorsVersion,
    errors: stamp.errors,
    warnings: stamp.warnings,
    explained: stamp.explained,
  };
  if (problem) out.problem = problem;
  return out;
}

/** The check of a stamp just written: unchanged by definition. */
export function freshCheck(stamp: Stamp): StampCheck {
  return described(stamp, 'unchanged');
}

/**
 * Verifies the stamp stored in the workbook against the workbook's annexes as they are now.
 * No stamp → "none"; a stamp we cannot read or compare → "none" (problem "unreadable" / "form");
 * a seal that does not hold or a hash that differs → "modified"; otherwise "unchanged".
 */
export function checkStamp(snapshot: WorkbookSnapshot): StampCheck {
  const parsed = parseStamp(checkRecordOf(snapshot).stamp);
  if (parsed.kind === 'none') return { status: 'none' };
  if (parsed.kind === 'unreadable') return { status: 'none', problem: 'unreadable' };
  const { stamp, sealed } = parsed;
  if (!sealed) return described(stamp, 'modified', 'seal');
  // A stamp of another canonical form cannot be compared: not evidence of a check of these figures.
  if (stamp.form !== CANONICAL_FORM) return described(stamp, 'none', 'form');
  return described(stamp, inputDigest(snapshot).hash === stamp.hash ? 'unchanged' : 'modified');
}
