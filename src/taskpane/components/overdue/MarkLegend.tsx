import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { MARK_KINDS } from '../../../core/marks/mark-types';
import { MARK_PALETTE } from '../../../core/marks/palette';
import type { Locale, UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';
import { MarkLight } from '../registers/StatusLights';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

/** What each fill the add-in paints means, in the colours it paints. */
export function MarkLegend({ strings, locale }: { readonly strings: UiStrings; readonly locale: Locale }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.legendHeading}>
      {MARK_KINDS.map((kind) => (
        <li key={kind} className={styles.item}>
          <MarkLight kind={kind} />
          <Caption1>{pickText(MARK_PALETTE[kind].label, locale)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
