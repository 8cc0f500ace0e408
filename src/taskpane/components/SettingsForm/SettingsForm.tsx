/** The report settings form (đơn vị, số/ngày báo cáo, năm, kỳ, cấp hành chính, địa phương, chỉ tiêu). */
import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, Textarea } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import { SaveRegular } from '@fluentui/react-icons/svg/save';
import type { FormEvent } from 'react';
import { parseDraftDate, type DraftField } from '../../settingsForm';
import { formatVnDate } from '../../../domain/parse/date';
import { S } from '../../../domain/messages/taskpane';
import { INDICATOR_SET_INFO } from '../../../domain/indicators/info';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import type { SettingsForm as SettingsFormModel } from './useSettingsForm';
import { useSettingsFormStyles } from './useSettingsFormStyles.styles';

export interface SettingsFormProps {
  form: SettingsFormModel;
}

export function SettingsForm({ form }: SettingsFormProps) {
  const styles = useSettingsFormStyles();
  const { state, shownErrors } = form;
  const { draft } = state;

  if (state.status === 'loading' || !draft) {
    return <Spinner size="tiny" label={S.settings.loading} />;
  }

  const busy = state.status === 'saving';
  const err = (f: DraftField) => shownErrors.fields[f];
  const text = (field: DraftField, label: string, opts: { placeholder?: string; type?: 'text' | 'number' } = {}) => (
    <Field label={label} validationMessage={err(field)} validationState={err(field) ? 'error' : 'none'}>
      <Input
        className={styles.input}
        type={opts.type ?? 'text'}
        value={draft[field]}
        placeholder={opts.placeholder}
        disabled={busy}
        onChange={(_, d) => form.setField(field, d.value)}
      />
    </Field>
  );
  // Dates are typed dd/mm/yyyy in a text box: <input type="date"> shows the browser's locale order
  // (12/10/2024 for 10 December in an English browser). A valid date is tidied to dd/mm/yyyy on leaving.
  const date = (field: 'reportDate' | 'periodFrom' | 'periodTo', label: string) => (
    <Field label={label} validationMessage={err(field)} validationState={err(field) ? 'error' : 'none'}>
      <Input
        className={styles.input}
        value={draft[field]}
        placeholder={S.settings.datePlaceholder}
        autoComplete="off"
        disabled={busy}
        onChange={(_, d) => form.setField(field, d.value)}
        onBlur={() => {
          const iso = parseDraftDate(draft[field]);
          if (iso && formatVnDate(iso) !== draft[field]) form.setField(field, formatVnDate(iso));
        }}
      />
    </Field>
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.save();
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={S.settings.title}>
      <p className={styles.hint}>{S.settings.hint}</p>
      {state.notice && state.noticeFrom === 'load' ? (
        <NoticeBar intent={state.notice.intent} onDismiss={form.dismissNotice}>
          {state.notice.text}
        </NoticeBar>
      ) : null}

      {text('unitName', S.settings.unitName, { placeholder: S.settings.unitNamePlaceholder })}
      {text('issuer', S.settings.issuer, { placeholder: S.settings.issuerPlaceholder })}
      <div className={styles.pair}>
        {text('reportNumber', S.settings.reportNumber, { placeholder: S.settings.reportNumberPlaceholder })}
        {date('reportDate', S.settings.reportDate)}
      </div>
      {text('reportYear', S.settings.reportYear, { type: 'number' })}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{S.settings.period}</legend>
        <div className={styles.pair}>
          {date('periodFrom', S.settings.periodFrom)}
          {date('periodTo', S.settings.periodTo)}
        </div>
      </fieldset>

      <Field label={S.settings.levels}>
        <RadioGroup value={draft.levelMode} disabled={busy} onChange={(_, d) => form.setField('levelMode', d.value)}>
          <Radio value="three" label={S.settings.levelsThree} />
          <Radio value="two" label={S.settings.levelsTwo} />
        </RadioGroup>
      </Field>

      <Field label={S.settings.units} hint={S.settings.unitsHint}>
        <Textarea
          className={styles.input}
          value={draft.units}
          resize="vertical"
          rows={4}
          disabled={busy}
          onChange={(_, d) => form.setField('units', d.value)}
        />
      </Field>

      <Field
        label={S.settings.indicatorSet}
        hint={[
          S.settings.indicatorSetHint,
          ...INDICATOR_SET_INFO.filter((i) => i.id === draft.indicatorSet && i.conflicts > 0).map((i) =>
            S.settings.indicatorSetConflicts(i.conflicts),
          ),
        ].join(' ')}
      >
        <Select
          className={styles.input}
          value={draft.indicatorSet}
          disabled={busy}
          onChange={(_, d) => form.setField('indicatorSet', d.value)}
        >
          {INDICATOR_SET_INFO.map((i) => (
            <option key={i.id} value={i.id}>
              {S.settings.indicatorSetOption(i.title, i.targetYears)}
            </option>
          ))}
          {INDICATOR_SET_INFO.some((i) => i.id === draft.indicatorSet) ? null : (
            <option value={draft.indicatorSet}>{draft.indicatorSet}</option>
          )}
        </Select>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{S.settings.targets}</legend>
        <p className={styles.hint}>{S.settings.targetsHint}</p>
        {draft.targets.length === 0 ? <p className={styles.hint}>{S.settings.targetsEmpty}</p> : null}
        {draft.targets.map((t, i) => {
          const e = shownErrors.targets[t.key] ?? {};
          return (
            <div key={t.key} role="group" aria-label={S.settings.targetRow(i + 1)} className={styles.targetRow}>
              <Field
                className={styles.targetId}
                label={S.settings.targetId}
                validationMessage={e.indicatorId}
                validationState={e.indicatorId ? 'error' : 'none'}
              >
                <Input
                  className={styles.input}
                  value={t.indicatorId}
                  disabled={busy}
                  onChange={(_, d) => form.setTarget(t.key, { indicatorId: d.value })}
                />
              </Field>
              <Field
                className={styles.targetValue}
                label={S.settings.targetValue}
                validationMessage={e.value}
                validationState={e.value ? 'error' : 'none'}
              >
                <Input
                  className={styles.input}
                  value={t.value}
                  inputMode="decimal"
                  disabled={busy}
                  onChange={(_, d) => form.setTarget(t.key, { value: d.value })}
                />
              </Field>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={S.settings.removeTarget(i + 1)}
                title={S.settings.removeTarget(i + 1)}
                disabled={busy}
                onClick={() => form.removeTarget(t.key)}
              />
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} disabled={busy} onClick={form.addTarget}>
            {S.settings.addTarget}
          </Button>
        </div>
      </fieldset>

      {/* A save error shows by the button the officer just pressed; "Đã lưu" shows under the section's header (the form closes). */}
      {state.notice && state.noticeFrom === 'save' && state.notice.intent !== 'success' ? (
        <NoticeBar intent={state.notice.intent} onDismiss={form.dismissNotice}>
          {state.notice.text}
        </NoticeBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={busy ? <BusyIcon /> : <SaveRegular />}
          disabledFocusable={busy}
        >
          {busy ? S.settings.saving : S.settings.save}
        </Button>
        {state.dirty && !busy ? <span className={styles.unsaved}>{S.settings.unsaved}</span> : null}
      </div>
    </form>
  );
}
