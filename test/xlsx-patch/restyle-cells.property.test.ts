import fc from 'fast-check';
import { restyleCells, type CellState, type RowRestyle } from '../../src/hosts/xlsx/patch/restyle-cells';
import { toCellAddress } from '../../src/hosts/xlsx/patch/cell-ref';

interface CellShape {
  readonly col: number;
  readonly withRef: boolean;
  readonly style: number | null;
  readonly value: 'none' | 'number' | 'shared' | 'formula' | 'inline';
}

interface RowShape {
  readonly number: number;
  readonly withRef: boolean;
  readonly extra: string;
  readonly cells: readonly CellShape[];
}

const cellArb = fc.record({
  col: fc.integer({ min: 0, max: 9 }),
  withRef: fc.boolean(),
  style: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  value: fc.constantFrom('none' as const, 'number' as const, 'shared' as const, 'formula' as const, 'inline' as const),
});

const rowArb = fc.record({
  number: fc.integer({ min: 1, max: 30 }),
  withRef: fc.boolean(),
  extra: fc.constantFrom('', ' spans="1:9"', ' ht="20" customHeight="1"', ' s="3" customFormat="1"'),
  cells: fc.uniqueArray(cellArb, { selector: (c) => c.col, maxLength: 6 }),
});

/** Serialises rows as a writer might: positional cells and rows only where positions allow them. */
function sheetOf(rows: readonly RowShape[], prefix: string, ordered: boolean): string {
  const sorted = ordered ? [...rows].sort((a, b) => a.number - b.number) : rows;
  let previousRow = 0;
  const seen = new Set<number>();
  const body = sorted
    .filter((r) => !seen.has(r.number) && seen.add(r.number))
    .map((r) => {
      const cells = [...r.cells].sort((a, b) => a.col - b.col);
      let previousCol = -1;
      const cellText = cells
        .map((c) => {
          const ref = c.withRef || c.col !== previousCol + 1 ? ` r="${toCellAddress(r.number, c.col)}"` : '';
          previousCol = c.col;
          const s = c.style === null ? '' : ` s="${c.style}"`;
          const p = prefix;
          switch (c.value) {
            case 'none':
              return `<${p}c${ref}${s}/>`;
            case 'number':
              return `<${p}c${ref}${s}><${p}v>${c.col}</${p}v></${p}c>`;
            case 'shared':
              return `<${p}c${ref}${s} t="s"><${p}v>0</${p}v></${p}c>`;
            case 'formula':
              return `<${p}c${ref}${s}><${p}f>SUM(A1:A2)</${p}f><${p}v>3</${p}v></${p}c>`;
            default:
              return `<${p}c${ref}${s} t="inlineStr"><${p}is><${p}t>a &lt; b</${p}t></${p}is></${p}c>`;
          }
        })
        .join('');
      const ref = r.withRef || r.number !== previousRow + 1 ? ` r="${r.number}"` : '';
      previousRow = r.number;
      return cellText ? `<${prefix}row${ref}${r.extra}>${cellText}</${prefix}row>` : `<${prefix}row${ref}${r.extra}/>`;
    })
    .join('');
  const ns = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
  return `<?xml version="1.0"?>\n<${prefix}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}cols><${prefix}col min="2" max="3" style="4"/></${prefix}cols><${prefix}sheetData>${body}</${prefix}sheetData><${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B1"/></${prefix}mergeCells></${prefix}worksheet>`;
}

const planArb = fc.array(fc.record({ row: fc.integer({ min: 1, max: 35 }), from: fc.integer({ min: 0, max: 9 }), width: fc.integer({ min: 0, max: 4 }) }), { maxLength: 8 });

describe('restyleCells on arbitrary sheets', () => {
  it('painting and then undoing the paint gives back the exact original text', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.constantFrom('', 'x:'), fc.boolean(), planArb, (rows, prefix, ordered, marks) => {
        const xml = sheetOf(rows, prefix, ordered);
        const before = new Map<string, CellState>();
        const paintPlan = new Map<number, RowRestyle>();
        for (const m of marks) {
          const cols = new Set(paintPlan.get(m.row)?.cols ?? []);
          for (let c = m.from; c <= m.from + m.width; c++) cols.add(c);
          paintPlan.set(m.row, {
            cols: [...cols].sort((a, b) => a - b),
            decide: (cell) => {
              if (!before.has(`${cell.row}:${cell.col}`)) before.set(`${cell.row}:${cell.col}`, cell);
              return { style: 900 + cell.col };
            },
          });
        }
        const painted = restyleCells(xml, paintPlan);
        const undoPlan = new Map<number, RowRestyle>();
        for (const [row, plan] of paintPlan) {
          undoPlan.set(row, {
            cols: plan.cols,
            decide: (cell) => {
              const was = before.get(`${row}:${cell.col}`);
              if (!was || !cell.exists) return null;
              return was.exists ? { style: was.style } : 'remove';
            },
          });
        }
        expect(restyleCells(painted, undoPlan)).toBe(xml);
        // Every planned cell was seen exactly once, whether it existed or not.
        const planned = [...paintPlan.entries()].reduce((n, [, p]) => n + p.cols.length, 0);
        expect(before.size).toBe(planned);
      }),
      { numRuns: 400 },
    );
  });
});
