'use strict';
// Offline checks for the Office Add-in manifest (manifest.xml).
//
// CommonJS on purpose: the CLI (scripts/validate-manifest.mjs) imports it as
// an ES module, and the jest tests (test/manifest/*.test.ts, CommonJS via
// @swc/jest) can require() it directly.
//
// Two layers:
//   validateSchema(file, schemaDir)  - xmllint (WebAssembly) against the official XSDs
//   checkManifestRefs(xml, options)  - what the XSDs cannot express:
//       * every resid resolves to a Resources entry of the right kind
//         (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings), ids are unique
//       * every URL is https and its origin is the SourceLocation's origin or
//         an AppDomain
//       * every icon URL under <origin>/assets/ maps to an existing PNG in the
//         assets directory whose IHDR size matches the declared size

const fs = require('node:fs');
const path = require('node:path');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

// ------------------------------------------------------------ mini XML parser
// Namespace-aware, line-numbered, enough for a manifest. It rejects input that
// is not well-formed (unclosed or mismatched tags, unbound prefixes).

/**
 * @typedef {{ name: string, prefix: string, local: string, ns: string, value: string }} XmlAttr
 * @typedef {{ name: string, prefix: string, local: string, ns: string, attrs: XmlAttr[],
 *             children: XmlElement[], text: string, line: number, parent: XmlElement | null }} XmlElement
 */

function decodeEntities(s, line) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (m, body) => {
    if (!m.endsWith(';')) throw new Error(`line ${line}: bare "&" (escape it as &amp;)`);
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const named = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[body];
    if (named === undefined) throw new Error(`line ${line}: unknown entity &${body};`);
    return named;
  });
}

function splitName(name) {
  const i = name.indexOf(':');
  return i < 0 ? ['', name] : [name.slice(0, i), name.slice(i + 1)];
}

/** Parses XML text into a tree of elements. Throws on malformed input. */
function parseXml(text) {
  const src = text.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  /** @type {XmlElement | null} */
  let root = null;
  /** @type {{ el: XmlElement, scope: Record<string, string> }[]} */
  const stack = [];
  let pos = 0;
  const fail = (msg, at = pos) => {
    throw new Error(`line ${lineAt(at)}: ${msg}`);
  };
  const skipTo = (end, what) => {
    const j = src.indexOf(end, pos);
    if (j < 0) fail(`unterminated ${what}`);
    const body = src.slice(pos, j);
    pos = j + end.length;
    return body;
  };

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    if (lt !== pos) {
      const end = lt < 0 ? src.length : lt;
      const raw = src.slice(pos, end);
      if (stack.length) stack[stack.length - 1].el.text += decodeEntities(raw, lineAt(pos));
      else if (raw.trim()) fail('text outside the root element');
      pos = end;
      continue;
    }
    if (src.startsWith('<!--', pos)) {
      pos += 4;
      skipTo('-->', 'comment');
    } else if (src.startsWith('<?', pos)) {
      pos += 2;
      skipTo('?>', 'processing instruction');
    } else if (src.startsWith('<![CDATA[', pos)) {
      const at = pos;
      pos += 9;
      const body = skipTo(']]>', 'CDATA section');
      if (!stack.length) fail('CDATA outside the root element', at);
      stack[stack.length - 1].el.text += body;
    } else if (src.startsWith('<!DOCTYPE', pos)) {
      if (root) fail('DOCTYPE after the root element');
      pos += 9;
      const body = skipTo('>', 'DOCTYPE');
      if (body.includes('[')) fail('DOCTYPE internal subsets are not supported');
    } else if (src.startsWith('</', pos)) {
      const at = pos;
      const m = /<\/([^\s>]+)\s*>/y;
      m.lastIndex = pos;
      const r = m.exec(src);
      if (!r) fail('malformed end tag');
      const open = stack.pop();
      if (!open) fail(`unexpected end tag </${r[1]}>`, at);
      if (open.el.name !== r[1]) fail(`end tag </${r[1]}> does not match <${open.el.name}> (line ${open.el.line})`, at);
      pos = m.lastIndex;
    } else {
      const at = pos;
      const nameRe = /<([A-Za-z_][\w.\-:]*)/y;
      nameRe.lastIndex = pos;
      const n = nameRe.exec(src);
      if (!n) fail('malformed tag');
      pos = nameRe.lastIndex;
      const rawAttrs = [];
      const attrRe = /\s+([A-Za-z_][\w.\-:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
      for (;;) {
        attrRe.lastIndex = pos;
        const a = attrRe.exec(src);
        if (!a) break;
        const value = decodeEntities((a[2] ?? a[3]).replace(/[\t\n\r]/g, ' '), lineAt(pos));
        if (rawAttrs.some((x) => x.name === a[1])) fail(`duplicate attribute ${a[1]}`);
        rawAttrs.push({ name: a[1], value });
        pos = attrRe.lastIndex;
      }
      const closeRe = /\s*(\/?)>/y;
      closeRe.lastIndex = pos;
      const c = closeRe.exec(src);
      if (!c) fail(`malformed start tag <${n[1]}>`);
      pos = closeRe.lastIndex;
      if (root && !stack.length) fail('more than one root element', at);

      const parentScope = stack.length ? stack[stack.length - 1].scope : { xml: NS.xml };
      const scope = { ...parentScope };
      for (const a of rawAttrs) {
        if (a.name === 'xmlns') scope[''] = a.value;
        else if (a.name.startsWith('xmlns:')) scope[a.name.slice(6)] = a.value;
      }
      const [prefix, local] = splitName(n[1]);
      const ns = scope[prefix];
      if (prefix && ns === undefined) fail(`unbound namespace prefix "${prefix}"`, at);
      /** @type {XmlElement} */
      const el = {
        name: n[1],
        prefix,
        local,
        ns: ns ?? '',
        attrs: rawAttrs.map(({ name, value }) => {
          const [p, l] = splitName(name);
          if (name === 'xmlns' || p === 'xmlns') return { name, prefix: p, local: l, ns: NS.xmlns, value };
          if (p && scope[p] === undefined) fail(`unbound namespace prefix "${p}"`, at);
          return { name, prefix: p, local: l, ns: p ? scope[p] : '', value };
        }),
        children: [],
        text: '',
        line: lineAt(at),
        parent: stack.length ? stack[stack.length - 1].el : null,
      };
      if (el.parent) el.parent.children.push(el);
      else root = el;
      if (!c[1]) stack.push({ el, scope });
    }
  }
  if (stack.length)
    throw new Error(`line ${stack[stack.length - 1].el.line}: <${stack[stack.length - 1].el.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Attribute value by unqualified local name (or namespace + local name). */
function attr(el, local, ns = '') {
  const a = el.attrs.find((x) => x.local === local && x.ns === ns);
  return a ? a.value : undefined;
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

// ------------------------------------------------------------------ PNG info

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width/height from a PNG's IHDR chunk, or null if it is not a PNG. */
function readPngSize(buf) {
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ------------------------------------------------------------ reference checks

/** Resource section (local name under Resources) -> kind. */
const RESOURCE_KINDS = { Images: 'image', Urls: 'url', ShortStrings: 'short', LongStrings: 'long' };
const KIND_LABEL = { image: 'bt:Images', url: 'bt:Urls', short: 'bt:ShortStrings', long: 'bt:LongStrings' };

/** Element holding a resid (local name) -> kind of resource it must point to. */
const RESID_KINDS = {
  Image: 'image',
  SourceLocation: 'url',
  FunctionFile: 'url',
  Runtime: 'url',
  LearnMoreUrl: 'url',
  Label: 'short',
  Title: 'short',
  Namespace: 'short',
  Description: 'long',
};

/** Base-manifest elements (appforoffice namespace) whose DefaultValue / Override@Value is a URL. */
const BASE_URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'QueryUri',
  'DictionaryHomePage',
]);
/** Declared pixel size of base-manifest icons. */
const BASE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

const looksLikeUrl = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('//') || /^www\./i.test(s);

/**
 * Checks what the XSDs don't.
 * @param {string} xml manifest text
 * @param {{ assetsDir?: string, assetsBaseUrl?: string }} [options]
 *   assetsDir: directory that icon URLs under assetsBaseUrl map to (skip file checks if omitted);
 *   assetsBaseUrl: defaults to "assets/" beside the SourceLocation page (https://host/phuluc/assets/).
 * @returns {{ errors: string[], warnings: string[],
 *             icons: { url: string, file: string | null, sizes: number[], line: number }[],
 *             urls: { url: string, line: number }[] }}
 */
function checkManifestRefs(xml, options = {}) {
  const errors = [];
  const warnings = [];
  const icons = [];
  const urls = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    errors.push(`XML is not well-formed: ${e.message}`);
    return { errors, warnings, icons, urls };
  }
  const all = [...walk(root)];

  // --- resids -----------------------------------------------------------
  const overrides = all.filter((e) => e.local === 'VersionOverrides');
  const owningOverrides = (el) => {
    for (let p = el.parent; p; p = p.parent) if (p.local === 'VersionOverrides') return p;
    return null;
  };
  /** resource element -> declared sizes (for images) */
  const imageSizes = new Map();
  for (const vo of overrides) {
    /** @type {Map<string, { kind: string, el: XmlElement, used: boolean }>} */
    const defined = new Map();
    const resources = vo.children.find((c) => c.local === 'Resources');
    for (const section of resources ? resources.children : []) {
      const kind = RESOURCE_KINDS[section.local];
      if (!kind) continue;
      for (const item of section.children) {
        const id = attr(item, 'id');
        if (id === undefined) continue;
        const prev = defined.get(id);
        if (prev) {
          errors.push(
            `line ${item.line}: resource id "${id}" is defined twice (also line ${prev.el.line}, ${KIND_LABEL[prev.kind]})`,
          );
          continue;
        }
        defined.set(id, { kind, el: item, used: false });
      }
    }
    for (const el of all) {
      const resid = attr(el, 'resid');
      if (resid === undefined || owningOverrides(el) !== vo) continue;
      const want = RESID_KINDS[el.local];
      const res = defined.get(resid);
      if (!res) {
        errors.push(
          `line ${el.line}: <${el.name} resid="${resid}"> does not resolve: no resource with id "${resid}"${want ? ` in ${KIND_LABEL[want]}` : ''}`,
        );
        continue;
      }
      res.used = true;
      if (want && res.kind !== want) {
        errors.push(
          `line ${el.line}: <${el.name} resid="${resid}"> must point to ${KIND_LABEL[want]}, but "${resid}" is in ${KIND_LABEL[res.kind]} (line ${res.el.line})`,
        );
        continue;
      }
      if (res.kind === 'image') {
        const size = Number(attr(el, 'size'));
        if (Number.isFinite(size)) {
          const sizes = imageSizes.get(res.el) ?? new Set();
          sizes.add(size);
          imageSizes.set(res.el, sizes);
        }
      }
    }
    for (const [id, res] of defined)
      if (!res.used) warnings.push(`line ${res.el.line}: resource "${id}" (${KIND_LABEL[res.kind]}) is never used`);
  }
  for (const el of all) {
    if (attr(el, 'resid') !== undefined && !owningOverrides(el))
      errors.push(`line ${el.line}: <${el.name}> has a resid outside VersionOverrides`);
  }

  // --- shared runtime ---------------------------------------------------
  // With a <Runtime>, Office loads the shared runtime only when the function file and every
  // page of the same host use the Runtime's resid, and only clients with SharedRuntime 1.1
  // may read the block (the others must fall back to the base manifest).
  for (const runtime of all.filter((e) => e.local === 'Runtime')) {
    const resid = attr(runtime, 'resid');
    let host = runtime.parent;
    while (host && host.local !== 'Host') host = host.parent;
    const inHost = (el) => {
      for (let p = el.parent; p; p = p.parent) if (p === host) return true;
      return false;
    };
    for (const el of all.filter((e) => (e.local === 'FunctionFile' || e.local === 'SourceLocation') && inHost(e))) {
      if (attr(el, 'resid') !== resid)
        errors.push(
          `line ${el.line}: <${el.name} resid="${attr(el, 'resid')}"> must be the shared runtime's "${resid}" (line ${runtime.line}), or the shared runtime does not load`,
        );
    }
    const vo = owningOverrides(runtime);
    const sets = all.filter(
      (e) => e.local === 'Set' && owningOverrides(e) === vo && attr(e, 'Name') === 'SharedRuntime',
    );
    if (!sets.length)
      errors.push(
        `line ${runtime.line}: <Runtime> needs <bt:Set Name="SharedRuntime" MinVersion="1.1"/> in its VersionOverrides' Requirements`,
      );
    if (attr(runtime, 'lifetime') !== 'long')
      errors.push(`line ${runtime.line}: an Excel shared runtime needs lifetime="long"`);
  }

  // --- URLs -------------------------------------------------------------
  /** @type {{ value: string, line: number, where: string, iconOf: XmlElement | null, baseIcon: string | null }[]} */
  const found = [];
  /** element -> attribute names (or "#text") already collected */
  const handled = new Map();
  const add = (value, el, key, where, iconOf = null, baseIcon = null) => {
    if (!handled.has(el)) handled.set(el, new Set());
    handled.get(el).add(key);
    found.push({ value: value.trim(), line: el.line, where, iconOf, baseIcon });
  };
  let sourceLocation = null;
  const appDomains = [];
  for (const el of all) {
    const isBaseUrl = el.ns === NS.app && BASE_URL_ELEMENTS.has(el.local);
    const isResourceUrl =
      el.ns === NS.bt &&
      (el.local === 'Image' || el.local === 'Url') &&
      el.parent &&
      (el.parent.local === 'Images' || el.parent.local === 'Urls');
    if (isBaseUrl || isResourceUrl) {
      const dv = attr(el, 'DefaultValue');
      const iconOf = isResourceUrl && el.local === 'Image' ? el : null;
      const baseIcon = isBaseUrl && BASE_ICON_SIZES[el.local] ? el.local : null;
      if (dv === undefined) errors.push(`line ${el.line}: <${el.name}> has no DefaultValue URL`);
      else add(dv, el, 'DefaultValue', `<${el.name} DefaultValue>`, iconOf, baseIcon);
      if (
        isBaseUrl &&
        el.local === 'SourceLocation' &&
        el.parent &&
        el.parent.local === 'DefaultSettings' &&
        dv !== undefined
      )
        sourceLocation = { value: dv.trim(), line: el.line };
      for (const o of el.children.filter((c) => c.local === 'Override')) {
        const v = attr(o, 'Value');
        if (v !== undefined) add(v, o, 'Value', `<${el.name}><Override Value>`, iconOf, baseIcon);
      }
    }
    if (el.ns === NS.app && el.local === 'AppDomain') {
      add(el.text, el, '#text', '<AppDomain>');
      appDomains.push({ value: el.text.trim(), line: el.line });
    }
  }
  // Anything else that looks like a URL (attribute values and element text).
  for (const el of all) {
    const done = handled.get(el) ?? new Set();
    for (const a of el.attrs) {
      if (a.ns === NS.xmlns || a.ns === NS.xsi || done.has(a.name)) continue;
      if (looksLikeUrl(a.value.trim())) add(a.value, el, a.name, `<${el.name} ${a.name}>`);
    }
    if (!done.has('#text') && looksLikeUrl(el.text.trim())) add(el.text, el, '#text', `<${el.name}>`);
  }

  const originOf = (value) => {
    try {
      const u = new URL(value);
      return u.protocol === 'https:' ? u.origin : null;
    } catch {
      return null;
    }
  };
  const allowed = new Set();
  if (!sourceLocation) errors.push('no <DefaultSettings><SourceLocation DefaultValue="https://..."/> found');
  else if (originOf(sourceLocation.value)) allowed.add(originOf(sourceLocation.value));
  for (const d of appDomains) {
    const o = originOf(d.value);
    if (!o) continue; // reported below as a non-https URL
    if (new URL(d.value).pathname !== '/' || d.value.replace(/\/$/, '') !== o) {
      errors.push(
        `line ${d.line}: <AppDomain>${d.value}</AppDomain> must be a bare origin such as https://example.org`,
      );
    }
    allowed.add(o);
  }

  const assetsBase =
    options.assetsBaseUrl ??
    (sourceLocation && originOf(sourceLocation.value) ? new URL('assets/', sourceLocation.value).href : null);
  const iconByUrl = new Map();
  for (const f of found) {
    let u;
    try {
      u = new URL(f.value);
    } catch {
      errors.push(`line ${f.line}: ${f.where} "${f.value}" is not an absolute URL`);
      continue;
    }
    if (u.protocol !== 'https:') {
      errors.push(`line ${f.line}: ${f.where} "${f.value}" is not https`);
      continue;
    }
    if (!allowed.has(u.origin)) {
      errors.push(
        `line ${f.line}: ${f.where} "${f.value}" is outside the add-in's origins (${[...allowed].join(', ') || 'none'}); add its origin to <AppDomains> or serve it from the SourceLocation origin`,
      );
      continue;
    }
    urls.push({ url: f.value, line: f.line });

    if (!f.iconOf && !f.baseIcon) continue;
    const sizes = f.baseIcon ? [BASE_ICON_SIZES[f.baseIcon]] : [...(imageSizes.get(f.iconOf) ?? [])];
    let icon = iconByUrl.get(f.value);
    if (!icon) {
      let file = null;
      if (assetsBase && options.assetsDir && f.value.startsWith(assetsBase)) {
        const rel = decodeURIComponent(u.pathname.slice(new URL(assetsBase).pathname.length));
        file = path.join(options.assetsDir, ...rel.split('/'));
        if (path.relative(options.assetsDir, file).startsWith('..')) file = null;
      }
      icon = { url: f.value, file, sizes: [], line: f.line };
      iconByUrl.set(f.value, icon);
      icons.push(icon);
    }
    for (const s of sizes) if (!icon.sizes.includes(s)) icon.sizes.push(s);
  }

  // --- icon files ---------------------------------------------------------
  for (const icon of icons) {
    if (!icon.file) continue;
    if (!fs.existsSync(icon.file)) {
      errors.push(
        `line ${icon.line}: icon ${icon.url} maps to ${icon.file}, which does not exist (run: node scripts/make-icons.mjs)`,
      );
      continue;
    }
    const dim = readPngSize(fs.readFileSync(icon.file));
    if (!dim) {
      errors.push(`line ${icon.line}: icon ${icon.file} is not a PNG file`);
      continue;
    }
    if (icon.sizes.length > 1)
      errors.push(
        `line ${icon.line}: icon ${icon.url} is used at several sizes (${icon.sizes.join(', ')}); use one image per size`,
      );
    for (const s of icon.sizes) {
      if (dim.width !== s || dim.height !== s)
        errors.push(
          `line ${icon.line}: icon ${icon.file} is ${dim.width}x${dim.height}, but the manifest declares ${s}x${s}`,
        );
    }
  }

  return { errors, warnings, icons, urls };
}

// ------------------------------------------------------------ production base

/** `url` as a production base: https, no query or fragment, no trailing slash. Throws with the reason. */
function normalizeBase(url) {
  let u;
  try {
    u = new URL(String(url).trim());
  } catch {
    throw new Error(`"${url}" is not a URL (expected e.g. https://example.gov.vn/phuluc)`);
  }
  if (u.protocol !== 'https:') throw new Error(`"${url}" is not https (Office loads add-ins only over https)`);
  if (u.search || u.hash || u.username || u.password)
    throw new Error(`"${url}" must be a plain https address, without ?query, #fragment or user name`);
  return u.href.replace(/\/+$/, '');
}

/**
 * Problems with URLs (from checkManifestRefs) that are not on `base`'s origin, or (bare-origin
 * URLs such as the AppDomain aside) not under its path.
 */
function urlsOutsideBase(urls, base) {
  const b = new URL(`${normalizeBase(base)}/`);
  const out = [];
  for (const { url, line } of urls) {
    const u = new URL(url);
    if (u.origin !== b.origin) out.push(`line ${line}: ${url} is not on ${b.origin}`);
    else if (u.pathname !== '/' && !u.href.startsWith(b.href)) out.push(`line ${line}: ${url} is not under ${b.href}`);
  }
  return out;
}

/**
 * The development manifest (every URL on https://localhost:3000) moved to `base`: the AppDomain
 * becomes base's origin, every other URL is rebased, and the comments (which speak of the dev
 * server) give way to one line saying where the file was built for.
 */
function productionManifest(xml, base, devOrigin = 'https://localhost:3000') {
  const b = normalizeBase(base);
  const origin = new URL(b).origin;
  const dev = devOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, '');
  out = out.replace(new RegExp(`(<AppDomain>\\s*)${dev}/?(\\s*</AppDomain>)`, 'g'), `$1${origin}$2`);
  out = out.replace(new RegExp(`${dev}(?=[/"'<?#\\s])`, 'g'), b);
  out = out.replace(/(<\?xml[^>]*\?>\s*)/, `$1<!-- Phụ lục BĐG, built by "npm run build" for ${b} -->\n`);
  return out;
}

// ---------------------------------------------------------------- schema

/** Directory holding the official XSDs: schemas/office-manifest in the repository (env PHULUC_SCHEMA_DIR overrides). */
function defaultSchemaDir(repoRoot) {
  return process.env.PHULUC_SCHEMA_DIR
    ? path.resolve(process.env.PHULUC_SCHEMA_DIR)
    : path.resolve(repoRoot, 'schemas', 'office-manifest');
}

const SCHEMA_FILE = 'OfficeAppManifestV1_1.xsd';

/**
 * Validates `file` against the official Office manifest XSDs with libxml2's xmllint compiled to
 * WebAssembly (npm xmllint-wasm): no system binary. The main XSD goes first; the others in the
 * folder are preloaded for its xs:import (libxml2 makes no network or disk access of its own).
 * @param {string} file manifest path
 * @param {string} schemaDir folder holding OfficeAppManifestV1_1.xsd and the files it imports
 * @param {{ xml?: string, name?: string }} [options] xml: validate this text instead of reading `file`;
 *   name: the file name shown in messages (default: the file's base name)
 * @returns {Promise<{ status: 'valid' | 'invalid' | 'no-schema', output: string }>}
 */
async function validateSchema(file, schemaDir, options = {}) {
  const xsd = path.join(schemaDir, SCHEMA_FILE);
  if (!fs.existsSync(xsd)) {
    return {
      status: 'no-schema',
      output: `Schema not found: ${xsd} (set PHULUC_SCHEMA_DIR to the folder holding ${SCHEMA_FILE})`,
    };
  }
  const { validateXML } = require('xmllint-wasm');
  const name = (options.name ?? path.basename(file)).replace(/^-+/, '');
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), 'utf8') });
  let r;
  try {
    r = await validateXML({
      xml: [{ fileName: name, contents: options.xml ?? fs.readFileSync(file, 'utf8') }],
      schema: [read(SCHEMA_FILE)],
      preload: fs
        .readdirSync(schemaDir)
        .filter((f) => f.endsWith('.xsd') && f !== SCHEMA_FILE)
        .sort()
        .map(read),
    });
  } catch (e) {
    return { status: 'invalid', output: `${name}: ${e && e.message ? e.message : String(e)}` };
  }
  return { status: r.valid ? 'valid' : 'invalid', output: r.rawOutput.trim() };
}

module.exports = {
  normalizeBase,
  urlsOutsideBase,
  productionManifest,
  parseXml,
  checkManifestRefs,
  readPngSize,
  validateSchema,
  defaultSchemaDir,
  SCHEMA_FILE,
  NS,
};
