/**
 * Status counts as horizontal stacked bars (plain divs, no chart library): one bar against
 * local targets, one against national targets, each with a text legend so the numbers are
 * readable at 320 px and by screen readers.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { IndicatorResult, Status } from '../../../domain/report/schema';
import { indicatorStatusCounts, statusShares } from '../../state';
import { S, statusLabel } from '../../../domain/messages/taskpane';
import { useIndicatorsTabStyles } from './useIndicatorsTabStyles.styles';

const ORDER: Status[] = ['dat', 'chua-dat', 'khong-danh-gia-duoc', 'chua-co-chi-tieu', 'chua-co-so-lieu'];

/** Always in the legend (missing data and missing targets counted apart); "Không đánh giá được" only when some indicator has it. */
const BASIC = new Set<Status>(['dat', 'chua-dat', 'chua-co-so-lieu', 'chua-co-chi-tieu']);

/** The national milestones the results are compared with ("2025"), in order. */
function milestones(indicators: readonly IndicatorResult[]): string[] {
  return [...new Set(indicators.map((i) => i.nationalYear).filter((y): y is string => !!y))].sort();
}

export function StatusChart({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const styles = useIndicatorsTabStyles();
  const colour: Record<Status, string> = {
    dat: styles.dat,
    'chua-dat': styles.chuaDat,
    'chua-co-so-lieu': styles.none,
    'chua-co-chi-tieu': styles.noTarget,
    'khong-danh-gia-duoc': styles.cannotJudge,
  };

  const bar = (against: 'local' | 'national', label: string) => {
    const counts = indicatorStatusCounts(indicators, against);
    const shares = statusShares(counts);
    return (
      <div className={styles.chartRow} key={against}>
        <span className={styles.chartLabel}>{label}</span>
        <div className={styles.bar} role="img" aria-label={S.indicators.chartAria(label, against, counts)}>
          {ORDER.filter((s) => counts[s] > 0).map((s) => (
            <div key={s} className={mergeClasses(styles.segment, colour[s])} style={{ width: `${shares[s]}%` }} />
          ))}
        </div>
        <ul className={styles.legend} aria-hidden="true">
          {ORDER.filter((s) => counts[s] > 0 || BASIC.has(s)).map((s) => (
            <li key={s} className={styles.legendItem}>
              <span className={mergeClasses(styles.swatch, colour[s])} />
              {`${statusLabel(s, against)}: ${counts[s]}`}
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
      {bar('national', S.indicators.national(milestones(indicators)))}
    </section>
  );
}
