import { useMemo, useState } from 'react';
import { Body1, Button, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookCheck } from '../../../app/check/check-workbook-findings';
import { describeValue, planFixes, type SheetFixes } from '../../../app/check/plan-fixes';
import { cellAddress } from '../../../core/layout/address';
import { RULES } from '../../../core/rules/catalogue';
import type { RuleCode } from '../../../core/rules/rule-codes';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '16em', overflowY: 'auto' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FixesSectionProps {
  readonly check: WorkbookCheck;
  readonly fixable: readonly RuleCode[];
  readonly canUndo: boolean;
  readonly busy: boolean;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly onApply: (fixes: readonly SheetFixes[]) => Promise<boolean>;
  readonly onUndo: () => void;
}

/** Safe fixes: choose the rules, see every rewrite before it is made, apply, and undo. */
export function FixesSection({ check, fixable, canUndo, busy, strings, locale, onApply, onUndo }: FixesSectionProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<RuleCode>>(() => new Set(fixable));
  const [preview, setPreview] = useState<SheetFixes[] | null>(null);
  const codes = useMemo(() => fixable.filter((r) => chosen.has(r)), [fixable, chosen]);
  const count = preview?.reduce((n, s) => n + s.edits.length, 0) ?? 0;
  const toggle = (rule: RuleCode, on: boolean) => {
    setPreview(null);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(rule);
      else next.delete(rule);
      return next;
    });
  };
  const apply = async () => {
    if (preview && (await onApply(preview))) setPreview(null);
  };
  return (
    <section className={styles.root} aria-label={strings.fixesHeading}>
      <Subtitle2 as="h3">{strings.fixesHeading}</Subtitle2>
      <Caption1 className={styles.hint}>{strings.fixesHint}</Caption1>
      {fixable.map((rule) => (
        <Checkbox key={rule} label={pickText(RULES[rule].title, locale)} checked={chosen.has(rule)} onChange={(_, d) => toggle(rule, d.checked === true)} />
      ))}
      <div className={styles.actions}>
        <Button disabled={busy || codes.length === 0} onClick={() => setPreview(planFixes(check, codes))}>
          {strings.previewFixes}
        </Button>
        {canUndo ? (
          <Button disabled={busy} onClick={onUndo}>
            {strings.undoFixes}
          </Button>
        ) : null}
      </div>
      {preview && count === 0 ? <Body1>{strings.noFixes}</Body1> : null}
      {preview && count > 0 ? (
        <>
          <Body1>{fillTemplate(strings.fixesPreviewTitle, { count })}</Body1>
          <ul className={styles.list} aria-label={strings.fixesHeading}>
            {preview.flatMap((sheet) =>
              sheet.proposals.map((p) => (
                <li key={`${sheet.sheet}!${p.cell.row}:${p.cell.col}`}>
                  <Caption1>
                    {fillTemplate(strings.fixLine, { cell: `${sheet.sheet}!${cellAddress(p.cell.row, p.cell.col)}`, before: describeValue(p.before), after: describeValue(p.after) })}
                  </Caption1>
                </li>
              )),
            )}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void apply()}>
              {strings.applyFixes}
            </Button>
            <Button disabled={busy} onClick={() => setPreview(null)}>
              {strings.discardPreview}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
