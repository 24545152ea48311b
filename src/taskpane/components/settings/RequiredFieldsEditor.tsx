import { useEffect, useState } from 'react';
import { Body1, Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { FIELD_LABELS, KIND_LABELS } from '../../../core/layout/field-labels';
import { listFieldsOfKind } from '../../views/mapping-choices';
import type { RuleSettings } from '../../../core/rules/settings/rule-settings';
import { REGISTER_KINDS, type FieldName, type RegisterKind } from '../../../core/types';
import { fillTemplate } from '../../../i18n';
import { useWriteThenScan } from '../../actions/use-write-then-scan';
import { changeSectionEntry } from '../../operations/settings-steps';
import { usePane } from '../../store/pane-store';
import { pickText } from '../../views/local-text';
import { readRequiredRows, toRequiredRows, type RequiredRow } from '../../views/settings-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

const NEW_ROW: RequiredRow = { first: '', second: '', when: '' };

/** What every row of one kind of register must have, as a table the clerk edits. */
export function RequiredFieldsEditor({ rules }: { readonly rules: RuleSettings }) {
  const styles = useStyles();
  const { state, services, strings, locale } = usePane();
  const writeThenScan = useWriteThenScan();
  const [kind, setKind] = useState<RegisterKind>('incoming');
  const current = rules.required[kind];
  const [rows, setRows] = useState<RequiredRow[]>(() => toRequiredRows(current));
  useEffect(() => setRows(toRequiredRows(current)), [current]);
  const fields = listFieldsOfKind(kind, {});
  const read = readRequiredRows(rows);
  const pickField = (value: string): FieldName | '' => fields.find((f) => f === value) ?? '';
  const options = (empty: string) => [
    <option key="" value="">
      {empty}
    </option>,
    ...fields.map((f) => (
      <option key={f} value={f}>
        {pickText(FIELD_LABELS[f], locale)}
      </option>
    )),
  ];
  const change = (i: number, patch: Partial<RequiredRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = () =>
    void writeThenScan(
      strings.saveRequiredStep,
      (step) => changeSectionEntry(services, 'rules', 'required', kind, () => read.required, step),
      () => ({ intent: 'success', title: strings.settingsSaved, lines: [strings.requiredHeading] }),
    );
  return (
    <section className={styles.root} aria-label={strings.requiredHeading}>
      <Body1 as="p">{strings.requiredHint}</Body1>
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
        <div key={i} className={styles.row} role="group" aria-label={fillTemplate(strings.requiredRowLabel, { row: i + 1 })}>
          <Field label={strings.requiredField}>
            <Select value={row.first} onChange={(_, d) => change(i, { first: pickField(d.value) })}>
              {options(strings.noSecondField)}
            </Select>
          </Field>
          <Field label={strings.requiredOr}>
            <Select value={row.second} onChange={(_, d) => change(i, { second: pickField(d.value) })}>
              {options(strings.noSecondField)}
            </Select>
          </Field>
          <Field label={strings.requiredWhen}>
            <Select value={row.when} onChange={(_, d) => change(i, { when: pickField(d.value) })}>
              {options(strings.requiredAlways)}
            </Select>
          </Field>
          <Button size="small" appearance="subtle" aria-label={fillTemplate(strings.removeRow, { row: i + 1 })} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
            ✕
          </Button>
        </div>
      ))}
      {read.incomplete.map((n) => (
        <Caption1 key={n} className={styles.problem}>
          {fillTemplate(strings.rowIncomplete, { row: n })}
        </Caption1>
      ))}
      <div className={styles.actions}>
        <Button onClick={() => setRows((all) => [...all, NEW_ROW])}>{strings.addRow}</Button>
        <Button appearance="primary" disabled={state.work !== null || read.incomplete.length > 0} onClick={save}>
          {strings.saveTable}
        </Button>
      </div>
    </section>
  );
}
