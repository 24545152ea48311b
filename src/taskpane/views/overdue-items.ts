/**
 * The overdue list: one line per overdue item (title, handling unit, deadline, days late), the
 * latest first, and the cell a click should select. Derived from the assessment in one pass.
 */
import type { WorkbookAssessment } from '../../app/assess-workbook';
import type { Deadline } from '../../core/deadlines/deadline-types';
import type { Lateness } from '../../core/status/assessment-types';
import { readCellText } from '../../core/text/cell-text';
import type { CellRef, RegisterRecord } from '../../core/types';

export interface OverdueItem {
  /** Where a click takes the clerk: the title cell of the row, else its first register cell. */
  readonly cell: CellRef;
  readonly title: string;
  readonly unit: string;
  readonly deadline: Deadline;
  readonly late: Lateness;
}

function titleOf(record: RegisterRecord | undefined): string {
  if (!record) return '';
  return readCellText(record.values.title) || readCellText(record.values.matter) || readCellText(record.values.docNumber);
}

/**
 * Overdue items of every register (or of one sheet), most days late first.
 * @example listOverdueItems(assessment, null)[0] // { cell: { sheet: '收文', row: 7, col: 4 }, title: '关于…', late: { working: 12, … } }
 */
export function listOverdueItems(assessment: WorkbookAssessment, scope: string | null): OverdueItem[] {
  const items: OverdueItem[] = [];
  for (const sheet of assessment.sheets) {
    if (!sheet.register || !sheet.assessment || (scope !== null && sheet.info.name !== scope)) continue;
    const layout = sheet.layout;
    const col = layout.columns.title ?? layout.columns.matter ?? Math.min(...Object.values(layout.columns), layout.lastCol);
    const records = new Map(sheet.register.records.map((r) => [r.row, r]));
    for (const a of sheet.assessment.items) {
      if (a.status !== 'overdue' || !a.deadline) continue;
      const record = records.get(a.row);
      items.push({
        cell: { sheet: sheet.info.name, row: a.row, col },
        title: titleOf(record),
        unit: readCellText(record?.values.handler),
        deadline: a.deadline,
        late: a.daysLate ?? { working: 0, calendar: 0 },
      });
    }
  }
  return items.sort((x, y) => y.late.calendar - x.late.calendar || x.cell.row - y.cell.row);
}
