/** A small register and an error-code catcher shared by the stand-in's own tests. */
import { day, err } from '../helpers/grid';
import { createStandin, type Standin } from './standin';
import type { StandinError } from './standin-error';

export const register = (): Standin =>
  createStandin({
    sheets: [
      {
        name: '收文登记',
        rows: [
          ['2026年收文登记簿'],
          ['序号', '收文日期', '来文单位', '标题'],
          [1, day(2026, 3, 5), '县财政局', '关于预算的通知'],
          [2, day(2026, 3, 6), '县教育局', err('#N/A')],
        ],
        merges: ['A1:D1'],
        fills: { C3: { color: 'FFFF00' }, D3: { color: 'DDEBF7', theme: 'accent1', tint: 0.8 }, B4: { color: 'FFFFFF' } },
      },
      { name: '锁定', rows: [['x']], protected: true },
    ],
  });

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as StandinError).code;
  }
  return 'no error';
}
