/**
 * How many bytes Office.js sends for what the port queues — a model calibrated against
 * Microsoft's own request serializer (excel-web-16.00.debug.js from @microsoft/office-js, run in
 * jsdom by test/doubles/office-serializer.ts; test/office/serializer.test.ts checks the model
 * against it). Excel on the web refuses a request or a response over 5 MB, and Office does not
 * roll a refused batch back; the port therefore sizes its batches before sending: it ends a
 * batch (context.sync) before the model says REQUEST_BUDGET would be passed.
 *
 * Measured (Office.js 1.1.110): one range operation — `getRange(address)` or
 * `getRanges(addresses)` then one property write or method on it (`format.fill.color = …`,
 * `format.fill.clear()`, `getCellProperties(…)`, a load) — costs 540–730 bytes besides its
 * arguments: object paths for the range, its format and fill, their Instantiate actions with
 * the ids they chain ("L"), and the action itself. Ids grow with the batch, so the model uses the
 * upper end. Arguments are JSON, counted in UTF-8 bytes.
 */

/** Bytes of one range operation without its arguments (upper end of the measured 540–730). */
export const RANGE_OP_BYTES = 760;
/** A batch is closed before its estimate passes this (the target is ≤ 4,000,000; the limit 5 MB). */
export const REQUEST_BUDGET = 3_000_000;
/** A response is planned to stay under this (Excel on the web: 5 MB). */
export const RESPONSE_BUDGET = 3_000_000;
/** Longest address list given to one getRanges call (Excel accepts longer; kept short). */
export const AREAS_ADDRESS_MAX = 2_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON (what Office.js puts on the wire). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}

/** Estimated request bytes of one range operation on `address` with argument `arg`. */
export function rangeOpBytes(address: string, arg?: unknown): number {
  return RANGE_OP_BYTES + jsonBytes(address) + (arg === undefined ? 0 : jsonBytes(arg));
}

/** Counts estimated bytes and says when the batch must be sent before adding more. */
export class RequestMeter {
  bytes = 0;
  constructor(readonly budget = REQUEST_BUDGET) {}
  /** True when `bytes` more would pass the budget (never for an empty batch). */
  wouldOverflow(bytes: number): boolean {
    return this.bytes > 0 && this.bytes + bytes > this.budget;
  }
  add(bytes: number): void {
    this.bytes += bytes;
  }
  reset(): void {
    this.bytes = 0;
  }
}

/** Joins addresses into getRanges lists of at most `max` characters. */
export function addressLists(addresses: readonly string[], max = AREAS_ADDRESS_MAX): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + 2 + a.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}, ${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
