import { tabRoot, tabHeading, tabHint, plainList } from '../tabStyles';
import { createFocusOutlineStyle, makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useValidateTabStyles = makeStyles({
  root: tabRoot,
  hint: tabHint,
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  heading: tabHeading,
  filter: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  filterLabel: {
    fontWeight: tokens.fontWeightSemibold,
  },
  filterState: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  groupHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
    textAlign: 'left',
  },
  groupCounts: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  list: plainList,
});

export const useFindingItemStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    minWidth: 0,
    margin: 0,
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: 'transparent',
    border: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    whiteSpace: 'normal',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
  },
  line: {
    display: 'block',
  },
  groupTitle: {
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
  },
  explained: {
    display: 'block',
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  rootNote: {
    display: 'block',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /** "Do ô F10: …" under a consequence: a small link-like button to the cause. */
  cause: {
    display: 'block',
    width: '100%',
    margin: 0,
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorBrandForegroundLink,
    backgroundColor: tokens.colorNeutralBackground2,
    border: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover, textDecorationLine: 'underline' },
    ...createFocusOutlineStyle(),
  },
  groupActions: {
    display: 'flex',
    paddingLeft: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  members: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
});
