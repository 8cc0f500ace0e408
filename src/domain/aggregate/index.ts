/** Aggregation of unit reports into one workbook at the receiving level. */
export {
  aggregate,
  AGGREGATABLE,
  type AggregatableId,
  type AggregateInput,
  type AggregateOptions,
  type AggregateResult,
  type MergedValue,
  type UnitStatus,
} from './aggregate';
export { AGGREGATE_NOTES, GHI_CHU_INVALID, INCLUSION_LABEL, STATUS_SHEET, type Inclusion } from '../messages/aggregate';
