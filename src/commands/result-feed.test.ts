import { createResultFeed } from './result-feed';

describe('createResultFeed', () => {
  it('starts empty', () => {
    expect(createResultFeed().latest()).toBeNull();
  });

  it('keeps the latest result and numbers results in the order they came', () => {
    const feed = createResultFeed();
    const first = feed.publish({ command: 'highlightOverdue', origin: 'ribbon', ok: true, message: '逾期 5 件' });
    const second = feed.publish({ command: 'clearHighlights', origin: 'pane', ok: false, message: '受保护' });
    expect(first.sequence).toBe(1);
    expect(second.sequence).toBe(2);
    expect(feed.latest()).toEqual({ command: 'clearHighlights', origin: 'pane', ok: false, message: '受保护', sequence: 2 });
  });

  it('tells each listener about each result until it unsubscribes', () => {
    const feed = createResultFeed();
    const heard: number[] = [];
    const stop = feed.subscribe(() => heard.push(feed.latest()?.sequence ?? -1));
    feed.publish({ command: 'highlightOverdue', origin: 'pane', ok: true, message: 'a' });
    stop();
    feed.publish({ command: 'highlightOverdue', origin: 'pane', ok: true, message: 'b' });
    expect(heard).toEqual([1]);
  });

  it('keeps separate feeds apart', () => {
    const a = createResultFeed();
    const b = createResultFeed();
    a.publish({ command: 'highlightOverdue', origin: 'pane', ok: true, message: 'a' });
    expect(b.latest()).toBeNull();
  });
});
