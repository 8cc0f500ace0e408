/**
 * What a printed PDF shows, read without a PDF library:
 *  - font sizes: each page's content stream is inflated and interpreted just enough to know the
 *    size every text-showing operator (Tj, TJ, ', ") draws at — the Tf size times the text
 *    matrix (Tm) and the graphics matrix (cm, with q/Q) scale. LibreOffice writes the printed
 *    (already shrunk) size in Tf, so this is the size on paper, in points;
 *  - the cell borders drawn (m … l S segments), in the same top-down coordinates as pdftotext;
 *  - the words and their boxes, from poppler's `pdftotext -bbox` (poppler-utils), and the text
 *    in content order from `pdftotext -raw`.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { inflateSync } from 'zlib';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Printed size of every text run drawn on the page, in points. */
  textSizes: number[];
  /** Straight border segments, top-down y (as pdftotext's boxes). */
  segments: Segment[];
  words: Word[];
  /** Text in content-stream order (a cell's wrapped lines stay together). */
  raw: string;
}

export function pdftotextPath(): string {
  for (const p of [process.env.PHULUC_PDFTOTEXT, '/usr/bin/pdftotext']) if (p && existsSync(p)) return p;
  throw new Error('pdftotext is needed by this test: apt-get install poppler-utils');
}

function run(args: string[]): string {
  const r = spawnSync(pdftotextPath(), args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function bboxWords(file: string): Word[][] {
  const xml = run(['-bbox', file, '-']);
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: unescapeXml(m[5]!),
        }),
      ),
    );
}

/** Objects of the file by number (latin1 text, byte for byte). */
function objects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2]!);
  return out;
}

function streamOf(body: string): Buffer {
  const start = body.search(/stream\r?\n/);
  if (start < 0) return Buffer.alloc(0);
  const from = body.indexOf('\n', start) + 1;
  const to = body.lastIndexOf('endstream');
  const bytes = Buffer.from(body.slice(from, to), 'latin1');
  return /\/FlateDecode/.test(body.slice(0, start)) ? inflateSync(bytes) : bytes;
}

type Token = { op: string } | { num: number } | { other: true };

function* tokens(s: string): Generator<Token> {
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '%') while (i < s.length && s[i] !== '\n') i++;
    else if (c === '(') {
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      i++;
      yield { other: true };
    } else if (c === '<' && s[i + 1] === '<') {
      i += 2;
      yield { other: true };
    } else if (c === '>' && s[i + 1] === '>') {
      i += 2;
      yield { other: true };
    } else if (c === '<') {
      i = s.indexOf('>', i) + 1;
      yield { other: true };
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
      yield { other: true };
    } else if (c === '/') {
      i++;
      while (i < s.length && !/[\s/[\]()<>{}%]/.test(s[i]!)) i++;
      yield { other: true };
    } else {
      let j = i;
      while (j < s.length && !/[\s/[\]()<>{}%]/.test(s[j]!)) j++;
      const word = s.slice(i, j === i ? i + 1 : j);
      i = j === i ? i + 1 : j;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield { num: Number(word) };
      else yield { op: word };
    }
  }
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const scaleOf = (m: Matrix) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

function interpret(content: string, height: number): Pick<PdfPage, 'textSizes' | 'segments'> {
  const textSizes: number[] = [];
  const segments: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let size = 0;
  let nums: number[] = [];
  let at: [number, number] | undefined;
  let path: Segment[] = [];
  for (const t of tokens(content)) {
    if ('num' in t) {
      nums.push(t.num);
      continue;
    }
    if ('op' in t) {
      const n = nums;
      switch (t.op) {
        case 'q':
          stack.push(ctm);
          break;
        case 'Q':
          ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
          break;
        case 'cm':
          if (n.length >= 6) ctm = multiply(n.slice(-6) as Matrix, ctm);
          break;
        case 'BT':
          tm = [1, 0, 0, 1, 0, 0];
          break;
        case 'Tm':
          if (n.length >= 6) tm = n.slice(-6) as Matrix;
          break;
        case 'Tf':
          size = n[n.length - 1] ?? size;
          break;
        case 'Tj':
        case 'TJ':
        case "'":
        case '"':
          textSizes.push(size * scaleOf(tm) * scaleOf(ctm));
          break;
        case 'm':
          at = apply(ctm, n[n.length - 2]!, n[n.length - 1]!);
          break;
        case 'l': {
          const to = apply(ctm, n[n.length - 2]!, n[n.length - 1]!);
          if (at) path.push({ x1: at[0], y1: height - at[1], x2: to[0], y2: height - to[1] });
          at = to;
          break;
        }
        case 'S':
        case 's':
          segments.push(...path);
          path = [];
          break;
        case 'n':
        case 'f':
        case 'f*':
        case 'B':
        case 'b':
        case 'W':
        case 'W*':
          if (t.op !== 'W' && t.op !== 'W*') path = [];
          break;
      }
      nums = [];
    } else nums = [];
  }
  return { textSizes, segments };
}

/** Every page of `file`, in order. */
export function readPdf(file: string, bytes: Buffer): PdfPage[] {
  const pdf = bytes.toString('latin1');
  const objs = objects(pdf);
  const root = [...objs.values()].find((b) => /\/Type\s*\/Pages\b/.test(b) && /\/Kids/.test(b) && !/\/Parent/.test(b));
  if (!root) throw new Error('PDF without a page tree');
  const kids = (o: string): number[] =>
    [...(/\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pages: string[] = [];
  const walk = (o: string) => {
    for (const k of kids(o)) {
      const body = objs.get(k) ?? '';
      if (/\/Type\s*\/Pages\b/.test(body)) walk(body);
      else pages.push(body);
    }
  };
  walk(root);
  const words = bboxWords(file);
  const raw = run(['-raw', file, '-']).split('\f');
  if (words.length !== pages.length)
    throw new Error(`pdftotext saw ${words.length} pages, the page tree ${pages.length}`);
  return pages.map((page, i) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page);
    const width = box ? Number(box[3]) - Number(box[1]) : 0;
    const height = box ? Number(box[4]) - Number(box[2]) : 0;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const text = [...contents.matchAll(/(\d+) 0 R/g)]
      .map((m) => streamOf(objs.get(Number(m[1])) ?? '').toString('latin1'))
      .join('\n');
    return { width, height, ...interpret(text, height), words: words[i]!, raw: raw[i] ?? '' };
  });
}
