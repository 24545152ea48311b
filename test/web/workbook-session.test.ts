import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { CopyCheckError, WorkbookSession } from '../../src/web/engine/workbook-session';

const TODAY = { year: 2026, month: 11, day: 20 };

describe('WorkbookSession', () => {
  let sample: Uint8Array;
  beforeAll(async () => {
    sample = new Uint8Array(await buildSampleWorkbook());
  });

  it('refuses a copy whose cells do not read back as the step meant, and undoes the step', async () => {
    const session = WorkbookSession.open(sample, '收文.xlsx');
    const [original] = (await session.host.readTop('收文登记', 3)).rows[2] ?? [];
    await session.host.writeCells('收文登记', [{ row: 3, col: 0, before: original ?? null, after: '收-001' }]);
    // The step claims to have written something else than it did.
    session.noteWritten([{ sheet: '收文登记', row: 3, col: 0, value: '收-999' }]);
    session.note([{ action: 'fixed' }]);
    const failure = (() => {
      try {
        session.commit(TODAY);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(failure).toBeInstanceOf(CopyCheckError);
    expect((failure as CopyCheckError).zh).toMatch(/^生成的副本自检未通过（修改后工作表"收文登记"的 A3 单元格与预期不一致），已放弃这一步的改动，原文件未改动。$/);
    expect((await session.host.readTop('收文登记', 3)).rows[2]?.[0]).toEqual(original);
  });

  it('names a step that changed parts without saying what it did as a change of settings', async () => {
    const session = WorkbookSession.open(sample, '收文.xlsx');
    await session.host.writeSettings({ version: 1 });
    expect(session.commit(TODAY)?.name).toBe('收文-已更新设置-2026-11-20.xlsx');
  });

  it('counts the next step’s changes from the copy it last made', async () => {
    const session = WorkbookSession.open(sample, '收文.xlsx');
    await session.host.writeSettings({ version: 1, mappings: {} });
    session.note([{ action: 'settings' }]);
    expect(session.commit(TODAY)?.changedParts).toEqual(expect.arrayContaining(['[Content_Types].xml']));
    await session.host.writeSettings({ version: 1, mappings: {} });
    expect(session.commit(TODAY)).toBeNull();
  });
});
