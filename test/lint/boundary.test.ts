/**
 * The architecture's boundary is a lint rule: nothing under src/domain imports Office,
 * exceljs, React, the DOM, Node built-ins or an adapter. These cases prove the rule fires
 * (and does not fire where the dependency is allowed), so a config edit cannot switch it off.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Lints `code` as if it were `file` with the project's own config (ESLint loads its flat config by dynamic import, which jest's VM cannot, so it runs as a process). */
function errorsFor(file: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [eslintBin, '--stdin', '--stdin-filename', file, '--format', 'json'], {
      cwd: root,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const [result] = JSON.parse(out) as { messages: { severity: number; ruleId: string | null }[] }[];
        resolve(result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse'));
      } catch (e) {
        reject(new Error(`eslint printed no JSON: ${out.slice(0, 500)}`, { cause: e }));
      }
    });
    child.stdin.end(code);
  });
}

describe('src/domain boundary', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ["import { Button } from '@fluentui/react-components';\nexport const x = Button;\n", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    [
      "import { OfficeWorkbookPort } from '../../adapters/office/office-port';\nexport const x = OfficeWorkbookPort;\n",
      'no-restricted-imports',
    ],
    ['export const x = () => document.title;\n', 'no-restricted-globals'],
    ['export const x = () => window.localStorage;\n', 'no-restricted-globals'],
    ['export const x = () => Excel.run;\n', 'no-restricted-globals'],
  ])('refuses %j in src/domain', async (code, rule) => {
    expect(await errorsFor('src/domain/engine/zz-probe.ts', code)).toContain(rule);
  });

  it('allows the same imports in an adapter and the task pane', async () => {
    expect(
      await errorsFor(
        'src/adapters/exceljs/zz-probe.ts',
        "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n",
      ),
    ).toEqual([]);
    expect(
      await errorsFor('src/taskpane/zz-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"),
    ).toEqual([]);
  });

  it('allows the domain to import the domain', async () => {
    expect(
      await errorsFor(
        'src/domain/engine/zz-probe.ts',
        "import { a1 } from '../sheet/address';\nexport const x = a1;\n",
      ),
    ).toEqual([]);
  });
});
