import { useMemo } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCheckActions } from '../../actions/use-check-actions';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import { canEdit } from '../../services';
import { usePane } from '../../store/pane-store';
import { groupFindingsByRule, listFixableRules } from '../../views/finding-groups';
import { pickText } from '../../views/local-text';
import { fillTemplate } from '../../../i18n';
import { DropdownsSection } from './DropdownsSection';
import { FindingGroups } from './FindingGroups';
import { FixesSection } from './FixesSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The checks: findings by rule, the wrong cells marked, drop-downs, safe fixes with undo. */
export function ValidationPanel() {
  const styles = useStyles();
  const { state, services, strings, locale } = usePane();
  const actions = useCheckActions();
  const { select } = useOverdueActions();
  const check = state.check;
  const groups = useMemo(() => (check ? groupFindingsByRule(check) : []), [check]);
  const busy = state.work !== null;
  const editing = canEdit(services.host);
  return (
    <section className={styles.root} aria-label={strings.tabValidation}>
      <Body1 as="p">{strings.checkIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void actions.run()}>
          {strings.runCheck}
        </Button>
        {check ? (
          <>
            <Button disabled={busy || groups.length === 0} onClick={() => void actions.mark()}>
              {strings.markInvalid}
            </Button>
            <Button disabled={busy} onClick={() => void actions.clear()}>
              {strings.clearInvalid}
            </Button>
          </>
        ) : null}
      </div>
      {check?.settingsProblems.map((p, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{pickText(p.message, locale)}</MessageBarBody>
        </MessageBar>
      ))}
      {check ? (
        <>
          <Subtitle2 as="h2">
            {strings.findingsHeading} · {groups.length === 0 ? strings.checkClean : fillTemplate(strings.checkCounts, { errors: check.counts.error, warnings: check.counts.warning })}
          </Subtitle2>
          <FindingGroups groups={groups} strings={strings} locale={locale} onSelect={services.selectCell ? (cell) => void select(cell) : undefined} />
          {editing ? (
            <>
              <FixesSection
                key={groups.map((g) => g.rule).join()}
                check={check}
                fixable={listFixableRules(groups)}
                canUndo={state.appliedFixes !== null}
                busy={busy}
                strings={strings}
                locale={locale}
                onApply={actions.applyFixes}
                onUndo={() => void actions.undoFixes()}
              />
              <DropdownsSection busy={busy} strings={strings} onInstall={actions.installDropdowns} />
            </>
          ) : (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.editingUnavailable}</MessageBarBody>
            </MessageBar>
          )}
        </>
      ) : null}
    </section>
  );
}
