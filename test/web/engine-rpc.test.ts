import { EngineClient, EngineError } from '../../src/web/client/engine-client';
import { CANCELLED, toEngineFailure } from '../../src/web/engine/engine-failure';
import { enginePortOf, pagePortOf } from '../../src/web/engine/ports';
import type { FromEngine, MessagePortLike, ToEngine } from '../../src/web/engine/rpc-messages';
import { serveEngine, type CallContext } from '../../src/web/engine/serve-engine';
import { WorkbookOpenError } from '../../src/hosts/xlsx/open-errors';

describe('the channel between the page and its engine', () => {
  const channels: MessageChannel[] = [];
  afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

  function connect(methods: Record<string, (ctx: CallContext, ...args: never[]) => Promise<unknown>>): EngineClient {
    const channel = new MessageChannel();
    channels.push(channel);
    serveEngine(enginePortOf(channel.port2), methods);
    return new EngineClient(pagePortOf(channel.port1));
  }

  it('answers a call with the method’s value, cloned across the channel', async () => {
    const client = connect({ listSheets: async () => [{ name: '收文登记', hidden: new Set([3]) }] });
    await expect(client.call('listSheets', [])).resolves.toEqual([{ name: '收文登记', hidden: new Set([3]) }]);
  });

  it('passes the arguments in order and reports progress before the value', async () => {
    const seen: string[] = [];
    const client = connect({
      readTop: async (ctx: CallContext, sheet: string, rows: number) => {
        ctx.progress(1, 2, sheet);
        return `${sheet}:${rows}`;
      },
    });
    const value = await client.call('readTop', ['收文', 40, undefined], { onProgress: (done, total, label) => seen.push(`${done}/${total} ${label}`) });
    expect(value).toBe('收文:40');
    expect(seen).toEqual(['1/2 收文']);
  });

  it('turns what a method throws into an error carrying the clerk’s sentence', async () => {
    const client = connect({ open: async () => Promise.reject(new WorkbookOpenError('xls')) });
    const error = await client.call('open', [new Uint8Array(1), 'a.xls']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'xls', zh: expect.stringContaining('另存为 .xlsx') });
  });

  it('runs calls one at a time in the order they were made', async () => {
    const order: string[] = [];
    const client = connect({
      readTop: async (_ctx: CallContext, name: string) => {
        order.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, name === 'slow' ? 30 : 0));
        order.push(`end ${name}`);
      },
    });
    await Promise.all([client.call('readTop', ['slow', 1, undefined]), client.call('readTop', ['fast', 1, undefined])]);
    expect(order).toEqual(['start slow', 'end slow', 'start fast', 'end fast']);
  });

  it('answers a call of a method it does not have with a failure, not silence', async () => {
    const client = connect({});
    await expect(client.call('discard', [])).rejects.toMatchObject({ code: 'unexpected' });
  });

  it('fails every pending call once the engine is gone, instead of hanging', async () => {
    const silent: MessagePortLike<FromEngine, ToEngine> = { post: () => undefined, listen: () => undefined };
    const client = new EngineClient(silent);
    const pending = client.call('listSheets', []);
    client.stop();
    await expect(pending).rejects.toMatchObject({ code: 'engineStopped', zh: expect.stringContaining('原文件没有被改动') });
    await expect(client.call('listSheets', [])).rejects.toBeInstanceOf(EngineError);
  });
});

describe('toEngineFailure', () => {
  it('keeps the zh/en sentences and code of a host error', () => {
    expect(toEngineFailure({ code: 'protectedSheet', zh: '工作表"收文"受保护', en: 'protected' })).toEqual({ code: 'protectedSheet', message: { zh: '工作表"收文"受保护', en: 'protected' } });
  });

  it('reads a Problem-shaped value with its fix', () => {
    const failure = toEngineFailure({ code: 'x', message: { zh: '错', en: 'wrong' }, fix: { zh: '改', en: 'fix it' } });
    expect(failure).toEqual({ code: 'x', message: { zh: '错', en: 'wrong' }, fix: { zh: '改', en: 'fix it' } });
  });

  it('says a cancel is a cancel', () => {
    expect(toEngineFailure(new DOMException('stopped', 'AbortError'))).toBe(CANCELLED);
  });

  it('names an unexpected error plainly, cut short, with what to do', () => {
    const failure = toEngineFailure(new TypeError('x'.repeat(500)));
    expect(failure.code).toBe('unexpected');
    expect(failure.message.zh).toMatch(/^处理时出现意外错误（x{200}）。原文件没有被改动。$/);
    expect(failure.fix?.zh).toContain('重新打开本页');
  });
});
