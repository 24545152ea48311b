import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { PageStrings } from './page-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  kind: { color: tokens.colorNeutralForeground3 },
  promise: { color: tokens.colorNeutralForeground2 },
});

export interface PageHeaderProps {
  readonly strings: PageStrings;
  /** Once a workbook is open the pane shows the add-in's name: only the promise stays here. */
  readonly compact: boolean;
}

/** The page's name and its one-line promise: a copy, on this computer, nothing uploaded. */
export function PageHeader({ strings, compact }: PageHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      {compact ? null : (
        <div className={styles.title}>
          <Title3 as="h1">{strings.appName}</Title3>
          <Caption1 className={styles.kind}>{strings.pageKind}</Caption1>
        </div>
      )}
      <Body1 as="p" className={styles.promise}>
        {strings.copyPromise}
      </Body1>
    </header>
  );
}
