import { useState } from 'react';
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetValidations } from '../../../app/check/install-register-validations';
import { fillTemplate, type UiStrings } from '../../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface DropdownsSectionProps {
  readonly busy: boolean;
  readonly strings: UiStrings;
  readonly onInstall: (replace: boolean) => Promise<SheetValidations[] | null>;
}

/** Drop-down lists and date limits, asking before the clerk's own validation is replaced. */
export function DropdownsSection({ busy, strings, onInstall }: DropdownsSectionProps) {
  const styles = useStyles();
  const [last, setLast] = useState<SheetValidations[] | null>(null);
  const conflicts = (last ?? []).flatMap((s) => s.conflicts.flatMap((c) => c.existing.map((e) => ({ sheet: s.sheet, ref: e.ref }))));
  const install = async (replace: boolean) => setLast(await onInstall(replace));
  return (
    <section className={styles.root} aria-label={strings.dropdownsHeading}>
      <Subtitle2 as="h3">{strings.dropdownsHeading}</Subtitle2>
      <Caption1 className={styles.hint}>{strings.dropdownsHint}</Caption1>
      {conflicts.map((c) => (
        <Caption1 key={`${c.sheet}!${c.ref}`}>{fillTemplate(strings.dropdownConflict, c)}</Caption1>
      ))}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void install(false)}>
          {strings.installDropdowns}
        </Button>
        {conflicts.length > 0 ? (
          <Button disabled={busy} onClick={() => void install(true)}>
            {strings.replaceDropdowns}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
