import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { APPRAISAL_PURPOSE } from '../../../core/summaries/settings/appraisal-scheme-sheet';
import { QUOTA_PURPOSE } from '../../../core/summaries/settings/quota-sheet';
import { findOwnedSheet, useWorkbookSheets } from '../../actions/use-workbook-sheets';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import { useWriteThenScan } from '../../actions/use-write-then-scan';
import { createSummarySettingsSheets } from '../../operations/settings-sheet-steps';
import { usePane } from '../../store/pane-store';
import { renamedLines } from '../../views/step-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
});

/** The quota table and the appraisal scheme: sheets the clerk edits; here, whether they exist. */
export function SummarySettingsSheets() {
  const styles = useStyles();
  const { state, services, strings } = usePane();
  const { select } = useOverdueActions();
  const writeThenScan = useWriteThenScan();
  const sheets = useWorkbookSheets();
  const rows = [
    { purpose: QUOTA_PURPOSE, label: strings.quotaSheetLabel },
    { purpose: APPRAISAL_PURPOSE, label: strings.schemeSheetLabel },
  ].map((r) => ({ ...r, sheet: findOwnedSheet(sheets, r.purpose) }));
  const missing = rows.filter((r) => r.sheet === null).map((r) => r.purpose);
  const create = () =>
    void writeThenScan(strings.createSettingsStep, (step) => createSummarySettingsSheets(services, state.asOf, missing, step), (written) => ({
      intent: 'success',
      title: strings.settingsSheetsWritten,
      lines: [written.sheets.join(strings.fieldJoiner), ...renamedLines(written, strings)],
    }));
  return (
    <div className={styles.root}>
      <Body1 as="p">{strings.summarySettingsHint}</Body1>
      {rows.map((r) => (
        <div key={r.purpose} className={styles.row}>
          <Body1>{r.label}</Body1>
          {r.sheet && services.selectCell ? (
            <Button size="small" aria-label={`${strings.openSheet} ${r.label}`} onClick={() => r.sheet && void select({ sheet: r.sheet.name, row: 1, col: 0 })}>
              {strings.openSheet}
            </Button>
          ) : (
            <Caption1>{r.sheet ? strings.sheetPresent : strings.sheetAbsent}</Caption1>
          )}
        </div>
      ))}
      {sheets !== null && missing.length > 0 ? (
        <Button disabled={state.work !== null} onClick={create}>
          {strings.createSettingsSheets}
        </Button>
      ) : null}
    </div>
  );
}
