export * from './compare';
export { compareSheetPlan } from './sheet';
export { isTermBound, sameTerm, termLabel, termStart } from './term';
export { carryOver, type CarryResult } from './carry';
