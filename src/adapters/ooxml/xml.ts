/**
 * A fast, tolerant pull scanner for the XML of OOXML parts (.xlsx sheets, .docx documents).
 * It reads what real producers write — Excel, LibreOffice, WPS, Google Sheets, the OpenXML
 * SDK (`<x:worksheet>`), exceljs — and does not validate: namespace prefixes are dropped
 * (elements are matched by local name), attributes may use ' or ", entities are decoded exactly
 * once (`&amp;amp;` stays `&amp;`), unknown entities are kept as written, comments, processing
 * instructions and the DOCTYPE are skipped (no entity is ever expanded from a DTD), CDATA is
 * text, and a truncated document simply ends. It never throws.
 *
 * Browser-safe, no dependency: it scans a string (decode the part's bytes first, e.g. with
 * `Zip.text`).
 *
 * Usage:
 *   const x = new XmlScanner(text);
 *   for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
 *     if (ev === XML_OPEN && x.name === 'sheet') use(x.attr('name'), x.attr('id'));  // r:id → 'id'
 *     if (ev === XML_OPEN && x.name === 't') use(x.readText());                        // to </t>
 *     if (ev === XML_OPEN && x.name === 'rPh') x.skip();                               // subtree
 *   }
 *
 * Events: XML_OPEN (x.name, x.selfClosing, x.attr(), x.attrs()), XML_CLOSE (x.name),
 * XML_TEXT (x.text(): decoded; x.rawText(): as written), XML_END. A self-closing element gives
 * one XML_OPEN with selfClosing = true and no XML_CLOSE.
 */

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlEvent = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

/** "--" + ">", the end of a comment. */
const COMMENT_END = String.fromCharCode(45, 45, 62);
const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QMARK = 63;

function entity(s: string, from: number, semi: number): string | undefined {
  const len = semi - from;
  const c = s.charCodeAt(from);
  if (c === 35) {
    // &#NNN; or &#xHHH;
    const hex = s.charCodeAt(from + 1) === 120 || s.charCodeAt(from + 1) === 88;
    const body = s.slice(from + (hex ? 2 : 1), semi);
    if (body === '' || !(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,10}$/).test(body)) return undefined;
    const code = parseInt(body, hex ? 16 : 10);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  if (len === 2 && c === 108 && s.charCodeAt(from + 1) === 116) return '<';
  if (len === 2 && c === 103 && s.charCodeAt(from + 1) === 116) return '>';
  if (len === 3 && s.startsWith('amp', from)) return '&';
  if (len === 4 && s.startsWith('quot', from)) return '"';
  if (len === 4 && s.startsWith('apos', from)) return "'";
  return undefined;
}

/** Decodes the five XML entities and character references, once; anything else is kept as written. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) break;
    if (semi - amp > 12) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    const ch = entity(s, amp + 1, semi);
    if (ch !== undefined) {
      out += s.slice(last, amp) + ch;
      last = semi + 1;
      amp = s.indexOf('&', last);
    } else amp = s.indexOf('&', amp + 1);
  }
  return last === 0 ? s : out + s.slice(last);
}

/** "x:worksheet" → "worksheet". */
export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class XmlScanner {
  /** Local name of the element just opened or closed. */
  name = '';
  /** The element just opened was written `<x/>`. */
  selfClosing = false;
  private pos: number;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private readonly len: number;

  constructor(
    readonly xml: string,
    start = 0,
  ) {
    this.pos = start;
    this.len = xml.length;
  }

  /** Offset of the scanner in the text (after the last event). */
  get offset(): number {
    return this.pos;
  }

  next(): XmlEvent {
    const s = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= this.len) return XML_END;
      if (s.charCodeAt(p) !== LT) {
        let lt = s.indexOf('<', p);
        if (lt < 0) lt = this.len;
        this.textStart = p;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        return XML_TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === BANG) {
        // A comment. (Its delimiters are never written as string literals here: this code is
        // inlined into an HTML page, where the opening one must not appear.)
        if (s.charCodeAt(p + 2) === 45 && s.charCodeAt(p + 3) === 45) {
          const e = s.indexOf(COMMENT_END, p + 4);
          this.pos = e < 0 ? this.len : e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', p)) {
          const e = s.indexOf(']]>', p + 9);
          this.textStart = p + 9;
          this.textEnd = e < 0 ? this.len : e;
          this.cdata = true;
          this.pos = e < 0 ? this.len : e + 3;
          return XML_TEXT;
        }
        // <!DOCTYPE …> (with an internal subset in [ ]): skipped whole, never interpreted.
        const bracket = s.indexOf('[', p);
        const gt = s.indexOf('>', p);
        if (bracket >= 0 && gt >= 0 && bracket < gt) {
          const close = s.indexOf(']', bracket);
          const e = close < 0 ? -1 : s.indexOf('>', close);
          this.pos = e < 0 ? this.len : e + 1;
        } else this.pos = gt < 0 ? this.len : gt + 1;
        continue;
      }
      if (c1 === QMARK) {
        const e = s.indexOf('?>', p + 2);
        this.pos = e < 0 ? this.len : e + 2;
        continue;
      }
      const closing = c1 === SLASH;
      let q = closing ? p + 2 : p + 1;
      const nameStart = q;
      let colon = -1;
      for (; q < this.len; q++) {
        const c = s.charCodeAt(q);
        if (c === GT || c === SLASH || isSpace(c)) break;
        if (c === 58) colon = q;
      }
      if (q === nameStart) {
        // "<" not starting a tag (e.g. "a < b" written unescaped): text.
        this.textStart = p;
        let lt = s.indexOf('<', p + 1);
        if (lt < 0) lt = this.len;
        this.textEnd = lt;
        this.cdata = true;
        this.pos = lt;
        return XML_TEXT;
      }
      this.name = s.slice(colon < 0 ? nameStart : colon + 1, q);
      // Find the end of the tag, skipping quoted attribute values (they may hold ">").
      let e = q;
      let quote = 0;
      for (; e < this.len; e++) {
        const c = s.charCodeAt(e);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === GT) break;
      }
      this.pos = e < this.len ? e + 1 : this.len;
      if (closing) return XML_CLOSE;
      this.selfClosing = e < this.len && s.charCodeAt(e - 1) === SLASH;
      this.attrStart = q;
      this.attrEnd = this.selfClosing ? e - 1 : e;
      return XML_OPEN;
    }
  }

  /** The value of an attribute of the element just opened, matched by local name, decoded. */
  attr(local: string): string | undefined {
    const raw = this.rawAttr(local);
    return raw === undefined ? undefined : decodeEntities(raw);
  }

  /** The same, not decoded (for values known to hold no entity: numbers, references). */
  rawAttr(local: string): string | undefined {
    const s = this.xml;
    const end = this.attrEnd;
    const n = local.length;
    let i = this.attrStart;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const nameStart = i;
      let colon = -1;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === 61 || isSpace(c)) break;
        if (c === 58) colon = i;
        i++;
      }
      const ls = colon < 0 ? nameStart : colon + 1;
      const match = i - ls === n && s.startsWith(local, ls);
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 61) {
        // A name without a value (not XML, tolerated): skip it.
        if (i === nameStart) i++;
        continue;
      }
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      let vs: number;
      let ve: number;
      if (q === 34 || q === 39) {
        vs = i + 1;
        const close = s.indexOf(q === 34 ? '"' : "'", vs);
        ve = close < 0 || close > end ? end : close;
        i = ve + 1;
      } else {
        // Unquoted (not XML, tolerated): up to the next space.
        vs = i;
        while (i < end && !isSpace(s.charCodeAt(i))) i++;
        ve = i;
      }
      if (match) return s.slice(vs, ve);
    }
    return undefined;
  }

  /** Every attribute of the element just opened, by local name, decoded. */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    const text = this.xml.slice(this.attrStart, this.attrEnd);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const key = localName(m[1]!);
      if (!(key in out)) out[key] = decodeEntities(m[2] ?? m[3] ?? '');
    }
    return out;
  }

  /** The text just read, decoded (CDATA as written). */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** The text just read, as written. */
  rawText(): string {
    return this.xml.slice(this.textStart, this.textEnd);
  }

  /**
   * After XML_OPEN: all the text inside the element up to its close (nested elements' text
   * included), decoded; the scanner is left after the close. "" for a self-closing element.
   */
  readText(): string {
    if (this.selfClosing) return '';
    const s = this.xml;
    // Fast path: plain text then the closing tag.
    const lt = s.indexOf('<', this.pos);
    if (lt >= 0 && s.charCodeAt(lt + 1) === SLASH) {
      const raw = s.slice(this.pos, lt);
      const gt = s.indexOf('>', lt);
      this.pos = gt < 0 ? this.len : gt + 1;
      this.name = '';
      return raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
    }
    let out = '';
    let depth = 1;
    for (let ev = this.next(); ev !== XML_END; ev = this.next()) {
      if (ev === XML_TEXT) out += this.text();
      else if (ev === XML_OPEN && !this.selfClosing) depth++;
      else if (ev === XML_CLOSE && --depth === 0) break;
    }
    return out;
  }

  /** After XML_OPEN: skips the element's content and its close. */
  skip(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (let ev = this.next(); ev !== XML_END; ev = this.next()) {
      if (ev === XML_OPEN && !this.selfClosing) depth++;
      else if (ev === XML_CLOSE && --depth === 0) return;
    }
  }
}

/** A small element tree for small parts (relationships, workbook.xml, a .docx table). */
export interface XmlElement {
  /** Local name. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element, decoded (children's text not included). */
  text: string;
}

/** Parses a whole part into a tree (tolerant like the scanner; an unclosed element closes at the end). */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const x = new XmlScanner(xml);
  for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
    const top = stack[stack.length - 1]!;
    if (ev === XML_OPEN) {
      const el: XmlElement = { name: x.name, attrs: x.attrs(), children: [], text: '' };
      top.children.push(el);
      if (!x.selfClosing) stack.push(el);
    } else if (ev === XML_CLOSE) {
      // Close the nearest open element of that name (a stray close is ignored).
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === x.name) {
          stack.length = i;
          break;
        }
      }
    } else if (stack.length > 1) top.text += x.text();
  }
  return root;
}

/** Every descendant element with that local name, in document order. */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** The first descendant element with that local name. */
export function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.name === name) return c;
    const d = findFirst(c, name);
    if (d) return d;
  }
  return undefined;
}

/** OOXML booleans: "1"/"true"/"on" (any case) are true, "0"/"false"/"off" false; anything else: `fallback`. */
export function xmlBool(v: string | undefined, fallback = false): boolean {
  if (v === undefined) return fallback;
  const t = v.trim().toLowerCase();
  if (t === '1' || t === 'true' || t === 'on') return true;
  if (t === '0' || t === 'false' || t === 'off' || t === '') return false;
  return fallback;
}
