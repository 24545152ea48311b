/**
 * Highlighting, clearing and the overdue list, in a real browser: the built task pane over the
 * strict Excel stand-in holding a fixture workbook (layouts/multi-register.xlsx unless a test
 * names another), as of 2026-11-20.
 */
import { openPane, errorsOf, fillsOf, saveScreenshot, selectionsOf, waitForValue } from './support/harness-page';
import { usePaneBrowser } from './support/pane-browser';

const session = usePaneBrowser();
const RED = '#FF7C80';

describe('the task pane in a browser', () => {
  it('colours the overdue rows in the workbook, and clearing gives the old colours back', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    await page.getByRole('tab', { name: '逾期' }).click();
    const before = await fillsOf(page, '收文');
    await page.getByRole('button', { name: '标记逾期' }).click();
    await page.getByText('已标记逾期').waitFor();
    const painted = await fillsOf(page, '收文');
    const redRows = new Set(Object.entries(painted).filter(([, f]) => f.color === RED).map(([a1]) => Number(a1.replace(/^[A-Z]+/, ''))));
    expect(redRows.size).toBe(3);
    await saveScreenshot(page, 'overdue');
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText('已清除标记').waitFor();
    expect(await fillsOf(page, '收文')).toEqual(before);
    expect(errorsOf(page)).toEqual([]);
  });

  it('selects an overdue item’s row in the sheet when the clerk clicks it', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    await page.getByRole('tab', { name: '逾期' }).click();
    const first = page.getByRole('button', { name: /^在表中选中/ }).first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    const [, sheet, row] = /「(.+)」第 (\d+) 行/.exec(label) ?? [];
    await first.click();
    const selections = await waitForValue(() => selectionsOf(page), (s) => s.length > 0);
    expect(selections).toEqual([expect.objectContaining({ sheet, row: Number(row) })]);
  });

  it('can be worked with the keyboard alone: a section chosen, the highlight run', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    await page.getByRole('tab', { name: '台账' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '标记逾期' }).waitFor();
    let focused = '';
    for (let i = 0; i < 40 && focused !== '标记逾期'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement instanceof HTMLButtonElement ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(focused).toBe('标记逾期');
    await page.keyboard.press('Enter');
    await page.getByText('已标记逾期').waitFor();
  });
});
