import { INDICATOR_SET_INFO } from './info';
import { getIndicatorSet, listIndicatorSets } from './load';
import { indicatorSetWarnings } from './warnings';

it('describes every built-in set as the registry has it (ids, titles, periods, milestones, conflicts)', () => {
  expect(INDICATOR_SET_INFO.map((i) => i.id)).toEqual(listIndicatorSets().map((s) => s.id));
  for (const info of INDICATOR_SET_INFO) {
    const set = getIndicatorSet(info.id)!;
    expect(info).toEqual({
      id: set.id,
      title: set.title,
      period: set.period,
      targetYears: set.targetYears,
      conflicts: new Set(indicatorSetWarnings(set).map((w) => w.indicatorId)).size,
    });
  }
});
