import { useState } from 'react';
import { Body1Strong, Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_LABELS } from '../../../core/layout/field-labels';
import { REGISTER_KINDS, type RegisterKind } from '../../../core/types';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';
import type { SheetSummary } from '../../views/sheet-summary';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground3 },
  choose: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface OtherSheetProps {
  readonly summary: SheetSummary;
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** The clerk says this sheet is a register of this kind: go on to its columns. */
  readonly onTreatAsRegister: (sheet: string, kind: RegisterKind) => void;
  readonly busy: boolean;
}

/** A sheet the add-in did not take for a register, why, and one click to treat it as one. */
export function OtherSheet({ summary, strings, locale, onTreatAsRegister, busy }: OtherSheetProps) {
  const styles = useStyles();
  const [choosing, setChoosing] = useState(false);
  const [kind, setKind] = useState<RegisterKind>('incoming');
  return (
    <li className={styles.item} aria-label={summary.sheet}>
      <div className={styles.top}>
        <Body1Strong as="h3">{summary.sheet}</Body1Strong>
        {choosing ? null : (
          <Button size="small" aria-label={fillTemplate(strings.treatAsRegisterLabel, { sheet: summary.sheet })} onClick={() => setChoosing(true)}>
            {strings.treatAsRegister}
          </Button>
        )}
      </div>
      {summary.reason ? <Caption1 className={styles.reason}>{fillTemplate(strings.notRegisterReason, { reason: pickText(summary.reason, locale) })}</Caption1> : null}
      {choosing ? (
        <div className={styles.choose}>
          <Field label={strings.chooseKind}>
            <Select value={kind} onChange={(_, data) => setKind(REGISTER_KINDS.find((k) => k === data.value) ?? 'incoming')}>
              {REGISTER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {pickText(KIND_LABELS[k], locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" size="medium" disabled={busy} onClick={() => onTreatAsRegister(summary.sheet, kind)}>
            {strings.continueToMapping}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
