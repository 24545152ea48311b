import { Badge, Body1Strong, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatDay } from '../../../core/dates/day';
import { KIND_LABELS } from '../../../core/layout/field-labels';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';
import type { SheetSummary } from '../../views/sheet-summary';
import { StatusLights } from './StatusLights';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere' },
  facts: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface RegisterCardProps {
  readonly summary: SheetSummary;
  /** Validation findings on this sheet, once the checks ran. */
  readonly findings: number | null;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly onEditMapping: (sheet: string) => void;
  /** A step is under way: opening the mapping waits for it. */
  readonly busy: boolean;
}

/** One recognised register: name and kind, rows and dates, statuses by colour, problems. */
export function RegisterCard({ summary, findings, strings, locale, onEditMapping, busy }: RegisterCardProps) {
  const styles = useStyles();
  const facts = [
    fillTemplate(strings.recordsCount, { count: summary.records }),
    summary.dataRows ? fillTemplate(strings.dataRows, { first: summary.dataRows[0], last: summary.dataRows[1] }) : strings.noDataRows,
    ...(summary.dateRange ? [fillTemplate(strings.dateRange, { from: formatDay(summary.dateRange.from), to: formatDay(summary.dateRange.to) })] : []),
  ];
  return (
    <li className={styles.card} aria-label={summary.sheet}>
      <div className={styles.top}>
        <Body1Strong as="h3" className={styles.name}>
          {summary.sheet}
        </Body1Strong>
        <Button size="small" disabled={busy} aria-label={fillTemplate(strings.editMappingLabel, { sheet: summary.sheet })} onClick={() => onEditMapping(summary.sheet)}>
          {strings.editMapping}
        </Button>
      </div>
      <div className={styles.badges}>
        {summary.kind ? <Badge appearance="tint" color="brand">{pickText(KIND_LABELS[summary.kind], locale)}</Badge> : null}
        {summary.confirmed ? <Badge appearance="outline" color="success">{strings.confirmedMapping}</Badge> : null}
      </div>
      <Caption1 className={styles.facts}>{facts.join(' · ')}</Caption1>
      {summary.counts ? <StatusLights sheet={summary.sheet} counts={summary.counts} strings={strings} locale={locale} /> : null}
      <Caption1 className={styles.facts}>
        {summary.problems > 0 ? fillTemplate(strings.problemsCount, { count: summary.problems }) : strings.noProblems}
        {findings !== null ? ` · ${fillTemplate(strings.findingsCount, { count: findings })}` : ''}
      </Caption1>
    </li>
  );
}
