/**
 * Versions a validation stamp records: which rules checked the workbook and against which
 * indicator set. Each is a revision number people read plus a fingerprint the code computes,
 * so that adding, removing or re-grading a rule (or editing a target) changes the version even
 * when nobody remembered to bump the number.
 */
import { getIndicatorSet } from '../indicators/load';
import { RULES } from '../rules/registry';
import { sha256Hex } from './sha256';

/** Bump when a rule's logic changes in a way its id and severity do not show. */
export const RULESET_REVISION = 1;

let rules: string | undefined;

/** "1-3f2a9c01": the revision and 8 hex digits over every rule's id and default severity. */
export function rulesVersion(): string {
  rules ??= `${RULESET_REVISION}-${sha256Hex(RULES.map((r) => `${r.id}:${r.defaultSeverity}`).join('\n')).slice(0, 8)}`;
  return rules;
}

const sets = new Map<string, string>();

/** "clqg-2021-2030-5be0cd19": the set's id and 8 hex digits over its whole definition. */
export function indicatorsVersion(setId: string | undefined): string {
  const set = getIndicatorSet(setId) ?? getIndicatorSet()!;
  let v = sets.get(set.id);
  if (!v) {
    v = `${set.id}-${sha256Hex(JSON.stringify(set)).slice(0, 8)}`;
    sets.set(set.id, v);
  }
  return v;
}
