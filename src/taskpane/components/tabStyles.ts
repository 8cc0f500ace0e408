/** Style pieces every tab shares (spread into each tab's makeStyles), so the tabs look alike. */
import { tokens } from '@fluentui/react-components';

export const tabRoot = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 } as const;

export const tabHeading = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
} as const;

export const tabHint = { margin: 0, color: tokens.colorNeutralForeground3 } as const;

export const plainList = {
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
} as const;
