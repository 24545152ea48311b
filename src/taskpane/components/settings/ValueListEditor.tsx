import { useEffect, useState } from 'react';
import { Button, Caption1, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate, type UiStrings } from '../../../i18n';
import { tidyValues } from '../../views/settings-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ValueListEditorProps {
  readonly label: string;
  readonly hint?: string;
  readonly values: readonly string[];
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onSave: (values: string[]) => void;
}

/** A one-column table of values (units, ways of writing 非密), a row per value. */
export function ValueListEditor({ label, hint, values, strings, disabled, onSave }: ValueListEditorProps) {
  const styles = useStyles();
  const [rows, setRows] = useState<string[]>([...values]);
  useEffect(() => setRows([...values]), [values]);
  const tidy = tidyValues(rows);
  const unchanged = tidy.length === values.length && tidy.every((v, i) => v === values[i]);
  return (
    <section className={styles.root} aria-label={label}>
      <Subtitle2 as="h3">{label}</Subtitle2>
      {hint ? <Caption1 className={styles.hint}>{hint}</Caption1> : null}
      <ul className={styles.list}>
        {rows.map((value, i) => (
          <li key={i} className={styles.row}>
            <Input className={styles.input} aria-label={`${label} ${fillTemplate(strings.valueLabel, { row: i + 1 })}`} value={value} onChange={(_, d) => setRows((all) => all.map((v, j) => (j === i ? d.value : v)))} />
            <Button size="small" appearance="subtle" aria-label={`${label} ${fillTemplate(strings.removeRow, { row: i + 1 })}`} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button aria-label={`${label} ${strings.addRow}`} onClick={() => setRows((all) => [...all, ''])}>
          {strings.addRow}
        </Button>
        <Button appearance="primary" aria-label={`${label} ${strings.saveTable}`} disabled={disabled || unchanged} onClick={() => onSave(tidy)}>
          {strings.saveTable}
        </Button>
      </div>
    </section>
  );
}
