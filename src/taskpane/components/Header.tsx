import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { UiStrings } from '../../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  logo: { width: '40px', height: '40px', flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderProps {
  readonly strings: UiStrings;
}

/** The add-in's name, what it does, and that the data stays on the computer. */
export function Header({ strings }: HeaderProps) {
  const styles = useStyles();
  return (
    <header>
      <div className={styles.header}>
        <img className={styles.logo} src="assets/logo-filled.png" alt="" />
        <Title3 as="h1">{strings.appName}</Title3>
      </div>
      <div className={styles.text}>
        <Body1 as="p">{strings.tagline}</Body1>
        <Caption1 as="p" className={styles.note}>
          {strings.privacyNote}
        </Caption1>
      </div>
    </header>
  );
}
