import { useMemo } from 'react';
import { Body1, Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import { useSettingsSection } from '../../actions/use-settings-section';
import { usePane } from '../../store/pane-store';
import { listOverdueItems } from '../../views/overdue-items';
import { MarkLegend } from './MarkLegend';
import { AsOfField } from './AsOfField';
import { OverdueList } from './OverdueList';
import { WarningWindowField } from './WarningWindowField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Highlight and clear, for the workbook or one sheet, as of a day; the overdue list; the 催办单. */
export function OverduePanel() {
  const styles = useStyles();
  const { state, dispatch, services, strings, locale } = usePane();
  const { scan, highlight, clear, remind, select } = useOverdueActions();
  const saveSection = useSettingsSection();
  const assessment = state.assessment;
  const items = useMemo(() => (assessment ? listOverdueItems(assessment, state.scope) : []), [assessment, state.scope]);
  if (!assessment) return <Body1>{strings.notScannedYet}</Body1>;
  const busy = state.work !== null;
  const registers = assessment.sheets.filter((s) => s.register !== null).map((s) => s.info.name);
  return (
    <section className={styles.root} aria-label={strings.tabOverdue}>
      <Field label={strings.scopeLabel}>
        <Select value={state.scope ?? ''} disabled={busy} onChange={(_, data) => dispatch({ type: 'scopeChosen', scope: data.value === '' ? null : data.value })}>
          <option value="">{strings.scopeWorkbook}</option>
          {registers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <AsOfField current={assessment.context.asOf} chosen={state.asOf} disabled={busy} strings={strings} onApply={(day) => void scan(day)} />
      <WarningWindowField
        days={assessment.context.deadlines.warningWorkingDays}
        disabled={busy}
        strings={strings}
        onSave={(days) => void saveSection(strings.saveWindowStep, 'deadlines', { warningWorkingDays: days })}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void highlight()}>
          {strings.highlightOverdue}
        </Button>
        <Button disabled={busy} onClick={() => void clear()}>
          {strings.clearHighlights}
        </Button>
        <Button disabled={busy} onClick={() => void remind()}>
          {strings.remindAction}
        </Button>
      </div>
      <MarkLegend strings={strings} locale={locale} />
      <OverdueList items={items} strings={strings} locale={locale} onSelect={services.selectCell ? (cell) => void select(cell) : undefined} />
    </section>
  );
}
