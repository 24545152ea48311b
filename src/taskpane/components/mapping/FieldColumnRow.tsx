import { Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../../../core/layout/address';
import { FIELD_LABELS } from '../../../core/layout/field-labels';
import type { ColumnAlternative, FieldName } from '../../../core/types';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';
import type { ColumnChoice } from '../../views/mapping-choices';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface FieldColumnRowProps {
  readonly field: FieldName;
  readonly col: number | undefined;
  readonly choices: readonly ColumnChoice[];
  /** Columns the detector considered for this field and did not take, with why. */
  readonly alternatives: readonly ColumnAlternative[];
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly onChange: (field: FieldName, col: number | undefined) => void;
}

/** One field and the column it is read from, chosen among the sheet's own headers. */
export function FieldColumnRow({ field, col, choices, alternatives, strings, locale, onChange }: FieldColumnRowProps) {
  const styles = useStyles();
  const chosen = col === undefined ? undefined : choices.find((c) => c.col === col);
  const label = (c: ColumnChoice) => (c.header ? fillTemplate(strings.columnOption, { letter: c.letter, header: c.header }) : fillTemplate(strings.columnOptionBlank, { letter: c.letter }));
  return (
    <div className={styles.root}>
      <Field label={pickText(FIELD_LABELS[field], locale)}>
        <Select value={col === undefined ? '' : String(col)} onChange={(_, data) => onChange(field, data.value === '' ? undefined : Number(data.value))}>
          <option value="">{strings.notUsed}</option>
          {choices.map((c) => (
            <option key={c.col} value={String(c.col)}>
              {label(c)}
            </option>
          ))}
        </Select>
      </Field>
      {chosen?.sample ? <Caption1 className={styles.note}>{fillTemplate(strings.sampleValue, { value: chosen.sample })}</Caption1> : null}
      {alternatives.map((a) => (
        <Caption1 key={a.col} className={styles.note}>
          {fillTemplate(strings.alternativeNote, { letter: columnLetter(a.col), header: a.header.replace(/\s+/g, ' ').trim(), reason: pickText(a.reason, locale) })}
        </Caption1>
      ))}
    </div>
  );
}
