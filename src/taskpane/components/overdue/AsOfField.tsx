import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatDay, parseIsoDay, type CalendarDay } from '../../../core/dates/day';
import type { UiStrings } from '../../../i18n';

export interface AsOfFieldProps {
  /** The day statuses are counted as of now (shown when the clerk chose none). */
  readonly current: CalendarDay | null;
  readonly chosen: CalendarDay | null;
  readonly disabled: boolean;
  readonly strings: UiStrings;
  /** A new day (null: back to today), applied when the clerk leaves the field or presses Enter. */
  readonly onApply: (day: CalendarDay | null) => void;
}

/** The as-of day: a date field that recounts when the clerk is done typing, not at every keystroke. */
export function AsOfField({ current, chosen, disabled, strings, onApply }: AsOfFieldProps) {
  const shown = chosen ?? current;
  const [text, setText] = useState(shown ? formatDay(shown) : '');
  useEffect(() => setText(shown ? formatDay(shown) : ''), [shown]);
  const day = text.trim() === '' ? null : parseIsoDay(text);
  const invalid = text.trim() !== '' && day === null;
  const apply = () => {
    if (invalid) return;
    const unchanged = day === null ? chosen === null : shown !== null && formatDay(shown) === formatDay(day);
    if (!unchanged) onApply(day);
  };
  return (
    <Field label={strings.asOfLabel} hint={strings.asOfHint} validationMessage={invalid ? strings.asOfInvalid : undefined}>
      <Input
        type="date"
        value={text}
        disabled={disabled}
        onChange={(_, data) => setText(data.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
    </Field>
  );
}
