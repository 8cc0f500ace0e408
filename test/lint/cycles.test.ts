/**
 * No module of src/ imports itself back through others (a circle such as cli/main ↔
 * cli/aggregate makes load order decide whether a binding is defined yet). Only imports that
 * exist at run time count: `import type`, type-only named imports and dynamic import() do not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

/** Relative module specifiers `text` loads at run time (static imports and re-exports). */
function runtimeImports(text: string, fileName = 'x.ts'): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      if (c?.isTypeOnly) continue;
      const named = c?.namedBindings;
      const onlyTypes =
        c && !c.name && named && ts.isNamedImports(named) && named.elements.length > 0
          ? named.elements.every((e) => e.isTypeOnly)
          : false;
      if (!onlyTypes) out.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      if (st.isTypeOnly) continue;
      const e = st.exportClause;
      if (e && ts.isNamedExports(e) && e.elements.length > 0 && e.elements.every((x) => x.isTypeOnly)) continue;
      out.push(st.moduleSpecifier.text);
    }
  }
  return out.filter((s) => s.startsWith('.'));
}

/** Strongly connected groups of more than one module (or a module importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolveModule(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(
    (c) => fs.existsSync(c) && fs.statSync(c).isFile(),
  );
}

function srcGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of sourceFiles(path.join(root, 'src'))) {
    const deps = runtimeImports(fs.readFileSync(f, 'utf8'), f)
      .map((s) => resolveModule(f, s))
      .filter((x): x is string => x !== undefined);
    graph.set(
      path.relative(root, f),
      deps.map((d) => path.relative(root, d)),
    );
  }
  return graph;
}

describe('module circles', () => {
  it('counts run-time imports only', () => {
    const text = [
      "import type { A } from './a';",
      "import { type B } from './b';",
      "import { c } from './c';",
      "import d, { type D } from './d';",
      "import './e';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "import React from 'react';",
      "const h = () => import('./h');",
    ].join('\n');
    expect(runtimeImports(text)).toEqual(['./c', './d', './e', './f']);
  });

  it('finds a circle of two and of three, and none in a chain', () => {
    const g = new Map([
      ['main', ['aggregate', 'args']],
      ['aggregate', ['main']],
      ['x', ['y']],
      ['y', ['z']],
      ['z', ['x']],
      ['args', []],
    ]);
    expect(cycles(g)).toEqual([
      ['aggregate', 'main'],
      ['x', 'y', 'z'],
    ]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('src/ has none', () => {
    const graph = srcGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
    expect(graph.get(path.join('src', 'cli', 'aggregate.ts'))).toContain(path.join('src', 'cli', 'args.ts'));
  });
});
