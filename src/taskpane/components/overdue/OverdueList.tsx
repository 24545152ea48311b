import { Body1, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress } from '../../../core/layout/address';
import type { CellRef } from '../../../core/types';
import { describeDeadline } from '../../../core/deadlines/describe-deadline';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';
import type { OverdueItem } from '../../views/overdue-items';

/** Lines shown at most: a clerk reads the latest ones here and the rest on the 催办单. */
export const OVERDUE_LIST_LIMIT = 100;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  late: { color: tokens.colorPaletteRedForeground1 },
  facts: { color: tokens.colorNeutralForeground2 },
});

export interface OverdueListProps {
  readonly items: readonly OverdueItem[];
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** Selects the item's row in the sheet; absent where there is no sheet view. */
  readonly onSelect?: (cell: CellRef) => void;
}

/** Overdue items, most days late first; a click selects the row in the sheet. */
export function OverdueList({ items, strings, locale, onSelect }: OverdueListProps) {
  const styles = useStyles();
  const shown = items.slice(0, OVERDUE_LIST_LIMIT);
  return (
    <section aria-labelledby="overdue-list-heading">
      <Subtitle2 as="h2" id="overdue-list-heading">
        {fillTemplate(strings.overdueListHeading, { count: items.length })}
      </Subtitle2>
      {items.length === 0 ? <Body1 as="p">{strings.noOverdue}</Body1> : null}
      <ul className={styles.list}>
        {shown.map((item) => {
          const title = item.title || strings.noTitle;
          const body = (
            <>
              <Body1>{title}</Body1>
              <Caption1 className={styles.facts}>
                {item.unit || strings.noUnit} · {fillTemplate(strings.overdueDeadline, { deadline: pickText(describeDeadline(item.deadline), locale) })}
              </Caption1>
              <Caption1 className={styles.late}>{fillTemplate(strings.daysLate, { working: item.late.working, calendar: item.late.calendar })}</Caption1>
              {onSelect ? null : <Caption1 className={styles.facts}>{fillTemplate(strings.cellAt, { sheet: item.cell.sheet, cell: cellAddress(item.cell.row, item.cell.col) })}</Caption1>}
            </>
          );
          const key = `${item.cell.sheet}!${item.cell.row}`;
          return (
            <li key={key}>
              {onSelect ? (
                <button type="button" className={styles.button} aria-label={fillTemplate(strings.selectItemLabel, { sheet: item.cell.sheet, row: item.cell.row, title })} onClick={() => onSelect(item.cell)}>
                  {body}
                </button>
              ) : (
                <div className={mergeClasses(styles.button, styles.plain)}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {items.length > shown.length ? <Caption1>{fillTemplate(strings.moreItems, { count: items.length - shown.length })}</Caption1> : null}
    </section>
  );
}
