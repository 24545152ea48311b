/**
 * The mapping a clerk is editing: read once from the sheet when the panel opens, then changed
 * field by field until it is saved.
 */
import { useEffect, useState } from 'react';
import type { FieldName, RegisterKind } from '../../../core/types';
import { readMappingDraft, type MappingDraft } from '../../operations/mapping-steps';
import { usePane } from '../../store/pane-store';

export interface MappingChoice {
  readonly kind: RegisterKind;
  readonly headerRows: readonly [number, number];
  readonly columns: Readonly<Partial<Record<FieldName, number>>>;
}

export interface MappingDraftState {
  readonly draft: MappingDraft | null;
  readonly choice: MappingChoice | null;
  setChoice(change: (choice: MappingChoice) => MappingChoice): void;
}

function startFrom(draft: MappingDraft, kind: RegisterKind | null): MappingChoice {
  return {
    kind: kind ?? draft.layout.kind ?? 'incoming',
    headerRows: draft.layout.headerRows ?? [1, 1],
    columns: draft.layout.columns,
  };
}

/** Reads the sheet's header when the panel opens for it. */
export function useMappingDraft(sheet: string, kind: RegisterKind | null): MappingDraftState {
  const { services, strings, runStep } = usePane();
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [choice, setChoiceState] = useState<MappingChoice | null>(null);
  useEffect(() => {
    let live = true;
    void runStep(strings.loadMappingStep, (step) => readMappingDraft(services, sheet, kind, step)).then((read) => {
      if (!live || !read) return;
      setDraft(read);
      setChoiceState(startFrom(read, kind));
    });
    return () => {
      live = false;
    };
  }, [sheet, kind, services, strings, runStep]);
  return {
    draft,
    choice,
    setChoice: (change) => setChoiceState((current) => (current ? change(current) : current)),
  };
}
