/** Every rule, in the order of the spec's families. Add a rule: write its module, list it here. */
import { presenceRequired } from './presence-required';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [presenceRequired];
