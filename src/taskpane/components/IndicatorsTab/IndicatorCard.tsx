/** One indicator: value, local and national targets with their status, and the gap still to go. */
import { Button } from '@fluentui/react-components';
import { LocationArrowRegular } from '@fluentui/react-icons/svg/location-arrow';
import type { IndicatorResult, Status } from '../../../domain/report/schema';
import { formatWithUnit } from '../../format';
import { S } from '../../../domain/messages/taskpane';
import { StatusBadge } from './StatusBadge';
import { useIndicatorsTabStyles } from './useIndicatorsTabStyles.styles';

export interface IndicatorCardProps {
  indicator: IndicatorResult;
  onGoTo?(ref: { sheet: string; cell: string }): void;
}

function valueText(i: IndicatorResult): string | null {
  if (i.boolValue !== undefined) return i.boolValue ? S.indicators.yes : S.indicators.no;
  if (i.value === null) return null;
  return formatWithUnit(i.value, i.unit);
}

function targetText(i: IndicatorResult, target: number | null): string {
  if (target === null) return S.indicators.noTarget;
  if (i.boolValue !== undefined) return target !== 0 ? S.indicators.yes : S.indicators.no;
  return formatWithUnit(target, i.unit);
}

export function IndicatorCard({ indicator: i, onGoTo }: IndicatorCardProps) {
  const styles = useIndicatorsTabStyles();
  const value = valueText(i);

  const row = (
    label: string,
    side: 'local' | 'national',
    target: number | null,
    status: Status,
    gap: number | null,
  ) => (
    <div className={styles.targetRow}>
      <dt className={styles.targetLabel}>{label}:</dt>
      <dd className={styles.targetValue}>
        <span>{targetText(i, target)}</span>
        <StatusBadge status={status} side={side} />
        {gap !== null && gap > 0 && i.boolValue === undefined ? (
          <span className={styles.gap}>{S.indicators.gap(formatWithUnit(gap, i.unit))}</span>
        ) : null}
      </dd>
    </div>
  );

  return (
    <li className={styles.card}>
      <h3 className={styles.cardTitle}>
        <span className={styles.indicatorId}>{i.id}</span>
        {i.name}
      </h3>
      {value !== null ? (
        <p className={styles.value}>
          <span className={styles.targetLabel}>{S.indicators.value}: </span>
          {value}
        </p>
      ) : (
        <p className={styles.noValue}>{S.indicators.noValue}</p>
      )}
      <dl className={styles.targets}>
        {row(S.indicators.localTarget, 'local', i.localTarget, i.localStatus, i.localGap)}
        {row(
          S.indicators.nationalTarget(i.nationalYear),
          'national',
          i.nationalTarget,
          i.nationalStatus,
          i.nationalGap,
        )}
      </dl>
      {onGoTo && i.sheet && i.cell ? (
        <div>
          <Button
            size="small"
            appearance="subtle"
            icon={<LocationArrowRegular />}
            onClick={() => onGoTo({ sheet: i.sheet!, cell: i.cell! })}
          >
            {S.indicators.goTo(i.cell)}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
