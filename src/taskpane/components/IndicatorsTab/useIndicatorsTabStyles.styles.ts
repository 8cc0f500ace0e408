import { tabRoot, tabHeading, tabHint, plainList } from '../tabStyles';
import { makeStyles, tokens } from '@fluentui/react-components';

export const useIndicatorsTabStyles = makeStyles({
  root: tabRoot,
  hint: tabHint,
  heading: tabHeading,
  list: plainList,
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  cardTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  indicatorId: {
    color: tokens.colorBrandForeground1,
    marginRight: tokens.spacingHorizontalXS,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  noValue: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  targets: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  targetRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  targetLabel: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  targetValue: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  gap: {
    color: tokens.colorNeutralForeground2,
  },
  // Chart
  chart: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  chartRow: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  chartLabel: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  bar: {
    display: 'flex',
    width: '100%',
    height: '14px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground4,
  },
  segment: {
    height: '100%',
  },
  dat: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  chuaDat: { backgroundColor: tokens.colorPaletteRedBackground3 },
  none: { backgroundColor: tokens.colorNeutralStroke1 },
  noTarget: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  cannotJudge: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  legendItem: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    flexShrink: 0,
  },
});
