import { useMemo } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, makeStyles, tokens } from '@fluentui/react-components';
import { readRuleSettings } from '../../../core/rules/settings/read-rule-settings';
import { RULE_SETTINGS_SECTION } from '../../../core/rules/settings/rule-settings';
import { useSettingsSection } from '../../actions/use-settings-section';
import { usePane } from '../../store/pane-store';
import { WarningWindowField } from '../overdue/WarningWindowField';
import { DeadlineRulesEditor } from './DeadlineRulesEditor';
import { HolidaySettings } from './HolidaySettings';
import { RequiredFieldsEditor } from './RequiredFieldsEditor';
import { SummarySettingsSheets } from './SummarySettingsSheets';
import { ValueListEditor } from './ValueListEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
});

/** What the office decides, kept in the workbook: each part a table the clerk edits. */
export function SettingsPanel() {
  const styles = useStyles();
  const { state, strings } = usePane();
  const saveSection = useSettingsSection();
  const context = state.assessment?.context ?? null;
  const rules = useMemo(() => (context ? readRuleSettings(context.settings[RULE_SETTINGS_SECTION]).settings : null), [context]);
  if (!context || !rules) return <Body1>{strings.notScannedYet}</Body1>;
  const busy = state.work !== null;
  const saveRules = (fields: Readonly<Record<string, unknown>>) => void saveSection(strings.saveValuesStep, RULE_SETTINGS_SECTION, fields, { intent: 'success', title: strings.settingsSaved, lines: [strings.valuesHeading] });
  return (
    <section className={styles.root} aria-label={strings.tabSettings}>
      <Body1 as="p">{strings.settingsIntro}</Body1>
      <Accordion multiple collapsible defaultOpenItems={['deadlines']}>
        <AccordionItem value="deadlines">
          <AccordionHeader as="h2">{strings.deadlineRulesHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <WarningWindowField
              days={context.deadlines.warningWorkingDays}
              disabled={busy}
              strings={strings}
              onSave={(days) => void saveSection(strings.saveWindowStep, 'deadlines', { warningWorkingDays: days }, { intent: 'success', title: strings.settingsSaved, lines: [strings.warningWindowLabel] })}
            />
            <DeadlineRulesEditor deadlines={context.deadlines} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="holidays">
          <AccordionHeader as="h2">{strings.holidaysHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <HolidaySettings />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="required">
          <AccordionHeader as="h2">{strings.requiredHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <RequiredFieldsEditor rules={rules} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="values">
          <AccordionHeader as="h2">{strings.valuesHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ValueListEditor label={strings.ordinaryClassifications} values={rules.ordinaryClassifications} strings={strings} disabled={busy} onSave={(v) => saveRules({ ordinaryClassifications: v })} />
            <ValueListEditor label={strings.ordinaryUrgencies} values={rules.ordinaryUrgencies} strings={strings} disabled={busy} onSave={(v) => saveRules({ ordinaryUrgencies: v })} />
            <ValueListEditor label={strings.handlersLabel} hint={strings.handlersHint} values={rules.handlers} strings={strings} disabled={busy} onSave={(v) => saveRules({ handlers: v })} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="summaries">
          <AccordionHeader as="h2">{strings.summarySettingsHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SummarySettingsSheets />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
