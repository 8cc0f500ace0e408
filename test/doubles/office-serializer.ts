/**
 * Microsoft's real Office.js request serializer, run in jsdom, in front of the fake Excel.
 *
 * `excel-web-16.00.debug.js` (shipped in @microsoft/office-js: the Excel on the web build of
 * Office.js, OfficeExtension runtime included) is evaluated in a jsdom window once. Each run
 * makes a real `Excel.RequestContext` whose request executor is replaced by a recorder: every
 * `context.sync()` hands it the request body Office.js built (object paths + actions, exactly
 * what Excel on the web receives as JSON). The recorder
 *
 * - measures the body as UTF-8 bytes of its JSON (`requestBytes`) and refuses it above the
 *   5 MB limit of Excel on the web (`RequestPayloadSizeLimitExceeded`), as Excel would;
 * - replays the actions on the fake Excel (object paths → fake proxies: properties, methods,
 *   indexers; Instantiate, Query, Method and SetProperty actions), syncs the fake once, and
 *   answers in Office.js's response format (`Results: [{ ActionId, Value }]`, property keys as
 *   Excel sends them, null for null objects) so the port's code after `sync()` runs on real
 *   Office.js proxies; a fake error becomes the response's error code;
 * - measures that response the same way (`responseBytes`, refused above 5 MB).
 *
 * Tests only (jsdom, the 3 MB script): never part of what ships.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { FakeContext, FakeOfficeError, type FakeExcel } from './fake-excel';

export const OFFICE_JS_FILE = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
/** Excel on the web's limit for one request and one response ("5 MB"). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface OfficeGlobals {
  Excel: typeof Excel;
}

let loaded: OfficeGlobals | undefined;

/** Evaluates Office.js (Excel on the web) once per process in a jsdom window. */
export function loadOfficeJs(): OfficeGlobals {
  if (loaded) return loaded;
  const src = readFileSync(OFFICE_JS_FILE, 'utf8');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  const win = dom.window as unknown as { eval(code: string): unknown; Excel?: typeof Excel };
  win.eval(src);
  if (!win.Excel?.RequestContext) throw new Error('Office.js did not define Excel.RequestContext');
  loaded = { Excel: win.Excel };
  return loaded;
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  objectPaths: number;
  /** The error code this sync answered with, if it failed. */
  error?: string;
  /** The fake's own estimate of the request, for calibration. */
  fakeRequestBytes: number;
  /** The fake's own estimate of the response, for calibration. */
  fakeResponseBytes: number;
  /** Excel.run's closing request (releases references; the port did not ask for it). */
  cleanup?: boolean;
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

type AnyObj = Record<string, unknown> & { isNullObject?: boolean };

const lc = (name: string): string => (name ? name[0]!.toLowerCase() + name.slice(1) : name);
const uc = (name: string): string => (name ? name[0]!.toUpperCase() + name.slice(1) : name);

/** What Office.js's executor contract returns. */
interface ExecutorResponse {
  Body?: { Results?: { ActionId: number; Value: unknown }[] };
  Headers: Record<string, string>;
  ErrorCode?: string;
  ErrorMessage?: string;
  HttpStatusCode?: number;
}

/**
 * An ExcelRun over the real Office.js serializer and the fake Excel.
 * `bridge.syncs` records every sync; `fake.syncCount` counts them too.
 */
export class SerializerBridge {
  readonly syncs: SyncRecord[] = [];
  /** Request/response limits (Excel on the web: 5 MB each). */
  requestLimit = WEB_PAYLOAD_LIMIT;
  responseLimit = WEB_PAYLOAD_LIMIT;
  /** Called before each sync is replayed (failure injection: may throw a FakeOfficeError). */
  beforeSync?: (index: number) => void;

  constructor(readonly fake: FakeExcel) {
    // The bridge measures the real request; the fake's own estimate must not refuse first.
    fake.maxRequestBytes = Number.POSITIVE_INFINITY;
    fake.maxResponseBytes = Number.POSITIVE_INFINITY;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  /** The port's own syncs (Excel.run's closing requests left out). */
  get portSyncs(): SyncRecord[] {
    return this.syncs.filter((s) => !s.cleanup);
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  get failedSyncs(): number {
    return this.syncs.filter((s) => s.error).length;
  }

  reset(): void {
    this.syncs.length = 0;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const { Excel: X } = loadOfficeJs();
    this.fake.runCount++;
    // Excel.run's own machinery (object tracking across syncs, cleanup) with our executor:
    // every context Excel.run makes finds it on the prototype.
    const proto = X.RequestContext.prototype as unknown as { _requestExecutor?: unknown };
    proto._requestExecutor = {
      executeAsync: (_customData: unknown, _flags: number, message: { Body: RequestBody }) =>
        Promise.resolve(this.execute(message.Body)),
    };
    this.references.clear();
    this.fctx = new FakeContext(this.fake);
    return X.run(batch);
  };

  /** Objects Excel handed a reference id for (valid across the syncs of one run). */
  private readonly references = new Map<string, AnyObj>();
  /** The fake context of the current run: fake proxies queue into it across syncs. */
  private fctx?: FakeContext;
  private nextReference = 1;

  private execute(body: RequestBody): ExecutorResponse {
    const text = JSON.stringify(body);
    const record: SyncRecord = {
      requestBytes: utf8Bytes(text),
      responseBytes: 0,
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths).length,
      fakeRequestBytes: 0,
      fakeResponseBytes: 0,
    };
    // Excel.run's closing request only releases references (no fake sync: not a round trip the
    // port asked for, but recorded).
    const bookkeeping = (a: ActionInfo) =>
      (a.ActionType === 3 && a.Name.startsWith('_')) || (a.ActionType === 1 && a.ObjectPathId === 1);
    if (body.Actions.some((a) => a.ActionType === 3) && body.Actions.every(bookkeeping)) {
      record.cleanup = true;
      this.syncs.push(record);
      return { Body: { Results: [] }, Headers: {} };
    }
    this.syncs.push(record);
    const fail = (code: string, message: string): ExecutorResponse => {
      record.error = code;
      this.fake.syncCount++;
      return { Headers: {}, ErrorCode: code, ErrorMessage: message, HttpStatusCode: 400 };
    };
    if (record.requestBytes > this.requestLimit)
      return fail('RequestPayloadSizeLimitExceeded', `Request of ${record.requestBytes} bytes`);

    const fctx = (this.fctx ??= new FakeContext(this.fake));
    fctx.ops = [];
    const objects = new Map<number, AnyObj>();
    const pending: { action: ActionInfo; out: () => unknown }[] = [];
    try {
      this.beforeSync?.(this.syncs.length - 1);
      const args = (info: ActionInfo['ArgumentInfo']): unknown[] =>
        (info?.Arguments ?? []).map((a, i) => {
          const ref = info?.ReferencedObjectPathIds?.[i];
          return ref ? resolve(ref) : a;
        });
      const resolve = (id: number): AnyObj => {
        const known = objects.get(id);
        if (known) return known;
        const p = body.ObjectPaths[String(id)];
        if (!p) throw new FakeOfficeError('InvalidObjectPath', `No object path ${id}`);
        let obj: AnyObj;
        if (p.ObjectPathType === 1) obj = fctx.workbook as unknown as AnyObj;
        else if (p.ObjectPathType === 6) {
          obj = this.references.get(p.Name) as AnyObj;
          if (!obj) throw new FakeOfficeError('InvalidObjectPath', `Unknown reference ${p.Name}`);
        } else {
          const parent = resolve(p.ParentObjectPathId!);
          if (p.ObjectPathType === 4) obj = parent[lc(p.Name)] as AnyObj;
          else if (p.ObjectPathType === 3) obj = call(parent, p.Name, args(p.ArgumentInfo)) as AnyObj;
          else if (p.ObjectPathType === 5) obj = call(parent, 'GetItem', args(p.ArgumentInfo)) as AnyObj;
          else throw new FakeOfficeError('InvalidObjectPath', `Object path type ${p.ObjectPathType}`);
        }
        if (obj === undefined || obj === null)
          throw new FakeOfficeError('InvalidObjectPath', `The fake has no ${p.Name} (path ${id})`);
        objects.set(id, obj);
        return obj;
      };
      for (const action of body.Actions) {
        switch (action.ActionType) {
          case 1: {
            const obj = resolve(action.ObjectPathId);
            const path = body.ObjectPaths[String(action.ObjectPathId)];
            // Excel answers an instantiated object with a reference id the client uses from
            // then on (ObjectPathType 6), except for the root and plain property paths.
            const ref =
              path && (path.ObjectPathType === 3 || path.ObjectPathType === 5) ? `R${this.nextReference++}` : undefined;
            if (ref) this.references.set(ref, obj);
            pending.push({ action, out: () => (isNull(obj) ? null : ref ? { _ReferenceId: ref } : {}) });
            break;
          }
          case 2: {
            const obj = resolve(action.ObjectPathId);
            const select = action.QueryInfo?.Select;
            (obj.load as (s?: string[]) => void).call(obj, select);
            pending.push({ action, out: () => queryValue(obj, select) });
            break;
          }
          case 3: {
            // Office.js's own bookkeeping (_KeepReference, _RemoveReference…): nothing to replay.
            if (action.Name.startsWith('_')) break;
            const obj = resolve(action.ObjectPathId);
            const result = call(obj, action.Name, args(action.ArgumentInfo));
            pending.push({
              action,
              out: () =>
                result && typeof result === 'object' && 'value' in result
                  ? (result as { value: unknown }).value
                  : (result ?? null),
            });
            break;
          }
          case 4: {
            const obj = resolve(action.ObjectPathId);
            obj[lc(action.Name)] = args(action.ArgumentInfo)[0];
            break;
          }
          default:
            break; // trace and other bookkeeping actions change nothing
        }
      }
    } catch (e) {
      // A call refused while queuing (ApiNotFound, a bad argument): Excel refuses the batch.
      fctx.ops = [];
      if (e instanceof FakeOfficeError) return fail(e.code, e.message);
      throw e;
    }
    record.fakeRequestBytes = fctx.ops.reduce((n, o) => n + o.bytes, 0);
    return this.finish(fctx, pending, record, fail);
  }

  private finish(
    fctx: FakeContext,
    pending: { action: ActionInfo; out: () => unknown }[],
    record: SyncRecord,
    fail: (code: string, message: string) => ExecutorResponse,
  ): ExecutorResponse {
    // FakeContext.sync is async only for the microtask; run the queue synchronously here.
    const ops = fctx.ops;
    fctx.ops = [];
    this.fake.syncCount++;
    fctx.responseBytes = 0;
    try {
      for (const op of ops) op.run();
      record.fakeResponseBytes = fctx.responseBytes;
      const results = pending.map(({ action, out }) => ({ ActionId: action.Id, Value: out() }));
      const responseText = JSON.stringify({ Results: results });
      record.responseBytes = utf8Bytes(responseText);
      if (record.responseBytes > this.responseLimit) {
        this.fake.syncCount--; // fail() counts it
        return fail('ResponsePayloadSizeLimitExceeded', `Response of ${record.responseBytes} bytes`);
      }
      this.fake.peakResponseBytes = Math.max(this.fake.peakResponseBytes, record.responseBytes);
      this.fake.peakRequestBytes = Math.max(this.fake.peakRequestBytes, record.requestBytes);
      return { Body: JSON.parse(responseText) as ExecutorResponse['Body'], Headers: {} };
    } catch (e) {
      if (e instanceof FakeOfficeError) {
        this.fake.syncCount--;
        return fail(e.code, e.message);
      }
      throw e;
    }
  }
}

function isNull(obj: AnyObj): boolean {
  try {
    return obj.isNullObject === true;
  } catch {
    return false;
  }
}

function call(obj: AnyObj, name: string, args: unknown[]): unknown {
  const fn = obj[lc(name)];
  if (typeof fn !== 'function') throw new FakeOfficeError('ApiNotFound', `The fake has no method ${name}`);
  return (fn as (...a: unknown[]) => unknown).apply(obj, args);
}

/** A loaded object as Excel sends it: PascalCase keys; collections as { _Items: [...] }. */
function queryValue(obj: AnyObj, select: string[] | undefined): unknown {
  if (isNull(obj)) return null;
  if ('items' in obj && !('values' in obj)) {
    const items = obj.items as AnyObj[];
    return { _Items: items.map((item) => pick(item, select ?? [])) };
  }
  return pick(obj, select ?? []);
}

function pick(obj: AnyObj, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const p of select) {
    const path = p.replace(/^items\//, '');
    const slash = path.indexOf('/');
    if (slash < 0) out[uc(path)] = obj[path];
    else {
      const head = path.slice(0, slash);
      const list = nested.get(head) ?? [];
      list.push(path.slice(slash + 1));
      nested.set(head, list);
    }
  }
  for (const [head, rest] of nested) {
    const child = obj[head] as AnyObj;
    // A collection navigation property (RangeAreas.areas): its items, each with `rest`.
    out[uc(head)] =
      child && 'items' in child && !('values' in child)
        ? { _Items: (child.items as AnyObj[]).map((item) => pick(item, rest)) }
        : pick(child, rest);
  }
  return out;
}
