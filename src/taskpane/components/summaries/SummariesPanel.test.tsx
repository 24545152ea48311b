/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { renderPane, type PaneKit } from '../../testing/pane-kit';
import { INCOMING_SHEET, sampleWorkbook } from '../../testing/sample-workbook';

// Each test runs the whole pane over a stand-in workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(30_000);

async function openSummaries(kit: PaneKit = renderPane()): Promise<PaneKit> {
  await screen.findByRole('listitem', { name: INCOMING_SHEET });
  fireEvent.click(screen.getByRole('tab', { name: '汇总' }));
  await screen.findByRole('region', { name: '汇总' });
  return kit;
}

function plannedNames(): string[] {
  return within(screen.getByRole('list', { name: '将写入这些工作表：' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('the summaries panel', () => {
  it('lists the sheets of the year-end package before writing them, then writes them', async () => {
    const kit = await openSummaries();
    fireEvent.click(screen.getByRole('button', { name: '列出年终汇总要写的表' }));
    await screen.findByRole('list', { name: '将写入这些工作表：' });
    expect(plannedNames()).toEqual(
      expect.arrayContaining(['新建「2026年度 目录」', '新建「2026年度 收文统计」', '新建「2026年度 发文统计」', '新建「2026年度 逾期未办结清单」', '新建「考核计分办法」']),
    );
    expect(kit.standin.state.findSheet('2026年度 目录')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
    expect(await screen.findByText('汇总表已写入')).toBeTruthy();
    expect(kit.standin.state.findSheet('2026年度 目录')).toBeTruthy();
    expect(kit.standin.state.findSheet('2026年度 收文统计')).toBeTruthy();
  });

  it('writes one summary over a chosen quarter', async () => {
    const kit = await openSummaries();
    fireEvent.change(screen.getByRole('combobox', { name: '期间' }), { target: { value: 'quarter' } });
    fireEvent.change(screen.getByRole('combobox', { name: '季度' }), { target: { value: '4' } });
    fireEvent.change(screen.getByRole('combobox', { name: '统计内容' }), { target: { value: 'overdue' } });
    fireEvent.click(screen.getByRole('button', { name: '列出要写的表' }));
    await screen.findByRole('list', { name: '将写入这些工作表：' });
    expect(plannedNames()).toEqual(['新建「2026年第4季度 逾期未办结清单」']);
    fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
    await screen.findByText('汇总表已写入');
    expect(kit.standin.state.findSheet('2026年第4季度 逾期未办结清单')).toBeTruthy();
  });

  it('says when it will replace its own earlier sheet, and steps aside from a clerk’s sheet of the same name', async () => {
    const fixture = sampleWorkbook();
    await openSummaries(renderPane({ fixture: { sheets: [...fixture.sheets, { name: '2026年度 发文统计', rows: [['我自己做的统计']] }] } }));
    fireEvent.click(screen.getByRole('button', { name: '列出要写的表' }));
    await screen.findByRole('list', { name: '将写入这些工作表：' });
    fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
    await screen.findByText('汇总表已写入');

    fireEvent.change(screen.getByRole('combobox', { name: '统计内容' }), { target: { value: 'outgoing' } });
    fireEvent.click(screen.getByRole('button', { name: '列出要写的表' }));
    await screen.findByRole('list', { name: '将写入这些工作表：' });
    expect(plannedNames()).toEqual(['「2026年度 发文统计 (2)」（已有您自己的「2026年度 发文统计」，所以换个名字，您的表不动）']);
    fireEvent.click(screen.getByRole('button', { name: '不写入' }));

    fireEvent.change(screen.getByRole('combobox', { name: '统计内容' }), { target: { value: 'incoming' } });
    fireEvent.click(screen.getByRole('button', { name: '列出要写的表' }));
    await screen.findByRole('list', { name: '将写入这些工作表：' });
    expect(plannedNames()).toEqual(['「2026年度 收文统计」（替换台账助手以前生成的「2026年度 收文统计」）']);
  });
});
