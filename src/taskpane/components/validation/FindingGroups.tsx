import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress } from '../../../core/layout/address';
import type { CellRef } from '../../../core/types';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { cellOfFinding, type FindingGroup } from '../../views/finding-groups';
import { pickText } from '../../views/local-text';

/** Findings listed per rule at most; the rest are found in the sheet once marked. */
export const FINDINGS_PER_RULE = 50;

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  where: { color: tokens.colorNeutralForeground3 },
  fix: { color: tokens.colorNeutralForeground2 },
});

export interface FindingGroupsProps {
  readonly groups: readonly FindingGroup[];
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** Selects a finding's cell in the sheet; absent where there is no sheet view. */
  readonly onSelect?: (cell: CellRef) => void;
}

/** The findings grouped by rule with their counts; a finding clicked selects its cell. */
export function FindingGroups({ groups, strings, locale, onSelect }: FindingGroupsProps) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible aria-label={strings.findingsHeading}>
      {groups.map((group) => (
        <AccordionItem key={group.rule} value={group.rule}>
          <AccordionHeader as="h3">
            <span className={styles.header}>
              <Badge size="small" appearance="filled" color={group.info.severity === 'error' ? 'danger' : 'warning'}>
                {group.info.severity === 'error' ? strings.severityError : strings.severityWarning}
              </Badge>
              {pickText(group.info.title, locale)} · {fillTemplate(strings.ruleCount, { count: group.findings.length })}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.slice(0, FINDINGS_PER_RULE).map((finding, i) => {
                const cell = cellOfFinding(finding);
                const where = cell ? `${finding.sheet}!${cellAddress(cell.row, cell.col)}` : `${finding.sheet} · ${strings.wholeRegister}`;
                const message = pickText(finding.message, locale);
                const body = (
                  <>
                    <Caption1 className={styles.where}>{where}</Caption1>
                    <Caption1>{message}</Caption1>
                    <Caption1 className={styles.fix}>{pickText(finding.fix, locale)}</Caption1>
                  </>
                );
                return (
                  <li key={i}>
                    {cell && onSelect ? (
                      <button
                        type="button"
                        className={styles.item}
                        aria-label={fillTemplate(strings.selectFindingLabel, { sheet: finding.sheet, cell: cellAddress(cell.row, cell.col), message })}
                        onClick={() => onSelect(cell)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div className={styles.item}>{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
            {group.findings.length > FINDINGS_PER_RULE ? <Caption1>{fillTemplate(strings.moreFindings, { count: group.findings.length - FINDINGS_PER_RULE })}</Caption1> : null}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
