import type { UiStrings } from './index';

export const enUS: UiStrings = {
  appName: 'Register Desk',
  tagline: 'Reads the Excel registers you already keep and marks overdue and due-soon items; clearing gives every cell its colour back.',
  privacyNote: 'Your data is processed on this computer only and never uploaded.',
  highlightOverdue: 'Mark overdue',
  clearHighlights: 'Clear marks',
  working: 'Working…',
  resultDone: 'Done',
  resultFailed: 'Not done',
  resultTitleFromPane: '{action}: {outcome}',
  resultTitleFromRibbon: '{action} (ribbon button): {outcome}',
  notInExcel: 'Register Desk runs inside Excel: on the Home tab, choose “Open Register Desk”.',
  failurePrefix: 'Not done: ',
  unknownFailure: 'The action did not finish and the reason is unknown. Try again; if it still fails, close the task pane and open it again.',
};
