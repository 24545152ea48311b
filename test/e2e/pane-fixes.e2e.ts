/**
 * Safe fixes in Excel, in a real browser: the built task pane over the Office.js editing host on
 * the strict stand-in (rules/planted-faults.xlsx) previews, applies and undoes the fixes, which
 * the workbook shows.
 */
import type { Page } from 'playwright-core';
import { errorsOf, openPane } from './support/harness-page';
import { usePaneBrowser } from './support/pane-browser';

const session = usePaneBrowser();

function cellD4(page: Page): Promise<unknown> {
  return page.evaluate(() => window.__harness?.values('收文登记', 'D4')[0]?.[0]);
}

describe('safe fixes in the Excel pane', () => {
  it('previews, applies and undoes them in the workbook', async () => {
    const page = await openPane(session.browser(), session.origin(), { fixture: 'rules/planted-faults.xlsx' });
    await page.getByRole('listitem', { name: '收文登记', exact: true }).waitFor();
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验工作簿' }).click();
    await page.getByText('校验完成').waitFor();
    expect(await page.getByText(/暂不能由台账助手修改单元格内容/).count()).toBe(0);
    await page.getByRole('button', { name: '预览修正' }).click();
    await page.getByRole('list', { name: '安全修正' }).getByText('收文登记!D4：县财发[2026]3号 → 县财发〔2026〕3号').waitFor();
    await page.getByRole('button', { name: '确认修正' }).click();
    await page.getByText('已修正', { exact: true }).waitFor();
    expect(await cellD4(page)).toBe('县财发〔2026〕3号');
    await page.getByRole('button', { name: '撤销上次修正' }).click();
    await page.getByText('已撤销修正').waitFor();
    expect(await cellD4(page)).toBe('县财发[2026]3号');
    expect(errorsOf(page)).toEqual([]);
  });
});
