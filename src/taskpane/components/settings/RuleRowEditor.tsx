import { Button, Field, Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DEADLINE_UNITS, type DeadlineUnit } from '../../../core/deadlines/deadline-types';
import { fillTemplate, type UiStrings } from '../../../i18n';
import type { RuleRow } from '../../views/settings-rows';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // The limit's line wraps rather than overflows: its select is as wide as its longest option in
  // the pane's font, which differs between machines ("calendar days" ran 26 px past 320 on one).
  limitLine: { flexWrap: 'wrap' },
  // An ✕ needs no 64 px, Fluent's least for a small button.
  remove: { marginInlineStart: 'auto', minWidth: 'auto' },
  values: { flexGrow: 1, minWidth: 0 },
  // Fluent's Input asks for 250 px by default; in a 320 px pane it must give way.
  valuesInput: { minWidth: 0, width: '100%' },
  amount: { width: '4.5em' },
});

/** Labels of the deadline units, as the settings tables show them. */
export function unitLabel(unit: DeadlineUnit, strings: UiStrings): string {
  return unit === 'workingDays' ? strings.unitWorkingDays : unit === 'calendarDays' ? strings.unitCalendarDays : strings.unitMonths;
}

export interface RuleRowEditorProps {
  readonly index: number;
  readonly row: RuleRow;
  readonly strings: UiStrings;
  readonly onChange: (row: RuleRow) => void;
  readonly onRemove: () => void;
}

/** One default rule: urgency or category, its values, and the limit they get. */
export function RuleRowEditor({ index, row, strings, onChange, onRemove }: RuleRowEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={fillTemplate(strings.ruleRowLabel, { row: index + 1 })}>
      <div className={styles.line}>
        <Field label={strings.ruleBasis}>
          <Select value={row.basis} onChange={(_, d) => onChange({ ...row, basis: d.value === 'category' ? 'category' : 'urgency' })}>
            <option value="urgency">{strings.basisUrgency}</option>
            <option value="category">{strings.basisCategory}</option>
          </Select>
        </Field>
        <Field className={styles.values} label={strings.ruleValues}>
          <Input className={styles.valuesInput} value={row.values} placeholder={strings.ruleValuesHint} onChange={(_, d) => onChange({ ...row, values: d.value })} />
        </Field>
      </div>
      <div className={mergeClasses(styles.line, styles.limitLine)}>
        <Field label={strings.ruleAmount}>
          <Input className={styles.amount} inputMode="numeric" value={row.amount} onChange={(_, d) => onChange({ ...row, amount: d.value })} />
        </Field>
        <Field label={strings.ruleUnit}>
          <Select value={row.unit} onChange={(_, d) => onChange({ ...row, unit: DEADLINE_UNITS.find((u) => u === d.value) ?? row.unit })}>
            {DEADLINE_UNITS.map((u) => (
              <option key={u} value={u}>
                {unitLabel(u, strings)}
              </option>
            ))}
          </Select>
        </Field>
        <Button className={styles.remove} size="small" appearance="subtle" aria-label={fillTemplate(strings.removeRow, { row: index + 1 })} onClick={onRemove}>
          ✕
        </Button>
      </div>
    </div>
  );
}
