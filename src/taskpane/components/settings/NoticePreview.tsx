import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { HolidayNoticeParse } from '../../../core/calendar/holiday-notice';
import { formatDay } from '../../../core/dates/day';
import { fillTemplate, type Locale, type UiStrings } from '../../../i18n';
import { pickText } from '../../views/local-text';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: '14em', overflowY: 'auto' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** What a pasted notice says, day by day, for the clerk to check before it is written. */
export function NoticePreview({ notice, strings, locale }: { readonly notice: HolidayNoticeParse; readonly strings: UiStrings; readonly locale: Locale }) {
  const styles = useStyles();
  const holidays = notice.entries.filter((e) => e.kind === 'holiday').length;
  return (
    <div>
      <Caption1 as="p">{fillTemplate(strings.noticePreview, { year: notice.year ?? '?', holidays, workdays: notice.entries.length - holidays })}</Caption1>
      <ul className={styles.list} aria-label={strings.noticeLabel}>
        {notice.entries.map((e) => (
          <li key={formatDay(e.day)}>
            <Caption1>
              {formatDay(e.day)} {e.kind === 'holiday' ? strings.noticeDayOff : strings.noticeWorkday} {e.name}
            </Caption1>
          </li>
        ))}
      </ul>
      {notice.problems.map((p, i) => (
        <Caption1 key={i} as="p" className={styles.problem}>
          {pickText(p.message, locale)}
        </Caption1>
      ))}
    </div>
  );
}
