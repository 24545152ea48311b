/**
 * The string pool shared by the workbooks of one package: one copy of each short text, long
 * ones passed through, bounded in size; and what it keeps when packages' shared strings and a
 * worker's packed records go through it.
 */
import { createStringPool, POOL_MAX_LENGTH } from '../../src/hosts/xlsx/read/string-pool';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { packSource, unpackSource } from '../../src/cli/summary/source-codec';
import type { SummarySource } from '../../src/core/summaries/summary-types';
import { buildXlsx, c } from './build-xlsx';

describe('createStringPool', () => {
  it('keeps one copy of each short text and gives the text back unchanged', () => {
    const pool = createStringPool();
    expect(pool.copy('县财政局')).toBe('县财政局');
    expect(pool.copy(['县', '财政局'].join(''))).toBe('县财政局');
    expect(pool.copy('特急')).toBe('特急');
    expect(pool.size).toBe(2);
  });

  it('passes longer texts through without keeping them', () => {
    const pool = createStringPool({ maxLength: 4 });
    expect(pool.copy('关于做好年度考核工作的通知')).toBe('关于做好年度考核工作的通知');
    expect(pool.copy('平件')).toBe('平件');
    expect(pool.size).toBe(1);
    expect(createStringPool().copy('x'.repeat(POOL_MAX_LENGTH + 1))).toHaveLength(POOL_MAX_LENGTH + 1);
  });

  it('keeps what `keep` makes of a text it has not seen, and asks nothing of a text it has', () => {
    const pool = createStringPool({ maxLength: 6 });
    const kept: string[] = [];
    const keep = (t: string): string => (kept.push(t), `${t}`);
    expect(pool.copy('县财政局', keep)).toBe('县财政局');
    expect(pool.copy('县财政局', keep)).toBe('县财政局');
    expect(pool.copy('关于做好年度考核工作的通知', keep)).toBe('关于做好年度考核工作的通知');
    // Seen once each: the long text is passed through as `keep` makes it, and not kept.
    expect(kept).toEqual(['县财政局', '关于做好年度考核工作的通知']);
    expect(pool.size).toBe(1);
  });

  it('stops growing at its limit and still answers', () => {
    const pool = createStringPool({ maxEntries: 3 });
    for (const t of ['甲', '乙', '丙', '丁', '戊']) expect(pool.copy(t)).toBe(t);
    expect(pool.size).toBe(3);
    expect(pool.copy('甲')).toBe('甲');
  });
});

describe('shared strings read through a pool', () => {
  const workbook = (strings: string[]) =>
    buildXlsx({ sheets: [{ name: '收文登记', xml: `<row r="1">${strings.map((_, i) => c(`${String.fromCharCode(65 + i)}1`, 's', String(i))).join('')}</row>` }], strings });

  it('are the same texts, and the pool holds each short one once across workbooks', () => {
    const pool = createStringPool();
    const long = '关于印发《2026年度全县政务信息工作要点》和信息报送考核办法的通知（县政办发〔2026〕12号）';
    const a = WorkbookPackage.open(workbook(['县财政局', '特急', long]), { strings: pool }).sharedStrings();
    const b = WorkbookPackage.open(workbook(['特急', '县教育局', '县财政局']), { strings: pool }).sharedStrings();
    expect(a).toEqual(['县财政局', '特急', long]);
    expect(b).toEqual(['特急', '县教育局', '县财政局']);
    expect(pool.size).toBe(3);
  });

  it('are read as before without a pool', () => {
    expect(WorkbookPackage.open(workbook(['县财政局'])).sharedStrings()).toEqual(['县财政局']);
  });
});

describe('a worker’s packed source unpacked through the pool', () => {
  it('gives the same records, its texts added to the pool', () => {
    const source: SummarySource = {
      source: '青山镇.xlsx',
      registers: [
        {
          layout: { sheet: '收文登记', kind: 'incoming', headerRows: [1], firstDataRow: 2, columns: { sender: 0, urgency: 1 }, headers: ['来文单位', '紧急程度'], problems: [] },
          records: [{ row: 2, values: { sender: '县财政局', urgency: '特急' }, dates: {}, problems: [] }],
          dataRows: { first: 2, last: 2 },
          problems: [],
        },
      ],
    } as unknown as SummarySource;
    const pool = createStringPool();
    pool.copy('县财政局');
    const unpacked = unpackSource(packSource(source), pool);
    expect(unpacked).toEqual(unpackSource(packSource(source)));
    expect(unpacked.registers[0].records[0].values).toEqual({ sender: '县财政局', urgency: '特急' });
    expect(pool.size).toBe(2);
  });
});
