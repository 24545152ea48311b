import { lazy, Suspense, useMemo } from 'react';
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import { usePane } from '../../store/pane-store';
import { countFindingsBySheet } from '../../views/check-counts';
import { summarizeWorkbook } from '../../views/sheet-summary';
import { OtherSheet } from './OtherSheet';
import { RegisterCard } from './RegisterCard';

const MappingPanel = lazy(() => import('../mapping/MappingPanel').then((m) => ({ default: m.MappingPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The registers the scan found and the sheets it did not take for registers. */
export function RegistersPanel() {
  const styles = useStyles();
  const { state, dispatch, strings, locale } = usePane();
  const { scan } = useOverdueActions();
  const assessment = state.assessment;
  const view = useMemo(() => (assessment ? summarizeWorkbook(assessment) : null), [assessment]);
  const findings = useMemo(() => (state.check ? countFindingsBySheet(state.check) : null), [state.check]);

  if (state.mappingSheet !== null) {
    return (
      <Suspense fallback={<Spinner size="tiny" label={strings.loadingPanel} />}>
        <MappingPanel sheet={state.mappingSheet} kind={state.mappingKind} />
      </Suspense>
    );
  }
  if (!view) return <Body1>{strings.notScannedYet}</Body1>;
  const openMapping = (sheet: string) => dispatch({ type: 'mappingOpened', sheet, kind: null });
  return (
    <section className={styles.root} aria-labelledby="registers-heading">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="registers-heading">
          {strings.registersHeading}
        </Subtitle2>
        <Button size="small" disabled={state.work !== null} onClick={() => void scan()}>
          {strings.rescan}
        </Button>
      </div>
      {view.registers.length === 0 ? <Body1>{strings.noRegisters}</Body1> : null}
      <ul className={styles.list}>
        {view.registers.map((s) => (
          <RegisterCard key={s.sheet} summary={s} findings={findings?.get(s.sheet) ?? (findings ? 0 : null)} strings={strings} locale={locale} onEditMapping={openMapping} busy={state.work !== null} />
        ))}
      </ul>
      {view.others.length > 0 ? (
        <>
          <Subtitle2 as="h2">{strings.otherSheetsHeading}</Subtitle2>
          <ul className={styles.list}>
            {view.others.map((s) => (
              <OtherSheet key={s.sheet} summary={s} strings={strings} locale={locale} onTreatAsRegister={(sheet, kind) => dispatch({ type: 'mappingOpened', sheet, kind })} busy={state.work !== null} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
