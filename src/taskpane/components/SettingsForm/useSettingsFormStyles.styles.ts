import { tabHint } from '../tabStyles';
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSettingsFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  hint: tabHint,
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '> *': { flex: '1 1 120px', minWidth: 0 },
  },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  targetRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  targetId: { flex: '1 1 90px', minWidth: 0 },
  targetValue: { flex: '1 1 90px', minWidth: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  unsaved: {
    color: tokens.colorNeutralForeground2,
  },
  input: { width: '100%', minWidth: 0 },
});
