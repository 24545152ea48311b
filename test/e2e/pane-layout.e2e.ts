/**
 * The pane at the narrowest task-pane width, in a real browser: the built task pane over the
 * strict Excel stand-in holding a fixture workbook (layouts/multi-register.xlsx unless a test
 * names another), as of 2026-11-20.
 */
import { openPane } from './support/harness-page';
import { usePaneBrowser } from './support/pane-browser';

const session = usePaneBrowser();

describe('the task pane in a browser', () => {
  it('fits the narrowest task pane (320 px) on every tab, without scrolling sideways', async () => {
    const page = await openPane(session.browser(), session.origin());
    await page.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    const fits = async (where: string): Promise<void> => {
      await page.waitForTimeout(300);
      const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect({ where, fits: scroll <= view }).toEqual({ where, fits: true });
    };
    for (const tab of ['台账', '逾期', '校验', '汇总', '设置']) {
      await page.getByRole('tab', { name: tab }).click();
      await fits(tab);
    }
    for (const section of ['节假日和调休', '必填项', '常用取值', '发文定额和考核计分']) {
      await page.getByRole('button', { name: section }).click();
      await fits(section);
    }
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '查看或修改「督办」的列映射' }).click();
    await page.getByRole('combobox', { name: '督办事项' }).waitFor();
    await fits('列映射');

    const english = await openPane(session.browser(), session.origin(), { lang: 'en-US' });
    await english.getByRole('listitem', { name: '收文', exact: true }).waitFor();
    for (const tab of ['Registers', 'Overdue', 'Checks', 'Summaries', 'Settings']) {
      await english.getByRole('tab', { name: tab }).click();
      await english.waitForTimeout(300);
      const { scroll, view } = await english.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect({ tab, fits: scroll <= view }).toEqual({ tab, fits: true });
    }
  });
});
