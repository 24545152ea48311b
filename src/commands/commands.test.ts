import { sharedResultFeed } from './result-feed';

jest.mock('./wire-actions', () => ({
  createRegisterDeskActions: () => ({
    highlightOverdue: async () => '收文登记簿：逾期 5 件，临期 2 件',
    clearHighlights: async () => {
      throw new Error('InvalidOperation');
    },
  }),
}));

type Associated = (event: { completed(): void }) => void;

function installOffice() {
  const associated = new Map<string, Associated>();
  const office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: 'Excel', platform: 'PC' });
    },
    context: { displayLanguage: 'zh-CN' },
    actions: { associate: (name: string, action: Associated) => associated.set(name, action) },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
  };
  Object.assign(globalThis, { Office: office });
  return { associated, office };
}

async function click(action: Associated | undefined): Promise<jest.Mock> {
  const completed = jest.fn();
  const done = new Promise<void>((resolve) => completed.mockImplementation(() => resolve()));
  action?.({ completed });
  await done;
  return completed;
}

describe('the ribbon commands entry', () => {
  it('associates both manifest functions once Office is ready, and each completes its event', async () => {
    const { associated, office } = installOffice();
    await import('./commands');
    expect([...associated.keys()].sort()).toEqual(['clearHighlights', 'highlightOverdue']);

    const highlighted = await click(associated.get('highlightOverdue'));
    expect(highlighted).toHaveBeenCalledTimes(1);
    expect(sharedResultFeed.latest()).toMatchObject({ origin: 'ribbon', ok: true, message: '收文登记簿：逾期 5 件，临期 2 件' });
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);

    const cleared = await click(associated.get('clearHighlights'));
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(sharedResultFeed.latest()).toMatchObject({ ok: false, message: '操作没有完成：InvalidOperation' });
  });
});
