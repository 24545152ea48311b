import { useEffect, useId, useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  input: { width: '6em' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface WarningWindowFieldProps {
  /** The workbook's current window in working days. */
  readonly days: number;
  readonly disabled: boolean;
  readonly strings: UiStrings;
  readonly onSave: (days: number) => void;
}

/** How many working days before its deadline an unfinished item turns 黄 (due soon). */
export function WarningWindowField({ days, disabled, strings, onSave }: WarningWindowFieldProps) {
  const styles = useStyles();
  const hintId = useId();
  const [text, setText] = useState(String(days));
  useEffect(() => setText(String(days)), [days]);
  const value = /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null;
  const valid = value !== null && value <= 60;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={strings.warningWindowLabel} validationMessage={valid ? undefined : strings.warningWindowInvalid}>
          <Input className={styles.input} type="number" min={0} max={60} value={text} disabled={disabled} aria-describedby={hintId} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Button disabled={disabled || !valid || value === days} onClick={() => value !== null && onSave(value)}>
          {strings.saveAndRecount}
        </Button>
      </div>
      <Caption1 id={hintId} className={styles.hint}>
        {strings.warningWindowHint}
      </Caption1>
    </div>
  );
}
