import { ruleTester } from '../../../test/support/rule-tester';
import { targetSetConflict } from './target-set-conflict';

const OLD = { indicatorSet: 'clqg-2011-2020', reportYear: 2014 };

ruleTester(targetSetConflict, {
  valid: [
    { name: 'the 2021–2030 set states each target once', template: 'CLQG' },
    { name: 'nor on a KH sheet', template: 'KH' },
  ],
  invalid: [
    {
      name: 'seed 003 (2011–2020), report year 2014: the seven indicators the plan states twice, each on its CLQG row, at the milestone compared (2015; 1.1a and 1.1b have only 2020)',
      template: 'CLQG',
      settings: OLD,
      findings: ['E10', 'E11', 'D12', 'D13', 'D16', 'D22', 'D34'].map((cell) => ({
        messageId: 'target/set-conflict',
        cell,
        severity: 'info' as const,
      })),
    },
    {
      name: 'report year 2018: compared with the 2020 milestone (column E); women business owners 2.2 on row 16',
      template: 'CLQG',
      settings: { ...OLD, reportYear: 2018 },
      findings: ['E10', 'E11', 'E12', 'E13', 'E16', 'E22', 'E34'].map((cell) => ({
        messageId: 'target/set-conflict',
        cell,
        severity: 'info' as const,
      })),
    },
    {
      name: 'no CLQG sheet: on the KH rows, period-plan column',
      template: 'KH',
      settings: OLD,
      findings: ['E8', 'E9', 'E10', 'E11', 'E14', 'E20', 'E32'].map((cell) => ({
        messageId: 'target/set-conflict',
        cell,
      })),
    },
  ],
});
