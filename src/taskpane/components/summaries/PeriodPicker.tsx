import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate, type UiStrings } from '../../../i18n';
import type { PeriodDraft, PeriodKind } from '../../views/summary-period';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  year: { width: '6em' },
});

const KINDS: ReadonlyArray<readonly [PeriodKind, keyof UiStrings]> = [
  ['year', 'periodYear'],
  ['quarter', 'periodQuarter'],
  ['month', 'periodMonth'],
  ['range', 'periodRange'],
];

export interface PeriodPickerProps {
  readonly draft: PeriodDraft;
  readonly strings: UiStrings;
  readonly invalid: boolean;
  readonly onChange: (draft: PeriodDraft) => void;
}

/** The period a summary counts: a year, a quarter, a month, or a range of days. */
export function PeriodPicker({ draft, strings, invalid, onChange }: PeriodPickerProps) {
  const styles = useStyles();
  const kind = (value: string): PeriodKind => KINDS.find(([k]) => k === value)?.[0] ?? draft.kind;
  return (
    <div className={styles.row}>
      <Field label={strings.periodKind} validationMessage={invalid ? strings.periodInvalid : undefined}>
        <Select value={draft.kind} onChange={(_, d) => onChange({ ...draft, kind: kind(d.value) })}>
          {KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {strings[label]}
            </option>
          ))}
        </Select>
      </Field>
      {draft.kind === 'range' ? (
        <>
          <Field label={strings.rangeFrom}>
            <Input type="date" value={draft.from} onChange={(_, d) => onChange({ ...draft, from: d.value })} />
          </Field>
          <Field label={strings.rangeTo}>
            <Input type="date" value={draft.to} onChange={(_, d) => onChange({ ...draft, to: d.value })} />
          </Field>
        </>
      ) : (
        <Field label={strings.yearLabel}>
          <Input className={styles.year} inputMode="numeric" value={draft.year} onChange={(_, d) => onChange({ ...draft, year: d.value })} />
        </Field>
      )}
      {draft.kind === 'quarter' ? (
        <Field label={strings.quarterLabel}>
          <Select value={String(draft.quarter)} onChange={(_, d) => onChange({ ...draft, quarter: ([1, 2, 3, 4] as const).find((q) => String(q) === d.value) ?? 1 })}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={String(q)}>
                {fillTemplate(strings.quarterOption, { quarter: q })}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {draft.kind === 'month' ? (
        <Field label={strings.monthLabel}>
          <Select value={String(draft.month)} onChange={(_, d) => onChange({ ...draft, month: Number(d.value) })}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={String(m)}>
                {fillTemplate(strings.monthOption, { month: m })}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </div>
  );
}
