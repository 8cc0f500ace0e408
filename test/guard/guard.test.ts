/**
 * The old-webview guard (src/guard/guard.js as scripts/guard.cjs builds it into dist/guard.js):
 * it parses as ECMAScript 5, and in jsdom, on the real page templates as the build rewrites
 * them, an IE11 or Edge Legacy user agent (or a webview missing the features the bundles'
 * syntax came with) gets the Vietnamese explanation and the bundle is never requested, while a
 * modern one loads the bundle after office.js. The ribbon's function answers in an old webview.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { JSDOM, ResourceLoader, VirtualConsole, type DOMWindow, type FetchOptions } from 'jsdom';
import { GUARD_MSG } from '../../src/domain/messages/guard';

interface GuardBuild {
  buildGuard(root: string): string;
  minifyGuard(js: string): Promise<string>;
  assertEs5(js: string, name: string): void;
  guardPageHtml(html: string, files: string[], name?: string): string;
  checkGuardedPage(html: string): string;
  guardMessages(root: string): typeof GUARD_MSG;
  GUARDED_PAGES: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const guard: GuardBuild = require('../../scripts/guard.cjs');

const root = path.resolve(__dirname, '..', '..');
const ORIGIN = 'https://localhost:3000';
const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeLegacy:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
};
const TEMPLATES: Record<string, string> = {
  taskpane: 'src/taskpane/taskpane.html',
  commands: 'src/commands/commands.html',
  notice: 'src/commands/notice.html',
};

const built = guard.buildGuard(root);
/** The guard the page loads: the source build, or the minified one `npm run build` emits. */
let served = built;
const opened: DOMWindow[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.close();
});

/** office.js stand-in: records what the page asks of Office. */
const OFFICE_STUB = `
  window.officeLog = [];
  window.Office = {
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    onReady: function () { window.officeLog.push('onReady'); return { then: function () {} }; },
    actions: { associate: function (id, fn) {
      window.officeLog.push('associate:' + id);
      window.associated = window.associated || {};
      window.associated[id] = fn;
    } },
    addin: { showAsTaskpane: function () {
      window.officeLog.push('showAsTaskpane');
      return { then: function (ok) { setTimeout(ok, 5); } };
    } },
    context: { ui: {
      displayDialogAsync: function (url, options, cb) {
        window.officeLog.push('dialog:' + url);
        window.dialogHandlers = {};
        var dialog = {
          addEventHandler: function (type, fn) { window.dialogHandlers[type] = fn; },
          close: function () { window.officeLog.push('dialog closed'); },
        };
        setTimeout(function () { cb({ status: 'succeeded', value: dialog }); }, 5);
      },
      messageParent: function (m) { window.officeLog.push('messageParent:' + m); },
    } },
  };`;

class Loader extends ResourceLoader {
  requested: string[] = [];
  constructor(
    userAgent: string,
    private files: Record<string, string>,
  ) {
    super({ userAgent });
  }
  override fetch(url: string, options: FetchOptions) {
    void options;
    this.requested.push(url);
    const name = url.startsWith(`${ORIGIN}/`) ? url.slice(ORIGIN.length + 1) : url;
    const body = this.files[name];
    if (body === undefined) return Promise.reject(new Error(`404 ${url}`)) as never;
    return Promise.resolve(Buffer.from(body, 'utf8')) as never;
  }
}

interface Opened {
  window: DOMWindow;
  loader: Loader;
  errors: string[];
}

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Opens a page as the build writes it (its bundle in the guard's data-app), like Excel would. */
async function open(
  page: keyof typeof TEMPLATES,
  userAgent: string,
  opts: { bundle?: string; beforeParse?: (w: DOMWindow) => void } = {},
): Promise<Opened> {
  const template = fs.readFileSync(path.join(root, TEMPLATES[page]!), 'utf8');
  const html = guard.guardPageHtml(template, [`${page}.js`], page);
  const loader = new Loader(userAgent, {
    'guard.js': served,
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js': OFFICE_STUB,
    [`${page}.js`]:
      opts.bundle ?? 'window.appRan = { officeReady: typeof window.Office === "object", at: document.readyState };',
  });
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(String(e.message)));
  const dom = new JSDOM(html, {
    url: `${ORIGIN}/${page}.html`,
    runScripts: 'dangerously',
    resources: loader,
    virtualConsole,
    pretendToBeVisual: true,
    beforeParse: opts.beforeParse,
  });
  const w = dom.window;
  opened.push(w);
  await until(() => w.document.readyState === 'complete', 'the page to load');
  return { window: w, loader, errors };
}

const requestedBundle = (o: Opened, page: string) => o.loader.requested.some((u) => u.endsWith(`/${page}.js`));

describe('the guard is ECMAScript 5', () => {
  it('parses with acorn at ecmaVersion 5, with the sentences inlined as ASCII', () => {
    expect(() => acorn.parse(built, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(built).not.toContain('GUARD_MESSAGES */ null');
    expect(/[^\t\n\r\x20-\x7e]/.test(built)).toBe(false);
    expect(built).toContain('"\\u0110\\u00f3ng"'); // GUARD_MSG.close, "Đóng"
    expect(GUARD_MSG.close).toBe('Đóng');
  });

  it('the check refuses ES2015 and later', () => {
    expect(() => guard.assertEs5('let x = 1;', 'x.js')).toThrow(/not ECMAScript 5/);
    expect(() => guard.assertEs5('f(a => a);', 'x.js')).toThrow(/not ECMAScript 5/);
    expect(() => guard.assertEs5('f(a,\n b,\n);', 'x.js')).toThrow(/not ECMAScript 5/);
    expect(() => guard.assertEs5('var x = [1, 2,]; f(x);', 'x.js')).not.toThrow();
  });

  it('takes its sentences from the messages module', () => {
    expect(guard.guardMessages(root)).toEqual(GUARD_MSG);
  });
});

describe.each([
  ['IE11 (Office 2016/2019 volume-licensed)', UA.ie11, 'ie'],
  ['Edge Legacy (EdgeHTML 18)', UA.edgeLegacy, 'edgeLegacy'],
] as const)('task pane in %s', (_name, ua, reason) => {
  let o: Opened;
  beforeAll(async () => {
    o = await open('taskpane', ua);
  });

  it('shows the Vietnamese explanation in place of "Đang tải…", as an alert', () => {
    const box = o.window.document.getElementById('phuluc-guard')!;
    expect(box).not.toBeNull();
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.parentElement!.id).toBe('root');
    expect(o.window.document.getElementById('root')!.textContent).not.toContain('Đang tải');
    expect(box.querySelector('h1')!.textContent).toBe(GUARD_MSG.title);
    const text = box.textContent!;
    expect(text).toContain(GUARD_MSG.reason[reason]);
    expect(text).toContain('Excel cho web');
    expect(text).toContain(`${ORIGIN}/kiem-tra.html`);
    expect(text).toContain('phuluc validate');
    expect(box.querySelectorAll('li')).toHaveLength(GUARD_MSG.steps.length);
  });

  it('never requests the app bundle, and still starts office.js', () => {
    expect(requestedBundle(o, 'taskpane')).toBe(false);
    expect((o.window as unknown as { appRan?: unknown }).appRan).toBeUndefined();
    expect((o.window as unknown as { officeLog: string[] }).officeLog).toContain('onReady');
    expect(o.errors).toEqual([]);
  });
});

describe('task pane in a modern webview (WebView2)', () => {
  it('loads the bundle after office.js, once, with no message', async () => {
    const o = await open('taskpane', UA.webView2);
    await until(() => Boolean((o.window as unknown as { appRan?: unknown }).appRan), 'the bundle to run');
    expect((o.window as unknown as { appRan: { officeReady: boolean } }).appRan.officeReady).toBe(true);
    expect(o.loader.requested.filter((u) => u.endsWith('/taskpane.js'))).toHaveLength(1);
    expect(o.window.document.getElementById('phuluc-guard')).toBeNull();
    expect(o.window.document.getElementById('root')!.textContent).toContain('Đang tải');
    const guardAt = o.loader.requested.findIndex((u) => u.endsWith('/guard.js'));
    expect(guardAt).toBe(0);
    expect(o.errors).toEqual([]);
  });

  it('a SyntaxError the running app throws later (JSON.parse) is not taken for an old webview', async () => {
    const o = await open('taskpane', UA.webView2, {
      bundle: 'window.appRan = true; setTimeout(function () { JSON.parse("{"); }, 20);',
    });
    await until(() => o.errors.some((e) => /SyntaxError/.test(e)), 'the app error');
    expect(o.window.document.getElementById('phuluc-guard')).toBeNull();
  });

  it('a webview without the ES2022 built-ins gets the explanation (feature test, no eval)', async () => {
    const o = await open('taskpane', UA.webView2, {
      beforeParse: (w) => {
        (w.Object as unknown as { hasOwn?: unknown }).hasOwn = undefined;
      },
    });
    expect(o.window.document.getElementById('phuluc-guard')!.textContent).toContain(GUARD_MSG.reason.features);
    expect(requestedBundle(o, 'taskpane')).toBe(false);
  });

  it('a bundle the webview cannot parse after all still ends in the explanation, not "Đang tải…"', async () => {
    const o = await open('taskpane', UA.webView2, { bundle: 'window.x = class { static { this.y = 1 } ;' });
    await until(() => o.window.document.getElementById('phuluc-guard') !== null, 'the explanation');
    expect(o.window.document.getElementById('phuluc-guard')!.textContent).toContain(GUARD_MSG.reason.features);
  });
});

describe('ribbon "Kiểm tra" in IE11 (commands.html)', () => {
  type W = DOMWindow & {
    officeLog: string[];
    associated?: Record<string, (e: { completed(): void }) => void>;
    validateWorkbook?: (e: { completed(): void }) => void;
    dialogHandlers?: Record<string, () => void>;
  };
  it('answers with the explanation in a dialog and completes the event at once', async () => {
    const o = await open('commands', UA.ie11);
    const w = o.window as W;
    expect(requestedBundle(o, 'commands')).toBe(false);
    expect(w.officeLog).toEqual(
      expect.arrayContaining(['associate:validateWorkbook', 'associate:showInsertTab', 'associate:showResultsTab']),
    );
    expect(typeof w.validateWorkbook).toBe('function');
    const completed = jest.fn();
    w.associated!.validateWorkbook!({ completed });
    expect(w.officeLog).toContain(`dialog:${ORIGIN}/notice.html?unsupported=1`);
    await until(() => completed.mock.calls.length > 0, 'event.completed');
    expect(completed).toHaveBeenCalledTimes(1);
    // The officer closes the dialog ("Đóng" in notice.html messages the parent).
    w.dialogHandlers!.dialogMessageReceived!();
    expect(w.officeLog).toContain('dialog closed');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('without the dialog API still completes the event', async () => {
    const o = await open('commands', UA.ie11, {
      beforeParse: (w) => {
        // office.js of a client without DialogApi: the stub loses displayDialogAsync once loaded.
        w.addEventListener('DOMContentLoaded', () => {
          delete (w as unknown as { Office: { context: { ui: { displayDialogAsync?: unknown } } } }).Office.context.ui
            .displayDialogAsync;
        });
      },
    });
    const completed = jest.fn();
    (o.window as W).validateWorkbook!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('ribbon buttons in IE11 with the shared runtime (taskpane.html is the function file)', () => {
  it.each(['validateWorkbook', 'showInsertTab', 'showResultsTab'])(
    '%s shows the task pane, which holds the explanation, and completes',
    async (name) => {
      const o = await open('taskpane', UA.ie11);
      const w = o.window as unknown as {
        officeLog: string[];
        associated: Record<string, (e: { completed(): void }) => void>;
      };
      const completed = jest.fn();
      w.associated[name]!({ completed });
      await until(() => completed.mock.calls.length > 0, 'event.completed');
      expect(w.officeLog).toContain('showAsTaskpane');
      expect(w.officeLog.some((l) => l.startsWith('dialog:'))).toBe(false);
      expect(o.window.document.getElementById('phuluc-guard')).not.toBeNull();
      expect(completed).toHaveBeenCalledTimes(1);
    },
  );
});

describe('the dialog in IE11 (notice.html)', () => {
  it('shows the explanation with a "Đóng" button that messages the ribbon command', async () => {
    const o = await open('notice', UA.ie11);
    const box = o.window.document.getElementById('phuluc-guard')!;
    expect(box.parentElement!.tagName).toBe('BODY');
    expect(box.textContent).toContain(GUARD_MSG.title);
    const button = box.querySelector('button')!;
    expect(button.textContent).toBe(GUARD_MSG.close);
    button.click();
    expect((o.window as unknown as { officeLog: string[] }).officeLog).toContain('messageParent:close');
    expect(requestedBundle(o, 'notice')).toBe(false);
  });
});

describe('built pages load the guard first', () => {
  it.each(Object.entries(TEMPLATES))('%s: the template, as the build rewrites it', (page, file) => {
    const template = fs.readFileSync(path.join(root, file), 'utf8');
    const html = guard.guardPageHtml(template, [`${page}.js`], page);
    expect(guard.checkGuardedPage(html)).toBe('');
    // The unguarded template would not pass: the check can fail.
    expect(guard.checkGuardedPage(template)).toMatch(/no data-app/);
  });

  it('the page check refuses a bundle outside the guard, a guard not first, and inline script', () => {
    const ok = '<script src="guard.js" data-page="x" data-app="x.js"></script>';
    expect(guard.checkGuardedPage(`${ok}<script defer src="x.js"></script>`)).toMatch(/x\.js\) loads without/);
    expect(guard.checkGuardedPage(`<script src="x.js"></script>${ok}`)).toMatch(/first script is x\.js/);
    expect(guard.checkGuardedPage(`${ok}<script>go()</script>`)).toMatch(/inline/);
    // Minified (unquoted attributes) as html-webpack-plugin writes production pages.
    expect(guard.checkGuardedPage('<script src=guard.js data-page=x data-app=x.js></script>')).toBe('');
  });

  it('refuses a template without the guard first', () => {
    expect(() => guard.guardPageHtml('<head><script src="o.js"></script></head>', ['a.js'], 'p')).toThrow(/no <script/);
    expect(() =>
      guard.guardPageHtml('<script src="o.js"></script><script src="guard.js" data-page="p"></script>', ['a.js'], 'p'),
    ).toThrow(/first script/);
  });
});

describe('the minified guard (production build) behaves the same', () => {
  beforeAll(async () => {
    served = await guard.minifyGuard(built);
  });
  afterAll(() => {
    served = built;
  });

  it('IE11: explanation, no bundle; WebView2: bundle, no explanation', async () => {
    expect(served.length).toBeLessThan(built.length);
    const old = await open('taskpane', UA.ie11);
    expect(old.window.document.getElementById('phuluc-guard')!.textContent).toContain(GUARD_MSG.reason.ie);
    expect(requestedBundle(old, 'taskpane')).toBe(false);
    const modern = await open('taskpane', UA.webView2);
    await until(() => Boolean((modern.window as unknown as { appRan?: unknown }).appRan), 'the bundle to run');
    expect(modern.window.document.getElementById('phuluc-guard')).toBeNull();
  });

  it('the ribbon in IE11 still completes its event', async () => {
    const o = await open('commands', UA.ie11);
    const completed = jest.fn();
    (o.window as unknown as { validateWorkbook(e: { completed(): void }): void }).validateWorkbook({ completed });
    await until(() => completed.mock.calls.length > 0, 'event.completed');
  });
});
