/**
 * What an indicator set that loads can still tell its user: the places where its source
 * document states one indicator's targets twice, differently (seed 003: women business owners,
 * text 10 % / 30 %, annex table 30 % / 35 %). The set keeps one definition; each conflict is a
 * warning naming the entry, both statements and which one is compared.
 */
import { SET_WARNING } from '../messages/indicators';
import { describeTarget } from './format';
import type { Indicator, IndicatorSet, Target } from './schema';

export interface IndicatorSetWarning {
  /** Where in the set: "indicators[5].statedElsewhere[0]". */
  path: string;
  indicatorId: string;
  message: string;
}

/** "năm 2015: từ 10 % trở lên; năm 2020: từ 30 % trở lên" */
export function describeTargets(ind: Pick<Indicator, 'direction' | 'unit'>, national: Record<string, Target>): string {
  return Object.keys(national)
    .sort((a, b) => Number(a) - Number(b))
    .map((y) => `năm ${y}: ${describeTarget(ind, national[y]!)}`)
    .join(', ');
}

export function indicatorSetWarnings(set: IndicatorSet): IndicatorSetWarning[] {
  const out: IndicatorSetWarning[] = [];
  set.indicators.forEach((ind, i) => {
    const kept = describeTargets(ind, ind.national);
    (ind.statedElsewhere ?? []).forEach((other, k) => {
      const said = describeTargets(ind, other.national);
      if (said === kept) return;
      out.push({
        path: `indicators[${i}].statedElsewhere[${k}]`,
        indicatorId: ind.id,
        message: SET_WARNING.statedTwice({
          set: set.title,
          id: ind.id,
          name: ind.name,
          statedIn: set.statedIn ?? SET_WARNING.defaultStatedIn,
          kept,
          where: other.where,
          other: said,
        }),
      });
    });
  });
  return out;
}
