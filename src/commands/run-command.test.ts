import { createResultFeed } from './result-feed';
import { runCommand } from './run-command';

describe('runCommand', () => {
  it('publishes the message of an action that succeeds', async () => {
    const feed = createResultFeed();
    const result = await runCommand({
      command: 'highlightOverdue',
      origin: 'pane',
      action: async () => '收文登记簿：逾期 5 件，临期 2 件',
      feed,
      locale: 'zh-CN',
    });
    expect(result).toEqual({
      command: 'highlightOverdue',
      origin: 'pane',
      ok: true,
      message: '收文登记簿：逾期 5 件，临期 2 件',
      sequence: 1,
    });
    expect(feed.latest()).toBe(result);
  });

  it('publishes a failure in the clerk\'s language instead of rejecting', async () => {
    const feed = createResultFeed();
    const result = await runCommand({
      command: 'clearHighlights',
      origin: 'ribbon',
      action: async () => {
        throw Object.assign(new Error('protected'), { zh: '工作表受保护', en: 'The sheet is protected' });
      },
      feed,
      locale: 'en-US',
    });
    expect(result).toMatchObject({ ok: false, message: 'The sheet is protected', origin: 'ribbon' });
  });

  it('catches an action that throws before returning a promise', async () => {
    const feed = createResultFeed();
    const action = (): Promise<string> => {
      throw new Error('Excel is not ready');
    };
    const result = await runCommand({ command: 'clearHighlights', origin: 'pane', action, feed, locale: 'zh-CN' });
    expect(result).toMatchObject({ ok: false, message: '操作没有完成：Excel is not ready' });
  });
});
