/** Public API of the indicator definitions and target computations. */
export * from './schema';
export * from './targets';
export * from './load';
export { describeTargets, indicatorSetWarnings, type IndicatorSetWarning } from './warnings';
export { CLQG_2021_2030, clqg20212030Definition } from './clqg-2021-2030';
export { CLQG_2011_2020, clqg20112020Definition } from './clqg-2011-2020';
export { describeTarget, formatNumberVi, formatTarget, formatValueWithUnit } from './format';
export { EPSILON, allowedCmps, compareAmbition, defaultCmp, polarity, satisfies, type Polarity } from './direction';
