/**
 * What the settings show of each built-in indicator set, without loading the sets: light
 * enough for the task pane's first paint. info.test.ts holds it equal to the registry.
 */
export interface IndicatorSetInfo {
  id: string;
  title: string;
  period: { from: number; to: number };
  targetYears: readonly string[];
  /** Indicators the set's source states twice, differently (reported at validation). */
  conflicts: number;
}

export const INDICATOR_SET_INFO: readonly IndicatorSetInfo[] = [
  {
    id: 'clqg-2021-2030',
    title: 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030',
    period: { from: 2021, to: 2030 },
    targetYears: ['2025', '2030'],
    conflicts: 0,
  },
  {
    id: 'clqg-2011-2020',
    title: 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020',
    period: { from: 2011, to: 2020 },
    targetYears: ['2015', '2020'],
    conflicts: 7,
  },
];
