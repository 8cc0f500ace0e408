// Tests for manifest.xml, the icons in assets/ and the offline validator
// (scripts/validate-manifest.mjs + scripts/manifest-refs.cjs).
//
// The schema tests run libxml2's xmllint compiled to WebAssembly (npm xmllint-wasm)
// against the XSDs in schemas/office-manifest/: no system binary, no folder outside
// the repository.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface Icon {
  url: string;
  file: string | null;
  sizes: number[];
  line: number;
}
interface RefResult {
  errors: string[];
  warnings: string[];
  icons: Icon[];
  urls: { url: string; line: number }[];
}
type SchemaStatus = 'valid' | 'invalid' | 'no-schema';
interface ManifestRefs {
  checkManifestRefs(xml: string, options?: { assetsDir?: string; assetsBaseUrl?: string }): RefResult;
  validateSchema(file: string, schemaDir: string): Promise<{ status: SchemaStatus; output: string }>;
  defaultSchemaDir(repoRoot: string): string;
  readPngSize(buf: Buffer): { width: number; height: number } | null;
}

// CommonJS module shared with the CLI; require() keeps it loadable under jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const refs: ManifestRefs = require('../../scripts/manifest-refs.cjs');

const repoRoot = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const assetsDir = path.join(repoRoot, 'assets');
const schemaDir = refs.defaultSchemaDir(repoRoot);
const manifest = fs.readFileSync(manifestPath, 'utf8');

let tmpDir: string;
beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** The manifest with `from` replaced by `to`; fails if `from` isn't there, so no test passes vacuously. */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

let counter = 0;
function writeCopy(xml: string): string {
  const file = path.join(tmpDir, `manifest-${++counter}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

/** Schema status of a file; the schema folder missing is a test failure. */
async function schemaCheck(file: string): Promise<{ status: 'valid' | 'invalid'; output: string }> {
  const r = await refs.validateSchema(file, schemaDir);
  if (r.status === 'no-schema') throw new Error(r.output);
  return { status: r.status, output: r.output };
}

function refCheck(xml: string): RefResult {
  return refs.checkManifestRefs(xml, { assetsDir });
}

describe('schema (official XSDs via xmllint-wasm)', () => {
  test('the schemas are the ones inside the repository', () => {
    expect(path.relative(repoRoot, schemaDir)).toBe(path.join('schemas', 'office-manifest'));
    expect(fs.existsSync(path.join(schemaDir, 'README.md'))).toBe(true);
  });

  test('the real manifest.xml validates', async () => {
    const r = await schemaCheck(manifestPath);
    expect(r.output).toMatch(/validates/);
    expect(r.status).toBe('valid');
  });

  test.each(['1.0.0.0.0', 'abc'])('Version "%s" is rejected', async (version) => {
    const file = writeCopy(mutate('<Version>1.0.0.0</Version>', `<Version>${version}</Version>`));
    const r = await schemaCheck(file);
    expect(r.status).toBe('invalid');
    expect(r.output).toMatch(/Version/);
  });

  test('a manifest without DisplayName is rejected', async () => {
    const file = writeCopy(mutate(/\s*<DisplayName [^>]*\/>/, ''));
    const r = await schemaCheck(file);
    expect(r.status).toBe('invalid');
    expect(r.output).toMatch(/DisplayName/);
  });

  test('an unknown Permissions value is rejected', async () => {
    const file = writeCopy(
      mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
    );
    expect((await schemaCheck(file)).status).toBe('invalid');
  });
});

describe('references the schema does not check', () => {
  test('the real manifest has no reference problems', () => {
    const r = refCheck(manifest);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.urls.length).toBeGreaterThan(10);
  });

  test('a dangling resid fails (and the schema alone would accept it)', async () => {
    const xml = mutate('<Label resid="Tab.Label"/>', '<Label resid="Tab.Missing"/>');
    expect((await schemaCheck(writeCopy(xml))).status).toBe('valid');
    const r = refCheck(xml);
    expect(r.errors).toEqual([expect.stringMatching(/resid="Tab\.Missing".*does not resolve/)]);
  });

  test('a resid pointing to the wrong kind of resource fails', () => {
    // A Label must use a short string, not a long one.
    const xml = mutate('<Label resid="Tab.Label"/>', '<Label resid="InsertButton.Tooltip"/>');
    const r = refCheck(xml);
    expect(r.errors.join('\n')).toMatch(/must point to bt:ShortStrings.*bt:LongStrings/);
  });

  test('a duplicated resource id fails', () => {
    const xml = mutate('<bt:String id="Group.Label"', '<bt:String id="Tab.Label"');
    expect(refCheck(xml).errors.join('\n')).toMatch(/"Tab\.Label" is defined twice/);
  });

  test.each([
    [
      'a bt:Url resource',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>',
    ],
    ['an icon', 'https://localhost:3000/assets/icon-64.png', 'http://localhost:3000/assets/icon-64.png'],
    ['the AppDomain', '<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'],
  ])('a non-https URL in %s fails', (_what, from, to) => {
    const xml = mutate(from, to);
    expect(refCheck(xml).errors.join('\n')).toMatch(/is not https/);
  });

  test('the ribbon and the task pane share one long-lived runtime, for SharedRuntime 1.1 clients only', () => {
    expect(manifest).toMatch(/<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    // The base manifest (clients without the shared runtime) still opens the task pane, on ExcelApi 1.1.
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(['showInsertTab', 'validateWorkbook', 'showResultsTab']);
  });

  test.each([
    [
      'a function file on another page',
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="GetStarted.LearnMoreUrl"/>',
      /must be the shared runtime's "Taskpane\.Url"/,
    ],
    [
      'no SharedRuntime requirement',
      '<bt:Set Name="SharedRuntime" MinVersion="1.1"/>',
      '',
      /needs <bt:Set Name="SharedRuntime"/,
    ],
    ['a short lifetime', 'lifetime="long"', 'lifetime="short"', /needs lifetime="long"/],
  ])('a shared runtime with %s fails', (_what, from, to, why) => {
    expect(refCheck(mutate(from, to)).errors.join('\n')).toMatch(why);
  });

  test('a Runtime element out of place fails the schema', async () => {
    const xml = mutate('<Runtimes>', '<DesktopFormFactor/><Runtimes>');
    const r = await refs.validateSchema(writeCopy(xml), schemaDir);
    expect(r.status).toBe('invalid');
  });

  test('a URL outside our own origins fails', () => {
    const xml = mutate('https://localhost:3000/assets/validate-80.png', 'https://cdn.example.com/validate-80.png');
    expect(refCheck(xml).errors.join('\n')).toMatch(/cdn\.example\.com.*outside the add-in's origins/);
  });

  test('an icon URL without a file in assets/ fails', () => {
    const xml = mutate('https://localhost:3000/assets/insert-32.png', 'https://localhost:3000/assets/missing-32.png');
    expect(refCheck(xml).errors.join('\n')).toMatch(/missing-32\.png.*does not exist/);
  });

  test('an icon declared at the wrong size fails', () => {
    const xml = mutate('<bt:Image size="80" resid="Insert.80x80"/>', '<bt:Image size="80" resid="Insert.32x32"/>');
    expect(refCheck(xml).errors.join('\n')).toMatch(/insert-32\.png is 32x32, but the manifest declares 80x80/);
  });

  test('malformed XML is reported, not thrown', () => {
    const r = refCheck(mutate('</Permissions>', '</Permission>'));
    expect(r.errors).toEqual([expect.stringMatching(/not well-formed.*<\/Permission>/)]);
  });
});

describe('icons', () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const icons = refCheck(manifest).icons;

  test('the manifest references icons at 16, 32, 64 and 80 px', () => {
    const sizes = new Set(icons.flatMap((i) => i.sizes));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    // App icon (32 + 64) plus 16/32/80 for the group and each of the two buttons.
    expect(icons.length).toBeGreaterThanOrEqual(10);
  });

  test.each(icons.map((i) => [path.basename(i.file ?? i.url), i] as const))(
    '%s is a PNG of the declared size',
    (_name, icon) => {
      expect(icon.file).not.toBeNull();
      const file = icon.file as string;
      expect(fs.existsSync(file)).toBe(true);
      const buf = fs.readFileSync(file);
      expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
      const width = buf.readUInt32BE(16);
      const height = buf.readUInt32BE(20);
      expect(icon.sizes).toHaveLength(1);
      expect({ width, height }).toEqual({ width: icon.sizes[0], height: icon.sizes[0] });
    },
  );
});

describe('CLI: node scripts/validate-manifest.mjs', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'validate-manifest.mjs'), ...args], {
      encoding: 'utf8',
      cwd: repoRoot,
    });

  test('exits 0 for the real manifest', () => {
    const r = run('manifest.xml');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/valid/);
    expect(r.status).toBe(0);
  });

  test('exits 1 with xmllint output and a summary for a schema error', () => {
    const r = run(writeCopy(mutate('<Version>1.0.0.0</Version>', '<Version>abc</Version>')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Version/);
    expect(r.stderr).toMatch(/NOT valid.*không hợp lệ/);
  });

  test('exits 1 for a reference error', () => {
    const r = run(writeCopy(mutate('<Label resid="Tab.Label"/>', '<Label resid="Tab.Missing"/>')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Tab\.Missing/);
    expect(r.stderr).toMatch(/reference problem/);
  });

  test('needs no system binary: validates and rejects with an empty PATH', () => {
    const emptyBin = fs.mkdtempSync(path.join(tmpDir, 'bin-'));
    const bare = (file: string) =>
      spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'validate-manifest.mjs'), file], {
        encoding: 'utf8',
        cwd: repoRoot,
        env: { ...process.env, PATH: emptyBin },
      });
    const ok = bare('manifest.xml');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = bare(writeCopy(mutate('<Version>1.0.0.0</Version>', '<Version>abc</Version>')));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Version/);
  });

  test('exits 2 when the schema folder is missing', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'validate-manifest.mjs'), 'manifest.xml'], {
      encoding: 'utf8',
      cwd: repoRoot,
      env: { ...process.env, PHULUC_SCHEMA_DIR: path.join(tmpDir, 'no-such-folder') },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/OfficeAppManifestV1_1\.xsd/);
  });

  test('--base: every URL must be under the given base', () => {
    const r = run('--base', 'https://example.gov.vn/phuluc', 'manifest.xml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/taskpane\.html is not on https:\/\/example\.gov\.vn/);
    const moved = writeCopy(manifest.replaceAll('https://localhost:3000', 'https://example.gov.vn/phuluc'));
    // The AppDomain must stay a bare origin.
    const fixed = writeCopy(
      fs
        .readFileSync(moved, 'utf8')
        .replace(
          '<AppDomain>https://example.gov.vn/phuluc</AppDomain>',
          '<AppDomain>https://example.gov.vn</AppDomain>',
        ),
    );
    const ok = run('--assets', assetsDir, '--base', 'https://example.gov.vn/phuluc', fixed);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const other = run('--base', 'https://example.gov.vn/other', fixed);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/is not under https:\/\/example\.gov\.vn\/other\//);
  });
});
