/** A count table: per value, how many and what share, the long tail summed, and a 合计 row. */
import type { SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import { SOURCE_COLUMN } from '../sheet-frame';
import type { Bucket } from './buckets';

export interface CountTableInput {
  readonly caption: string;
  readonly labelHeader: string;
  readonly emptyLabel: string;
  /** Already sorted. */
  readonly groups: readonly Bucket<{ n: number }>[];
  /** Show this many groups and sum the rest into one row ("其他（共 N 个）"). */
  readonly top?: number;
  readonly bySource?: boolean;
}

/**
 * @example buildCountTable({ caption: '按来文单位', labelHeader: '来文单位', emptyLabel: '（未填写）', groups, top: 20 }).rows.at(-1) // ['合计', 37, 1]
 */
export function buildCountTable(input: CountTableInput): SpecTable {
  const total = input.groups.reduce((s, g) => s + g.acc.n, 0);
  const share = (n: number): number | null => (total === 0 ? null : n / total);
  const shown = input.top === undefined ? input.groups : input.groups.slice(0, input.top);
  const rest = input.groups.slice(shown.length);
  const label = (g: Bucket<{ n: number }>): string => (g.label === '' ? input.emptyLabel : g.label);
  const rows: SpecValue[][] = shown.map((g) => (input.bySource ? [g.source ?? '', label(g), g.acc.n, share(g.acc.n)] : [label(g), g.acc.n, share(g.acc.n)]));
  if (rest.length > 0) {
    const n = rest.reduce((s, g) => s + g.acc.n, 0);
    const other = `其他（共 ${rest.length} 个）`;
    rows.push(input.bySource ? ['', other, n, share(n)] : [other, n, share(n)]);
  }
  rows.push(input.bySource ? ['合计', '', total, share(total)] : ['合计', total, share(total)]);
  const columns = [
    { header: input.labelHeader, width: 22, format: 'text' as const },
    { header: '件数', width: 8, format: 'integer' as const },
    { header: '占比', width: 8, format: 'percent1' as const },
  ];
  return {
    caption: input.caption,
    columns: input.bySource ? [SOURCE_COLUMN, ...columns] : columns,
    rows,
    rowStyles: rows.map((_, i): SpecRowStyle => (i === rows.length - 1 ? 'total' : 'body')),
  };
}
