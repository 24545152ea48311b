/**
 * The checks, the summaries and the settings, in a real browser: the built task pane over the
 * strict Excel stand-in holding a fixture workbook (layouts/multi-register.xlsx unless a test
 * names another), as of 2026-11-20.
 */
import { openPane, errorsOf, saveScreenshot, selectionsOf, sheetsOf, waitForValue } from './support/harness-page';
import { usePaneBrowser } from './support/pane-browser';

const session = usePaneBrowser();

describe('the task pane in a browser', () => {
  it('lists the findings of the checks by rule, and selects a finding’s cell when the clerk clicks it', async () => {
    const page = await openPane(session.browser(), session.origin(), { fixture: 'rules/planted-faults.xlsx' });
    await page.getByRole('listitem', { name: '收文登记', exact: true }).waitFor();
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验工作簿' }).click();
    await page.getByText('校验完成').waitFor();
    await page.getByRole('button', { name: /文号年份括号不对 · 1 处/ }).click();
    await saveScreenshot(page, 'validation');
    await page.getByRole('button', { name: /^选中「收文登记」D4：/ }).click();
    const selections = await waitForValue(() => selectionsOf(page), (s) => s.length > 0);
    expect(selections).toEqual([{ sheet: '收文登记', row: 4, col: 3 }]);
    expect(errorsOf(page)).toEqual([]);
  });

  it('writes the year-end package after listing the sheets it will write', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByRole('button', { name: '列出年终汇总要写的表' }).click();
    const plan = page.getByRole('list', { name: '将写入这些工作表：' });
    await plan.waitFor();
    const planned = await plan.getByRole('listitem').allTextContents();
    expect(planned).toEqual(expect.arrayContaining(['新建「2026年度 目录」', '新建「2026年度 收文统计」', '新建「2026年度 督办统计」']));
    expect((await sheetsOf(page)).some((s) => s.name === '2026年度 目录')).toBe(false);
    await saveScreenshot(page, 'year-end-plan');
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText('汇总表已写入').waitFor();
    const owned = (await sheetsOf(page)).filter((s) => s.ownedPurpose !== null).map((s) => s.name);
    expect(owned).toEqual(expect.arrayContaining(['2026年度 目录', '2026年度 收文统计', '2026年度 督办统计', '2026年度 逾期未办结清单']));
    expect(owned.length).toBe(planned.length);
    expect(errorsOf(page)).toEqual([]);
  });

  it('shows the settings as tables kept in the workbook', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('region', { name: '默认办理时限' }).waitFor();
    await saveScreenshot(page, 'settings');
    expect(errorsOf(page)).toEqual([]);
  });
});
