/**
 * The register list and the column mapping, in a real browser: the built task pane over the
 * strict Excel stand-in holding a fixture workbook (layouts/multi-register.xlsx unless a test
 * names another), as of 2026-11-20.
 */
import { openPane, errorsOf, saveScreenshot, settingsOf } from './support/harness-page';
import { usePaneBrowser } from './support/pane-browser';

const session = usePaneBrowser();

describe('the task pane in a browser', () => {
  it('lists the registers it recognised and the sheets it did not, on opening', async () => {
    const page = await openPane(session.browser(), session.origin());
    const incoming = page.getByRole('listitem', { name: '收文', exact: true });
    await incoming.waitFor();
    await expectText(incoming, '收文登记簿');
    await expectText(incoming, '20 条 · 第 3–22 行');
    await expectText(page.getByRole('list', { name: '「收文」各状态件数' }), '逾期 3');
    await page.getByRole('listitem', { name: '督办', exact: true }).waitFor();
    await page.getByRole('listitem', { name: '发文', exact: true }).waitFor();
    await page.getByRole('button', { name: '把「填表说明」当作登记簿' }).waitFor();
    await page.getByRole('button', { name: '把「汇总」当作登记簿' }).waitFor();
    await saveScreenshot(page, 'registers');
    expect(errorsOf(page)).toEqual([]);
  });

  it('remembers a changed column mapping in the workbook, so the pane reopened reads it the same way', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('button', { name: '查看或修改「收文」的列映射' }).click();
    const remarks = page.getByRole('combobox', { name: '备注' });
    await remarks.waitFor();
    expect(await remarks.inputValue()).toBe('9');
    await saveScreenshot(page, 'mapping');
    await remarks.selectOption({ label: '（不读取）' });
    await page.getByRole('button', { name: '保存列映射' }).click();
    await page.getByText('已记住「收文」的列映射').waitFor();
    const saved = await settingsOf(page);
    expect(saved.mappings?.['收文']?.columns).not.toHaveProperty('remarks');

    await page.reload();
    const card = page.getByRole('listitem', { name: '收文', exact: true });
    await expectText(card, '列映射已确认');
    await page.getByRole('button', { name: '查看或修改「收文」的列映射' }).click();
    await page.getByText('这是本工作簿里保存的列映射。').waitFor();
    expect(await page.getByRole('combobox', { name: '备注' }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: '标题' }).inputValue()).toBe('4');
    expect(errorsOf(page)).toEqual([]);
  });

  it('speaks English when Office’s display language is English', async () => {
    const page = await openPane(session.browser(), session.origin(), { lang: 'en-US' });
    await page.getByRole('heading', { name: 'Register Desk' }).waitFor();
    const incoming = page.getByRole('listitem', { name: '收文', exact: true });
    await expectText(incoming, '20 records · rows 3–22');
    await page.getByRole('tab', { name: 'Overdue' }).click();
    await page.getByRole('button', { name: 'Mark overdue' }).waitFor();
    await saveScreenshot(page, 'overdue-en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
  });
});

async function expectText(locator: { textContent(): Promise<string | null>; waitFor(): Promise<void> }, text: string): Promise<void> {
  await locator.waitFor();
  expect(await locator.textContent()).toContain(text);
}
