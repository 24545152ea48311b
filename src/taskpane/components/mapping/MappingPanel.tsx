import { useMemo } from 'react';
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../../../core/layout/address';
import { FIELD_LABELS, KIND_LABELS } from '../../../core/layout/field-labels';
import { REGISTER_KINDS, type RegisterKind } from '../../../core/types';
import { fillTemplate } from '../../../i18n';
import { useWriteThenScan } from '../../actions/use-write-then-scan';
import { forgetMapping, saveMapping } from '../../operations/mapping-steps';
import { usePane } from '../../store/pane-store';
import { pickText } from '../../views/local-text';
import { findSharedColumns, listColumnChoices, listFieldsOfKind, orderFieldsForEditing, toConfirmedMapping } from '../../views/mapping-choices';
import { FieldColumnRow } from './FieldColumnRow';
import { HeaderRowsPicker } from './HeaderRowsPicker';
import { useMappingDraft } from './use-mapping-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface MappingPanelProps {
  readonly sheet: string;
  /** The kind the clerk just chose for a sheet the add-in did not recognise; null to review. */
  readonly kind: RegisterKind | null;
}

/** The columns the add-in reads for each field of one sheet, and the clerk's changes to them. */
export function MappingPanel({ sheet, kind }: MappingPanelProps) {
  const styles = useStyles();
  const { state, dispatch, services, strings, locale } = usePane();
  const { draft, choice, setChoice } = useMappingDraft(sheet, kind);
  const writeThenScan = useWriteThenScan();
  const choices = useMemo(() => (draft && choice ? listColumnChoices(draft.grid, choice.headerRows) : []), [draft, choice]);
  const back = () => dispatch({ type: 'mappingClosed' });
  // The order is fixed when the panel opens (and when the kind changes), so that a field does not
  // jump away while the clerk is choosing its column.
  const kindNow = choice?.kind ?? null;
  const fields = useMemo(() => (draft && kindNow ? orderFieldsForEditing(listFieldsOfKind(kindNow, draft.layout.columns), draft.layout.columns) : []), [draft, kindNow]);

  if (!draft || !choice) {
    return (
      <div className={styles.root}>
        <Spinner size="tiny" label={strings.loadingPanel} />
        <Button onClick={back}>{strings.back}</Button>
      </div>
    );
  }
  const busy = state.work !== null;
  const shared = findSharedColumns(choice.columns);
  const empty = Object.values(choice.columns).every((c) => c === undefined);
  const save = async () => {
    const mapping = toConfirmedMapping(choice.kind, choice.headerRows, choice.columns);
    const saved = await writeThenScan(strings.saveMapping, (step) => saveMapping(services, sheet, mapping, step), () => ({
      intent: 'success',
      title: fillTemplate(strings.mappingSaved, { sheet }),
      lines: [strings.mappingSavedNote],
    }));
    if (saved) back();
  };
  const forget = async () => {
    const done = await writeThenScan(strings.forgetMapping, (step) => forgetMapping(services, sheet, step), () => ({
      intent: 'success',
      title: fillTemplate(strings.mappingForgotten, { sheet }),
      lines: [strings.mappingForgottenNote],
    }));
    if (done) back();
  };

  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
      <Subtitle2 as="h2" id="mapping-heading">
        {fillTemplate(strings.mappingHeading, { sheet })}
      </Subtitle2>
      <Body1 as="p">{strings.mappingIntro}</Body1>
      <Caption1 className={styles.note}>{draft.confirmed ? strings.mappingConfirmedNote : strings.mappingDetectedNote}</Caption1>
      <Field label={strings.chooseKind}>
        <Select value={choice.kind} onChange={(_, data) => setChoice((c) => ({ ...c, kind: REGISTER_KINDS.find((k) => k === data.value) ?? c.kind }))}>
          {REGISTER_KINDS.map((k) => (
            <option key={k} value={k}>
              {pickText(KIND_LABELS[k], locale)}
            </option>
          ))}
        </Select>
      </Field>
      <HeaderRowsPicker rows={choice.headerRows} strings={strings} onChange={(headerRows) => setChoice((c) => ({ ...c, headerRows }))} />
      <Subtitle2 as="h3">{strings.fieldsHeading}</Subtitle2>
      <div className={styles.fields}>
        {[...fields, ...listFieldsOfKind(choice.kind, choice.columns).filter((f) => !fields.includes(f))].map((field) => (
          <FieldColumnRow
            key={field}
            field={field}
            col={choice.columns[field]}
            choices={choices}
            alternatives={draft.layout.alternatives.filter((a) => a.field === field)}
            strings={strings}
            locale={locale}
            onChange={(f, col) => setChoice((c) => ({ ...c, columns: { ...c.columns, [f]: col } }))}
          />
        ))}
      </div>
      {shared.map((s) => (
        <MessageBar key={s.col} intent="warning" layout="multiline">
          <MessageBarBody>
            {fillTemplate(strings.sharedColumn, { letter: columnLetter(s.col), fields: s.fields.map((f) => `“${pickText(FIELD_LABELS[f], locale)}”`).join(strings.fieldJoiner) })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {empty ? <Caption1>{strings.noColumnChosen}</Caption1> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || empty || shared.length > 0} onClick={() => void save()}>
          {strings.saveMapping}
        </Button>
        {draft.confirmed ? (
          <Button disabled={busy} onClick={() => void forget()}>
            {strings.forgetMapping}
          </Button>
        ) : null}
        <Button disabled={busy} onClick={back}>
          {strings.back}
        </Button>
      </div>
    </section>
  );
}
