/**
 * The workbook's sheets as the host lists them, the add-in's own included (the scan leaves those
 * out): the settings and summaries panels need to know which of its sheets exist. Listed again
 * after every scan, since a step may have written new ones.
 */
import { useEffect, useState } from 'react';
import type { SheetInfo } from '../../hosts/host';
import { fillTemplate } from '../../i18n';
import { usePane } from '../store/pane-store';
import { describeStepFailure } from '../views/failure-lines';

/** Null until listed. */
export function useWorkbookSheets(): readonly SheetInfo[] | null {
  const { state, dispatch, services, strings, locale } = usePane();
  const [sheets, setSheets] = useState<readonly SheetInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    services.host.listSheets().then(
      (listed) => {
        if (live) setSheets(listed);
      },
      (error: unknown) => {
        if (!live) return;
        setSheets([]);
        dispatch({ type: 'messageShown', message: { intent: 'error', title: fillTemplate(strings.stepFailed, { step: strings.scanStep }), lines: describeStepFailure(error, locale) } });
      },
    );
    return () => {
      live = false;
    };
  }, [state.assessment, services, dispatch, strings, locale]);
  return sheets;
}

/** The add-in's sheet made for a purpose (节假日表, 发文定额表 …), found by its mark, never by name. */
export function findOwnedSheet(sheets: readonly SheetInfo[] | null, purpose: string): SheetInfo | null {
  return sheets?.find((s) => s.ownedPurpose === purpose) ?? null;
}
