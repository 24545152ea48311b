import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { MARK_PALETTE } from '../../../core/marks/palette';
import type { MarkKind } from '../../../core/marks/mark-types';
import type { ItemStatus } from '../../../core/types';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  light: {
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
  plain: { color: tokens.colorNeutralForeground3 },
  overdue: { backgroundColor: `#${MARK_PALETTE.overdue.rgb}` },
  dueSoon: { backgroundColor: `#${MARK_PALETTE.dueSoon.rgb}` },
  doneLate: { backgroundColor: `#${MARK_PALETTE.doneLate.rgb}` },
  invalid: { backgroundColor: `#${MARK_PALETTE.invalid.rgb}` },
});

/** A dot in the fill colour the add-in paints for a mark kind. */
export function MarkLight({ kind }: { readonly kind: MarkKind }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.light, styles[kind])} aria-hidden="true" />;
}

/** Statuses that have a warning-light colour, in the order a clerk looks for them. */
const LIT: readonly (ItemStatus & MarkKind)[] = ['overdue', 'dueSoon', 'doneLate'];
const PLAIN: ReadonlyArray<readonly [ItemStatus, keyof UiStrings]> = [
  ['done', 'statusDone'],
  ['open', 'statusOpen'],
  ['noDeadline', 'statusNoDeadline'],
];

export interface StatusLightsProps {
  readonly sheet: string;
  readonly counts: Readonly<Record<ItemStatus, number>>;
  readonly strings: UiStrings;
  readonly locale: Locale;
}

/** A register's items by status: 红 逾期, 黄 临期, 橙 超期办结 with their fill colours, then the rest. */
export function StatusLights({ sheet, counts, strings, locale }: StatusLightsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={fillTemplate(strings.statusCountsLabel, { sheet })}>
      {LIT.map((status) => (
        <li key={status} className={styles.item}>
          <MarkLight kind={status} />
          <Caption1>
            {pickText(MARK_PALETTE[status].label, locale)} {counts[status]}
          </Caption1>
        </li>
      ))}
      {PLAIN.map(([status, label]) => (
        <li key={status} className={styles.item}>
          <Caption1 className={styles.plain}>
            {strings[label]} {counts[status]}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
