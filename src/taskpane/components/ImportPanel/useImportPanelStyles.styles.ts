import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, tabHeading, tabHint, tabRoot } from '../tabStyles';

export const useImportPanelStyles = makeStyles({
  root: tabRoot,
  heading: tabHeading,
  hint: tabHint,
  subheading: { ...tabHeading, fontSize: tokens.fontSizeBase300 },
  list: plainList,
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  columnHeader: { margin: 0, overflowWrap: 'anywhere' },
  select: { minWidth: 0, maxWidth: '100%' },
  line: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  fileInput: { display: 'none' },
});
