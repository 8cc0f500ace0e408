import { tabRoot, tabHeading, tabHint } from '../tabStyles';
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAggregateTabStyles = makeStyles({
  root: tabRoot,
  heading: tabHeading,
  hint: tabHint,
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  progressText: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
  summary: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  summaryLabel: {
    margin: 0,
    minWidth: 0,
  },
  summaryValue: {
    margin: 0,
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
  },
  fileInput: {
    display: 'none',
  },
});
