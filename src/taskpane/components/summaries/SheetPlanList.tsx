import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetNamePlan } from '../../../app/summaries/plan-sheet-names';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import type { SummaryPlan } from '../../operations/summary-steps';
import { pickText } from '../../views/local-text';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function describePlan(p: SheetNamePlan, strings: UiStrings): string {
  if (p.replaces !== null) return fillTemplate(strings.planReplaces, { name: p.name, old: p.replaces });
  if (p.name !== p.wanted) return fillTemplate(strings.planStepsAside, { name: p.name, wanted: p.wanted });
  return fillTemplate(strings.planNew, { name: p.name });
}

export interface SheetPlanListProps {
  readonly plan: SummaryPlan;
  readonly busy: boolean;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly onWrite: () => void;
  readonly onDiscard: () => void;
}

/** The sheets a summary will write, by the names they will have, before anything is written. */
export function SheetPlanList({ plan, busy, strings, locale, onWrite, onDiscard }: SheetPlanListProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>{plan.specs.length === 0 ? strings.nothingToSummarise : strings.planHeading}</Body1>
      <ol className={styles.list} aria-label={strings.planHeading}>
        {plan.names.map((p) => (
          <li key={p.purpose}>
            <Caption1>{describePlan(p, strings)}</Caption1>
          </li>
        ))}
      </ol>
      {plan.problems.map((p, i) => (
        <Caption1 key={i} className={styles.note}>
          {pickText(p.message, locale)}
        </Caption1>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || plan.specs.length === 0} onClick={onWrite}>
          {strings.writeSheets}
        </Button>
        <Button disabled={busy} onClick={onDiscard}>
          {strings.discardPlan}
        </Button>
      </div>
    </div>
  );
}
