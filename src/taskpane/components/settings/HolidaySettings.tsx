import { useState } from 'react';
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { previewHolidayNotice } from '../../../app/holidays';
import { describeMissingHolidayYears } from '../../../core/calendar/missing-years';
import type { HolidayNoticeParse } from '../../../core/calendar/holiday-notice';
import { HOLIDAY_TABLE_PURPOSE } from '../../../core/calendar/holiday-table-sheet';
import { fillTemplate } from '../../../i18n';
import { findOwnedSheet, useWorkbookSheets } from '../../actions/use-workbook-sheets';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import { useWriteThenScan } from '../../actions/use-write-then-scan';
import { saveNoticeForPane } from '../../operations/settings-sheet-steps';
import { usePane } from '../../store/pane-store';
import { pickText } from '../../views/local-text';
import { NoticePreview } from './NoticePreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  year: { width: '6em' },
});

/** The working-day calendar: years without data, the holiday table, the notice import. */
export function HolidaySettings() {
  const styles = useStyles();
  const { state, services, strings, locale } = usePane();
  const { select } = useOverdueActions();
  const writeThenScan = useWriteThenScan();
  const sheets = useWorkbookSheets();
  const [text, setText] = useState('');
  const [year, setYear] = useState('');
  const [notice, setNotice] = useState<HolidayNoticeParse | null>(null);
  const table = findOwnedSheet(sheets, HOLIDAY_TABLE_PURPOSE);
  const missing = describeMissingHolidayYears(state.assessment?.missingHolidayYears ?? []);
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
  const busy = state.work !== null;

  const save = async (confirmed: HolidayNoticeParse) => {
    const written = await writeThenScan(strings.saveNoticeStep, (step) => saveNoticeForPane(services, confirmed, step), (w) => ({
      intent: 'success',
      title: strings.noticeSaved,
      lines: [fillTemplate(strings.noticeSavedLine, { sheet: w.sheets[0] ?? '', count: confirmed.entries.length })],
    }));
    if (written) {
      setNotice(null);
      setText('');
    }
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">{strings.holidaysHint}</Body1>
      {missing.map((p) => (
        <MessageBar key={p.message.zh} intent="warning" layout="multiline">
          <MessageBarBody>
            {pickText(p.message, locale)}
            {p.fix ? ` — ${pickText(p.fix, locale)}` : ''}
          </MessageBarBody>
        </MessageBar>
      ))}
      {table ? (
        services.selectCell ? (
          <div className={styles.actions}>
            <Button onClick={() => void select({ sheet: table.name, row: 1, col: 0 })}>{strings.openHolidayTable}</Button>
          </div>
        ) : null
      ) : (
        <Caption1>{strings.holidayTableMissing}</Caption1>
      )}
      <Field label={strings.noticeLabel} hint={strings.noticeHint}>
        <Textarea resize="vertical" rows={5} value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={strings.noticeYear}>
        <Input className={styles.year} inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button disabled={text.trim() === ''} onClick={() => setNotice(previewHolidayNotice(text, yearNumber))}>
          {strings.readNotice}
        </Button>
      </div>
      {notice && notice.entries.length === 0 ? <Caption1 as="p">{strings.noticeNothing}</Caption1> : null}
      {notice && notice.entries.length > 0 ? (
        <>
          <NoticePreview notice={notice} strings={strings} locale={locale} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void save(notice)}>
              {strings.confirmNotice}
            </Button>
            <Button disabled={busy} onClick={() => setNotice(null)}>
              {strings.discardNotice}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
