import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate } from '../../../i18n';
import { usePane } from '../../store/pane-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The step under way: a progress bar, the sheet it is on, and cancel while it only reads. */
export function WorkProgress() {
  const styles = useStyles();
  const { state, strings, cancelStep } = usePane();
  const work = state.work;
  if (!work) return null;
  const known = work.total > 0 && work.phase === 'reading';
  const hint = work.item
    ? fillTemplate(strings.progressItem, { done: work.done, total: work.total, item: work.item })
    : known
      ? fillTemplate(strings.progressCount, { done: work.done, total: work.total })
      : '';
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <div className={styles.row}>
        <Field className={styles.bar} label={work.label} hint={hint} validationState="none">
          <ProgressBar value={known ? work.done / work.total : undefined} aria-label={work.label} />
        </Field>
        {work.phase === 'reading' ? (
          <Button size="small" disabled={work.cancelRequested} onClick={cancelStep}>
            {work.cancelRequested ? strings.cancelling : strings.cancel}
          </Button>
        ) : null}
      </div>
      {work.phase === 'writing' ? <Caption1 className={styles.note}>{strings.writingCannotCancel}</Caption1> : null}
    </div>
  );
}
