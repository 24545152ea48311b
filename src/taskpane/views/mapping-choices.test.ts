import fc from 'fast-check';
import { columnIndex } from '../../core/layout/address';
import { FIELD_DEFINITIONS } from '../../core/layout/field-dictionary';
import type { FieldName } from '../../core/types';
import { day, gridOf } from '../../../test/helpers/grid';
import { findSharedColumns, listColumnChoices, listFieldsOfKind, orderFieldsForEditing, toConfirmedMapping } from './mapping-choices';

const grid = gridOf(
  '收文',
  [
    ['2026年收文登记簿'],
    ['序号', '收文日期', '办理情况', null, '备注'],
    [null, null, '办结\n日期', '办理  结果', null],
    [1, day(2026, 3, 5), day(2026, 3, 9), '已办结', null],
  ],
  { merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'] },
);

describe('listColumnChoices', () => {
  it('names each column by its header rows, merged parents included, with the first value under it', () => {
    expect(listColumnChoices(grid, [2, 3])).toEqual([
      { col: 0, letter: 'A', header: '序号', sample: '1' },
      { col: 1, letter: 'B', header: '收文日期', sample: '2026-03-05' },
      { col: 2, letter: 'C', header: '办理情况 / 办结 日期', sample: '2026-03-09' },
      { col: 3, letter: 'D', header: '办理情况 / 办理 结果', sample: '已办结' },
      { col: 4, letter: 'E', header: '备注', sample: '' },
    ]);
  });

  it('reads the header from whichever rows the clerk says hold it', () => {
    expect(listColumnChoices(grid, [1, 1]).map((c) => c.header)).toEqual(['2026年收文登记簿', '2026年收文登记簿', '2026年收文登记簿', '2026年收文登记簿', '2026年收文登记簿']);
    expect(listColumnChoices(grid, [1, 1])[1].sample).toBe('收文日期');
  });
});

describe('listFieldsOfKind', () => {
  it('offers the fields of the kind in the dictionary’s order', () => {
    const fields = listFieldsOfKind('submissions', {});
    expect(fields).toContain('adoption');
    expect(fields).not.toContain('copyNo');
    const order = FIELD_DEFINITIONS.map((d) => d.field);
    expect([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(fields);
  });

  it('keeps a field already mapped even when the kind does not usually carry it', () => {
    expect(listFieldsOfKind('submissions', { copyNo: 3 })).toContain('copyNo');
  });
});

describe('orderFieldsForEditing', () => {
  it('lists the fields read from a column first, left to right, then the others in their order', () => {
    expect(orderFieldsForEditing(['serialNo', 'receivedDate', 'title', 'urgency', 'remarks'], { title: 2, receivedDate: 5, serialNo: 0 })).toEqual(['serialNo', 'title', 'receivedDate', 'urgency', 'remarks']);
  });
});

describe('findSharedColumns', () => {
  it('finds columns chosen for two fields, and only those', () => {
    expect(findSharedColumns({ title: 4, matter: 4, sender: 2, handler: undefined })).toEqual([{ col: 4, fields: ['title', 'matter'] }]);
  });
});

describe('toConfirmedMapping', () => {
  it('writes columns as letters, as the settings keep them', () => {
    expect(toConfirmedMapping('incoming', [2, 3], { receivedDate: 1, remarks: 27, title: undefined })).toEqual({
      kind: 'incoming',
      headerRows: [2, 3],
      columns: { receivedDate: 'B', remarks: 'AB' },
    });
  });

  it('gives back every column it was given when the letters are read again', () => {
    const fields = FIELD_DEFINITIONS.map((d) => d.field);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), fc.integer({ min: 0, max: 16_383 })), (columns) => {
        const mapping = toConfirmedMapping('supervision', [1, 1], columns as Partial<Record<FieldName, number>>);
        const back = Object.fromEntries(Object.entries(mapping.columns).map(([f, letters]) => [f, columnIndex(letters ?? '')]));
        expect(back).toEqual(columns);
      }),
    );
  });
});
