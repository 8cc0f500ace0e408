/** Every rule, in the order of the spec's families. Add a rule: write its module, list it here. */
import { arithmeticRatio } from './arithmetic-ratio';
import { arithmeticTotal } from './arithmetic-total';
import { consistencyActivityPairs } from './consistency-activity-pairs';
import { consistencyDuplicateRow } from './consistency-duplicate-row';
import { consistencyYearColumns } from './consistency-year-columns';
import { documentDuplicateNumber } from './document-duplicate-number';
import { documentEmpty } from './document-empty';
import { documentNumberCleanup } from './document-number-cleanup';
import { documentNumberFormat } from './document-number-format';
import { documentOutsidePeriod } from './document-outside-period';
import { documentRegisterOrder } from './document-register-order';
import { documentSequence } from './document-sequence';
import { documentTypeMismatch } from './document-type-mismatch';
import { documentTypeUnknown } from './document-type-unknown';
import { domainHugeCount } from './domain-huge-count';
import { domainImplausible } from './domain-implausible';
import { domainMoneyUnit } from './domain-money-unit';
import { domainNegative } from './domain-negative';
import { domainNotWhole } from './domain-not-whole';
import { domainPercentRange } from './domain-percent-range';
import { presenceRequired } from './presence-required';
import { structureDuplicateAnnex } from './structure-duplicate-annex';
import { structureHiddenAnnex } from './structure-hidden-annex';
import { structureMergedInput } from './structure-merged-input';
import { targetAgainstDirection } from './target-against-direction';
import { targetImpossibleResult } from './target-impossible-result';
import { targetLessAmbitious } from './target-less-ambitious';
import { targetSetConflict } from './target-set-conflict';
import { targetSubMeasureLower } from './target-sub-measure-lower';
import { targetTwoValues } from './target-two-values';
import { targetUnitInconsistent } from './target-unit-inconsistent';
import { typeDate } from './type-date';
import { typeDateInNumber } from './type-date-in-number';
import { typeFormulaError } from './type-formula-error';
import { typeNumberText } from './type-number-text';
import { typeTextLength } from './type-text-length';
import { typeUnit } from './type-unit';
import { textName } from './text-name';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  // 1. Structure
  structureMergedInput,
  structureHiddenAnnex,
  structureDuplicateAnnex,
  // 2. Presence
  presenceRequired,
  // 3. Type
  typeNumberText,
  typeUnit,
  typeDateInNumber,
  typeFormulaError,
  typeDate,
  typeTextLength,
  // 4. Domain
  domainNegative,
  domainNotWhole,
  domainPercentRange,
  domainImplausible,
  domainMoneyUnit,
  domainHugeCount,
  // 5. Arithmetic
  arithmeticRatio,
  arithmeticTotal,
  // 6. Consistency
  consistencyActivityPairs,
  consistencyYearColumns,
  consistencyDuplicateRow,
  // 7. Targets
  targetLessAmbitious,
  targetAgainstDirection,
  targetUnitInconsistent,
  targetTwoValues,
  targetSubMeasureLower,
  targetImpossibleResult,
  targetSetConflict,
  // 8. Documents
  documentTypeUnknown,
  documentNumberFormat,
  documentNumberCleanup,
  documentTypeMismatch,
  documentDuplicateNumber,
  documentRegisterOrder,
  documentOutsidePeriod,
  documentSequence,
  documentEmpty,
  // 9. Text
  textName,
];
