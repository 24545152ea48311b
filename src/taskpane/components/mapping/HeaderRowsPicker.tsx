import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate, type UiStrings } from '../../../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Rows offered for the header: it sits near the top, under at most a title and a form line. */
const HEADER_ROW_CHOICES = 20;

export interface HeaderRowsPickerProps {
  readonly rows: readonly [number, number];
  readonly strings: UiStrings;
  readonly onChange: (rows: readonly [number, number]) => void;
}

/** Which rows hold the header (one, or two when a merged parent sits over its columns). */
export function HeaderRowsPicker({ rows, strings, onChange }: HeaderRowsPickerProps) {
  const styles = useStyles();
  const options = Array.from({ length: HEADER_ROW_CHOICES }, (_, i) => i + 1);
  const option = (row: number) => (
    <option key={row} value={String(row)}>
      {fillTemplate(strings.rowOption, { row })}
    </option>
  );
  return (
    <div className={styles.row}>
      <Field label={strings.headerFirstLabel}>
        <Select value={String(rows[0])} onChange={(_, data) => onChange([Number(data.value), Math.max(Number(data.value), rows[1])])}>
          {options.map(option)}
        </Select>
      </Field>
      <Field label={strings.headerLastLabel}>
        <Select value={String(rows[1])} onChange={(_, data) => onChange([Math.min(rows[0], Number(data.value)), Number(data.value)])}>
          {options.map(option)}
        </Select>
      </Field>
    </div>
  );
}
