import { useState } from 'react';
import { Body1, Button, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SummaryKind } from '../../../app/summaries/build-summary';
import { fillTemplate, type UiStrings } from '../../../i18n';
import { planSummaryForPane, writeSummaryForPane, type SummaryChoice, type SummaryPlan } from '../../operations/summary-steps';
import { usePane } from '../../store/pane-store';
import { renamedLines } from '../../views/step-messages';
import { readPeriodDraft, type PeriodDraft } from '../../views/summary-period';
import { PeriodPicker } from './PeriodPicker';
import { SheetPlanList } from './SheetPlanList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const SUMMARIES: ReadonlyArray<readonly [SummaryKind, keyof UiStrings]> = [
  ['incoming', 'summaryIncoming'],
  ['outgoing', 'summaryOutgoing'],
  ['supervision', 'summarySupervision'],
  ['submissions', 'summarySubmissions'],
  ['appraisal', 'summaryAppraisal'],
  ['overdue', 'summaryOverdue'],
  ['classified', 'summaryClassified'],
];

/** Summaries over a period, and the year-end package, each listed by sheet name before it is written. */
export function SummariesPanel() {
  const styles = useStyles();
  const { state, services, strings, locale, runStep } = usePane();
  const assessment = state.assessment;
  const year = String(assessment?.context.asOf.year ?? '');
  const [draft, setDraft] = useState<PeriodDraft>({ kind: 'year', year, quarter: 1, month: 1, from: '', to: '' });
  const [summary, setSummary] = useState<SummaryKind>('incoming');
  const [plan, setPlan] = useState<SummaryPlan | null>(null);
  if (!assessment) return <Body1>{strings.notScannedYet}</Body1>;
  const busy = state.work !== null;
  const period = readPeriodDraft(draft);
  const planFor = async (choice: SummaryChoice) => setPlan(await runStep(strings.planStep, (step) => planSummaryForPane(services, assessment, choice, step)));
  const write = async () => {
    if (!plan) return;
    const written = await runStep(strings.writeSheetsStep, (step) => writeSummaryForPane(services, plan, step), (w) => ({
      intent: 'success',
      title: strings.sheetsWritten,
      lines: [`${fillTemplate(strings.sheetsWrittenLine, { count: w.sheets.length })}${w.sheets.join(strings.fieldJoiner)}`, ...renamedLines(w, strings)],
    }));
    if (written) setPlan(null);
  };
  return (
    <section className={styles.root} aria-label={strings.tabSummaries}>
      <Body1 as="p">{strings.summariesIntro}</Body1>
      {plan ? (
        <SheetPlanList plan={plan} busy={busy} strings={strings} locale={locale} onWrite={() => void write()} onDiscard={() => setPlan(null)} />
      ) : (
        <>
          <div className={styles.part}>
            <Subtitle2 as="h2">{strings.periodHeading}</Subtitle2>
            <PeriodPicker draft={draft} strings={strings} invalid={period === null} onChange={setDraft} />
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h2">{strings.yearEndHeading}</Subtitle2>
            <Body1 as="p">{strings.yearEndHint}</Body1>
            <Button appearance="primary" disabled={busy || readPeriodDraft({ ...draft, kind: 'year' }) === null} onClick={() => void planFor({ kind: 'yearEnd', year: Number(draft.year) })}>
              {strings.planYearEnd}
            </Button>
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h2">{strings.singleHeading}</Subtitle2>
            <Field label={strings.summaryKindLabel}>
              <Select value={summary} onChange={(_, d) => setSummary(SUMMARIES.find(([k]) => k === d.value)?.[0] ?? summary)}>
                {SUMMARIES.map(([k, label]) => (
                  <option key={k} value={k}>
                    {strings[label]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button disabled={busy || period === null} onClick={() => period && void planFor({ kind: 'single', summary, period })}>
              {strings.planSummary}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
