import { createResultFeed } from './result-feed';
import { createRibbonHandlers, type RibbonDependencies } from './ribbon-actions';

function setUp(overrides: Partial<RibbonDependencies> = {}) {
  const log: string[] = [];
  const feed = createResultFeed();
  feed.subscribe(() => log.push(`published ${feed.latest()?.ok ? 'ok' : 'failure'}`));
  const deps: RibbonDependencies = {
    actions: {
      highlightOverdue: async () => {
        log.push('highlight');
        return '逾期 5 件，临期 2 件';
      },
      clearHighlights: async () => {
        log.push('clear');
        return '已恢复 7 行';
      },
    },
    feed,
    locale: () => 'zh-CN',
    showPane: async () => {
      log.push('show pane');
    },
    ...overrides,
  };
  const event = { completed: jest.fn(() => log.push('completed')) };
  return { log, feed, event, handlers: createRibbonHandlers(deps) };
}

describe('createRibbonHandlers', () => {
  it('runs the action, publishes its result, shows the pane and then completes the event', async () => {
    const { log, feed, event, handlers } = setUp();
    await handlers.highlightOverdue(event);
    expect(log).toEqual(['highlight', 'published ok', 'show pane', 'completed']);
    expect(feed.latest()).toMatchObject({ command: 'highlightOverdue', origin: 'ribbon', message: '逾期 5 件，临期 2 件' });
  });

  it('calls each command\'s own action', async () => {
    const { log, event, handlers } = setUp();
    await handlers.clearHighlights(event);
    expect(log[0]).toBe('clear');
  });

  it('completes the event and shows the failure when the action fails', async () => {
    const { feed, event, handlers } = setUp({
      actions: {
        highlightOverdue: async () => {
          throw { message: { zh: '工作表"收文"受保护，请先撤销保护再标记', en: 'protected' } };
        },
        clearHighlights: async () => '',
      },
    });
    await handlers.highlightOverdue(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(feed.latest()).toMatchObject({ ok: false, message: '工作表"收文"受保护，请先撤销保护再标记' });
  });

  it('completes the event even when the pane cannot be shown', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { event, feed, handlers } = setUp({
      showPane: async () => {
        throw new Error('showAsTaskpane is not supported');
      },
    });
    await handlers.clearHighlights(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(feed.latest()).toMatchObject({ ok: true });
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });

  it('completes the event even when publishing itself throws', async () => {
    const { event, handlers } = setUp({
      feed: {
        publish: () => {
          throw new Error('listener broke');
        },
        latest: () => null,
        subscribe: () => () => undefined,
      },
    });
    await expect(handlers.highlightOverdue(event)).rejects.toThrow('listener broke');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('reads the locale at the moment of the click', async () => {
    let locale: 'zh-CN' | 'en-US' = 'zh-CN';
    const { feed, event, handlers } = setUp({
      locale: () => locale,
      actions: {
        highlightOverdue: async () => {
          throw new Error('busy');
        },
        clearHighlights: async () => '',
      },
    });
    locale = 'en-US';
    await handlers.highlightOverdue(event);
    expect(feed.latest()?.message).toBe('Not done: busy');
  });
});
