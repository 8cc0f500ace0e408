/**
 * The rules stay findable and tested: each rule of the registry lives in the module named after
 * its id ("type/text-length" → type-text-length.ts), with its own valid and invalid cases run by
 * the shared rule tester in the test file beside it; and every rule module is in the registry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from './registry';

const DIR = __dirname;
const fileOf = (id: string) => id.replace('/', '-');

describe('the rule registry', () => {
  it('lists each rule once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id]))('%s: its module, and its cases run by the rule tester', (id) => {
    const base = fileOf(id);
    expect(existsSync(path.join(DIR, `${base}.ts`))).toBe(true);
    const source = readFileSync(path.join(DIR, `${base}.ts`), 'utf8');
    expect(source).toContain(`id: '${id}'`);
    const testFile = path.join(DIR, `${base}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    const test = readFileSync(testFile, 'utf8');
    expect(test).toMatch(/ruleTester\(\w+, \{/);
    expect(test).toContain(`from './${base}'`);
  });

  it('holds every rule module', () => {
    const listed = new Set(RULES.map((r) => `${fileOf(r.id)}.ts`));
    const modules = readdirSync(DIR).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'registry.ts' && f !== 'types.ts',
    );
    expect(modules.filter((f) => !listed.has(f))).toEqual([]);
  });
});
