import { ruleTester } from '../../../test/support/rule-tester';
import { structureHiddenAnnex } from './structure-hidden-annex';

ruleTester(structureHiddenAnnex, {
  valid: [
    { name: 'a sheet without visibility (visible)', template: 'PL-II' },
    { name: 'visibility "visible"', template: 'VB', patch: (s) => (s.visibility = 'visible') },
  ],
  invalid: [
    {
      name: 'hidden sheet: sheet-level warning',
      template: 'PL-II',
      patch: (s) => (s.visibility = 'hidden'),
      findings: [{ messageId: 'structure/hidden-annex', cell: '', severity: 'warning' }],
    },
    {
      name: 'very hidden sheet',
      template: 'CLQG',
      patch: (s) => (s.visibility = 'veryHidden'),
      findings: [{ messageId: 'structure/hidden-annex', cell: '' }],
    },
  ],
});
