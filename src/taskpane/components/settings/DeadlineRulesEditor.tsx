import { useEffect, useState } from 'react';
import { Body1, Button, Caption1, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DeadlineSettings } from '../../../core/deadlines/deadline-settings';
import { DEADLINE_UNITS, type DeadlineUnit } from '../../../core/deadlines/deadline-types';
import { KIND_LABELS } from '../../../core/layout/field-labels';
import { REGISTER_KINDS, type RegisterKind } from '../../../core/types';
import { fillTemplate } from '../../../i18n';
import { useWriteThenScan } from '../../actions/use-write-then-scan';
import { changeSectionEntry } from '../../operations/settings-steps';
import { usePane } from '../../store/pane-store';
import { pickText } from '../../views/local-text';
import { readPeriod, readRuleRows, toRuleRows, type RuleRow } from '../../views/settings-rows';
import { RuleRowEditor, unitLabel } from './RuleRowEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  fallback: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  amount: { width: '4.5em' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

interface FallbackRow {
  readonly on: boolean;
  readonly amount: string;
  readonly unit: DeadlineUnit;
}

const NEW_ROW: RuleRow = { basis: 'urgency', values: '', amount: '', unit: 'workingDays' };

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The default time limits of one kind of register, as a table the clerk edits. */
export function DeadlineRulesEditor({ deadlines }: { readonly deadlines: DeadlineSettings }) {
  const styles = useStyles();
  const { state, services, strings, locale } = usePane();
  const writeThenScan = useWriteThenScan();
  const [kind, setKind] = useState<RegisterKind>('incoming');
  const current = deadlines.kinds[kind];
  const [rows, setRows] = useState<RuleRow[]>(() => toRuleRows(current.rules));
  const [fallback, setFallback] = useState<FallbackRow>({ on: false, amount: '', unit: 'workingDays' });
  useEffect(() => {
    setRows(toRuleRows(current.rules));
    setFallback(current.fallback ? { on: true, amount: String(current.fallback.amount), unit: current.fallback.unit } : { on: false, amount: '', unit: 'workingDays' });
  }, [current]);

  const read = readRuleRows(rows);
  const fallbackPeriod = fallback.on ? readPeriod(fallback.amount, fallback.unit) : null;
  const fallbackBad = fallback.on && fallbackPeriod === null;
  const save = () =>
    void writeThenScan(
      strings.saveDeadlineRulesStep,
      (step) => changeSectionEntry(services, 'deadlines', 'kinds', kind, (entry) => ({ ...(isRecord(entry) ? entry : {}), rules: read.rules, fallback: fallbackPeriod }), step),
      () => ({ intent: 'success', title: strings.settingsSaved, lines: [strings.deadlineRulesHeading] }),
    );

  return (
    <section className={styles.root} aria-label={strings.deadlineRulesHeading}>
      <Body1 as="p">{strings.deadlineRulesHint}</Body1>
      <Field label={strings.chooseKind}>
        <Select value={kind} onChange={(_, d) => setKind(REGISTER_KINDS.find((k) => k === d.value) ?? kind)}>
          {REGISTER_KINDS.map((k) => (
            <option key={k} value={k}>
              {pickText(KIND_LABELS[k], locale)}
            </option>
          ))}
        </Select>
      </Field>
      {rows.map((row, i) => (
        <RuleRowEditor
          key={i}
          index={i}
          row={row}
          strings={strings}
          onChange={(next) => setRows((all) => all.map((r, j) => (j === i ? next : r)))}
          onRemove={() => setRows((all) => all.filter((_, j) => j !== i))}
        />
      ))}
      <div className={styles.fallback}>
        <Checkbox label={strings.fallbackCheckbox} checked={fallback.on} onChange={(_, d) => setFallback({ ...fallback, on: d.checked === true })} />
        {fallback.on ? (
          <>
            <Input className={styles.amount} aria-label={strings.ruleAmount} inputMode="numeric" value={fallback.amount} onChange={(_, d) => setFallback({ ...fallback, amount: d.value })} />
            <Select aria-label={strings.ruleUnit} value={fallback.unit} onChange={(_, d) => setFallback({ ...fallback, unit: DEADLINE_UNITS.find((u) => u === d.value) ?? fallback.unit })}>
              {DEADLINE_UNITS.map((u) => (
                <option key={u} value={u}>
                  {unitLabel(u, strings)}
                </option>
              ))}
            </Select>
          </>
        ) : (
          <Caption1>{strings.fallbackNone}</Caption1>
        )}
      </div>
      {read.incomplete.map((n) => (
        <Caption1 key={n} className={styles.problem}>
          {fillTemplate(strings.rowIncomplete, { row: n })}
        </Caption1>
      ))}
      <div className={styles.actions}>
        <Button onClick={() => setRows((all) => [...all, NEW_ROW])}>{strings.addRow}</Button>
        <Button appearance="primary" disabled={state.work !== null || read.incomplete.length > 0 || fallbackBad} onClick={save}>
          {strings.saveTable}
        </Button>
      </div>
    </section>
  );
}
