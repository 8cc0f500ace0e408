/**
 * Status counts as horizontal stacked bars (plain divs, no chart library): one bar against
 * local targets, one against national targets, each with a text legend so the numbers are
 * readable at 320 px and by screen readers.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { IndicatorResult, Status } from '../../../domain/report/schema';
import { indicatorStatusCounts, statusShares } from '../../state';
import { S, STATUS_LABEL } from '../../../domain/messages/taskpane';
import { useIndicatorsTabStyles } from './useIndicatorsTabStyles.styles';

const ORDER: Status[] = ['dat', 'chua-dat', 'chua-co-so-lieu'];

export function StatusChart({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const styles = useIndicatorsTabStyles();
  const colour: Record<Status, string> = {
    dat: styles.dat,
    'chua-dat': styles.chuaDat,
    'chua-co-so-lieu': styles.none,
  };

  const bar = (against: 'local' | 'national', label: string) => {
    const counts = indicatorStatusCounts(indicators, against);
    const shares = statusShares(counts);
    return (
      <div className={styles.chartRow} key={against}>
        <span className={styles.chartLabel}>{label}</span>
        <div
          className={styles.bar}
          role="img"
          aria-label={S.indicators.chartAria(label, counts.dat, counts['chua-dat'], counts['chua-co-so-lieu'])}
        >
          {ORDER.filter((s) => counts[s] > 0).map((s) => (
            <div key={s} className={mergeClasses(styles.segment, colour[s])} style={{ width: `${shares[s]}%` }} />
          ))}
        </div>
        <ul className={styles.legend} aria-hidden="true">
          {ORDER.map((s) => (
            <li key={s} className={styles.legendItem}>
              <span className={mergeClasses(styles.swatch, colour[s])} />
              {`${STATUS_LABEL[s]}: ${counts[s]}`}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <section className={styles.chart} aria-label={S.indicators.chartTitle}>
      <h2 className={styles.heading}>{S.indicators.chartTitle}</h2>
      {bar('local', S.indicators.local)}
      {bar('national', S.indicators.national)}
    </section>
  );
}
