import { useId, useRef, useState, type DragEvent } from 'react';
import { Body1, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PageStrings } from './page-strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: 'none' },
});

export interface FilePickerProps {
  readonly strings: PageStrings;
  readonly onFile: (file: File) => void;
  /** Smaller, once a workbook is open: "open another". */
  readonly compact?: boolean;
}

/** Where the clerk drops or picks a workbook; the file is read on this computer only. */
export function FilePicker({ strings, onFile, compact = false }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);

  const take = (files: FileList | null): void => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(true);
  };

  const picker = (
    <>
      <input
        id={inputId}
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label={strings.fileInputLabel}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file picked again (after "start over") must still arrive.
          event.currentTarget.value = '';
        }}
      />
      <Button appearance={compact ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
        {compact ? strings.openAnother : strings.pickButton}
      </Button>
    </>
  );

  if (compact) return picker;
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-label={strings.pickTitle}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Subtitle2 as="h2">{strings.pickTitle}</Subtitle2>
      <div className={styles.row}>
        <Body1>{strings.pickHint}</Body1>
        {picker}
      </div>
      <Caption1 className={styles.hint}>{strings.pickFormats}</Caption1>
    </section>
  );
}
