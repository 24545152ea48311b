/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MARK_PALETTE } from '../../../core/marks/palette';
import { renderPane } from '../../testing/pane-kit';
import { INCOMING_SHEET } from '../../testing/sample-workbook';

// Each test runs the whole pane over a stand-in workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(20_000);

const RED = `#${MARK_PALETTE.overdue.rgb}`;
const AMBER = `#${MARK_PALETTE.dueSoon.rgb}`;

async function openOverdue(kit = renderPane(), firstSheet = INCOMING_SHEET) {
  await screen.findByRole('listitem', { name: firstSheet });
  fireEvent.click(screen.getByRole('tab', { name: '逾期' }));
  await screen.findByRole('button', { name: '标记逾期' });
  return kit;
}

async function finished(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

describe('the overdue panel', () => {
  it('lists the overdue items, most days late first, with unit, deadline and days late', async () => {
    await openOverdue();
    expect(screen.getByRole('heading', { name: '逾期事项（2 件）' })).toBeTruthy();
    const items = within(screen.getByRole('region', { name: /逾期事项/ })).getAllByRole('button');
    expect(items.map((b) => b.getAttribute('aria-label'))).toEqual([
      '在表中选中「收文登记」第 8 行：关于业务培训的通知',
      '在表中选中「收文登记」第 3 行：关于预算执行的通知',
    ]);
    expect(within(items[1]).getByText('办公室 · 时限 2026-11-10')).toBeTruthy();
    expect(within(items[1]).getByText('逾期 8 个工作日（10 天）')).toBeTruthy();
  });

  it('selects the row of an item in the sheet when it is clicked', async () => {
    const kit = await openOverdue();
    fireEvent.click(screen.getByRole('button', { name: '在表中选中「收文登记」第 3 行：关于预算执行的通知' }));
    await waitFor(() => expect(kit.selected).toEqual([{ sheet: INCOMING_SHEET, row: 3, col: 4 }]));
  });

  it('names the cell instead where there is no sheet to select in', async () => {
    await openOverdue(renderPane({ canSelect: false }));
    expect(screen.queryByRole('button', { name: /在表中选中/ })).toBeNull();
    expect(screen.getByText('位置：收文登记!E3')).toBeTruthy();
  });

  it('paints overdue rows red and due-soon rows amber, and clearing gives the clerk’s colours back', async () => {
    const kit = await openOverdue();
    const before = kit.standin.snapshotFills(INCOMING_SHEET);
    fireEvent.click(screen.getByRole('button', { name: '标记逾期' }));
    expect(await screen.findByText('已标记逾期')).toBeTruthy();
    expect(screen.getByText('截至 2026-11-20：')).toBeTruthy();
    expect(screen.getByText('「收文登记」逾期 2 件，临期 1 件，超期办结 1 件（标记 4 行）')).toBeTruthy();
    const painted = kit.standin.snapshotFills(INCOMING_SHEET);
    expect(painted.A3.color).toBe(RED);
    expect(painted.H8.color).toBe(RED);
    expect(painted.C4.color).toBe(AMBER);
    expect(painted.A6).toBeUndefined();
    expect(kit.changes.count).toBe(1);

    await finished();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    expect(await screen.findByText('已清除标记')).toBeTruthy();
    expect(kit.standin.snapshotFills(INCOMING_SHEET)).toEqual(before);
  });

  it('marks only the sheet chosen as the scope', async () => {
    const kit = await openOverdue(
      renderPane({
        fixture: {
          sheets: [
            { name: '收文甲', rows: [['收文日期', '来文单位', '标题', '办理时限'], [{ type: 'date', serial: 46266, day: { year: 2026, month: 9, day: 1 } }, '县财政局', '通知甲', { type: 'date', serial: 46280, day: { year: 2026, month: 9, day: 15 } }]] },
            { name: '收文乙', rows: [['收文日期', '来文单位', '标题', '办理时限'], [{ type: 'date', serial: 46266, day: { year: 2026, month: 9, day: 1 } }, '县教育局', '通知乙', { type: 'date', serial: 46280, day: { year: 2026, month: 9, day: 15 } }]] },
          ],
        },
      }),
      '收文甲',
    );
    fireEvent.change(screen.getByRole('combobox', { name: '范围' }), { target: { value: '收文乙' } });
    fireEvent.click(screen.getByRole('button', { name: '标记逾期' }));
    await screen.findByText('已标记逾期');
    expect(Object.keys(kit.standin.snapshotFills('收文甲'))).toEqual([]);
    expect(kit.standin.snapshotFills('收文乙').A2.color).toBe(RED);
    expect(screen.getByRole('heading', { name: '逾期事项（1 件）' })).toBeTruthy();
  });

  it('counts again as of another day when the clerk changes the as-of day', async () => {
    await openOverdue();
    const field = screen.getByLabelText('截至日期');
    fireEvent.change(field, { target: { value: '2026-11-11' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await finished();
    // On 11-11 the item due 11-10 is one working day late; the one due 09-15 still overdue.
    expect(await screen.findByRole('heading', { name: '逾期事项（2 件）' })).toBeTruthy();
    expect(screen.getByText('逾期 1 个工作日（1 天）')).toBeTruthy();
  });

  it('saves the warning window in the workbook and counts again with it', async () => {
    const kit = await openOverdue();
    fireEvent.change(screen.getByRole('spinbutton', { name: /临期提醒/ }), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并重新计算' }));
    await waitFor(async () => expect((await kit.host.readSettings())['deadlines']).toEqual({ warningWorkingDays: 0 }));
    fireEvent.click(screen.getByRole('tab', { name: '台账' }));
    const lights = await screen.findByRole('list', { name: `「${INCOMING_SHEET}」各状态件数` });
    await waitFor(() => expect(within(lights).getAllByRole('listitem')[1].textContent).toBe('临期 0'));
  });

  it('writes the 催办单 and says how many items it holds', async () => {
    const kit = await openOverdue();
    fireEvent.click(screen.getByRole('button', { name: '生成催办单' }));
    expect(await screen.findByText('已生成催办单')).toBeTruthy();
    expect(screen.getByText(/工作表「催办单」：逾期 2 件，临期 1 件/)).toBeTruthy();
    expect(kit.standin.state.findSheet('催办单')).toBeTruthy();
  });
});
