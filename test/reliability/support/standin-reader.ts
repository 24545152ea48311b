/**
 * The clerk's sheets of the in-memory Excel stand-in as a round trip judges them: each cell's
 * value, formula, number format, bold and link, and its fill as Office.js reads it (a theme colour
 * as its RGB: Office.js cannot write the theme link back, see shared/office-facts.md).
 */
import { MARK_PALETTE } from '../../../src/core/marks/palette';
import { readFill } from '../../excel-standin/fill-rules';
import { colToLetters } from '../../excel-standin/standin-a1';
import type { Standin } from '../../excel-standin/standin';
import type { WorkbookReader } from './run-and-check';

interface StandinCell {
  readonly content: string;
  readonly fill: string;
}

type StandinSnapshot = ReadonlyMap<string, ReadonlyMap<string, StandinCell>>;

const NONE = JSON.stringify(readFill(undefined));
const MARK_FILLS = Object.values(MARK_PALETTE).map((c) => `#${c.rgb}`);

function snapshot(standin: Standin, sheets: readonly string[]): StandinSnapshot {
  const out = new Map<string, Map<string, StandinCell>>();
  for (const name of sheets) {
    const cells = new Map<string, StandinCell>();
    const sheet = standin.state.findSheet(name);
    if (!sheet) continue;
    for (const [row, line] of sheet.rows) {
      line.forEach((cell, col) => {
        if (!cell) return;
        const { value, formula, numberFormat, bold, link } = cell;
        const content = JSON.stringify({ value, formula, numberFormat, bold, link });
        const fill = JSON.stringify(readFill(cell.fill));
        if (content !== JSON.stringify({ value: null }) || fill !== NONE) cells.set(`${colToLetters(col)}${row + 1}`, { content, fill });
      });
    }
    out.set(name, cells);
  }
  return out;
}

const EMPTY: StandinCell = { content: JSON.stringify({ value: null }), fill: NONE };

function diff(before: StandinSnapshot, after: StandinSnapshot, ignoreFill: boolean): string[] {
  const out: string[] = [];
  for (const [sheet, a] of before) {
    const b = after.get(sheet);
    if (!b) {
      out.push(`sheet ${sheet} is gone`);
      continue;
    }
    for (const ref of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(ref) ?? EMPTY;
      const y = b.get(ref) ?? EMPTY;
      if (x.content !== y.content && out.length < 20) out.push(`${sheet}!${ref}: ${x.content} → ${y.content}`);
      if (!ignoreFill && x.fill !== y.fill && out.length < 20) out.push(`${sheet}!${ref} fill: ${x.fill} → ${y.fill}`);
    }
  }
  return out;
}

function foreignFills(before: StandinSnapshot, after: StandinSnapshot): string[] {
  const out = new Set<string>();
  for (const [sheet, b] of after) {
    const a = before.get(sheet);
    if (!a) continue;
    for (const [ref, y] of b) {
      const x = a.get(ref) ?? EMPTY;
      const parsed = JSON.parse(y.fill) as { color: string; pattern: string };
      if (x.fill !== y.fill && !(parsed.pattern === 'Solid' && MARK_FILLS.includes(parsed.color))) out.add(`${sheet}!${ref} ${y.fill}`);
    }
  }
  return [...out];
}

/** @example runAndCheck(session, ops, standinReader(standin, ['收文登记'])) */
export function standinReader(standin: Standin, userSheets: readonly string[]): WorkbookReader<StandinSnapshot> {
  return { snapshot: () => snapshot(standin, userSheets), diff, foreignFills };
}
