/** Every rule, in the order of the spec's families. Add a rule: write its module, list it here. */
import { arithmeticRatio } from './arithmetic-ratio';
import { arithmeticTotal } from './arithmetic-total';
import { presenceRequired } from './presence-required';
import { typeDate } from './type-date';
import { typeDateInNumber } from './type-date-in-number';
import { typeFormulaError } from './type-formula-error';
import { typeNumberText } from './type-number-text';
import { typeTextLength } from './type-text-length';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  // 2. Presence
  presenceRequired,
  // 3. Type
  typeNumberText,
  typeDateInNumber,
  typeFormulaError,
  typeDate,
  typeTextLength,
  // 5. Arithmetic
  arithmeticRatio,
  arithmeticTotal,
];
