import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, tabHeading, tabHint, tabRoot } from '../tabStyles';

export const useCompareTabStyles = makeStyles({
  root: tabRoot,
  heading: tabHeading,
  hint: tabHint,
  subheading: { ...tabHeading, fontSize: tokens.fontSizeBase300 },
  list: plainList,
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  kind: { fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, overflowWrap: 'anywhere' },
  explanation: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fileInput: { display: 'none' },
});
