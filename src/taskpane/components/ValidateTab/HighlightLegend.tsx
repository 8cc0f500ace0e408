/** Which colour "Tô màu ô lỗi" puts in the sheet for what: light red for errors, yellow for warnings. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { HIGHLIGHT_FILLS, type HighlightKind } from '../../../domain/sheet/workbook';
import { S, SEVERITY_LABEL } from '../../../domain/messages/taskpane';

const KINDS: HighlightKind[] = ['error', 'warning'];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  title: { margin: 0 },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export function HighlightLegend() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <span className={styles.title} aria-hidden="true">
        {S.validate.legendTitle}:
      </span>
      <ul className={styles.list} aria-label={S.validate.legendTitle}>
        {KINDS.map((k) => (
          <li key={k} className={styles.item}>
            <span className={styles.swatch} data-swatch={k} style={{ backgroundColor: HIGHLIGHT_FILLS[k] }} />
            {SEVERITY_LABEL[k]}
          </li>
        ))}
      </ul>
    </div>
  );
}
