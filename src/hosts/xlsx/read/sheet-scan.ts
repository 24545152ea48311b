/**
 * Streams one worksheet part through the scanner: inflate a slice, decode it, tokenize it, and
 * stop as soon as the rows asked for are read. What follows the rows (merged ranges, filters)
 * sits at the end of the part; to reach it, the tokenizer skips the rows in between unparsed.
 */
import type { MergedRange } from '../../../core/types';
import { ZipError } from '../zip/zip-types';
import { streamDecoded } from './part-decoder';
import type { SheetPart } from './package-types';
import { ProblemList, readProblems } from './read-problems';
import { SheetScanner } from './sheet-scanner';
import type { ScanBounds } from './sheet-scanner';
import type { SheetLayoutFacts, SheetSource } from './sheet-types';
import { XmlError } from './xml-reader';
import { XmlTokenizer } from './xml-tokenizer';

export type ScanOptions = Partial<Omit<ScanBounds, 'onCell'>> & Pick<ScanBounds, 'onCell'>;

/**
 * Scans a sheet, calling `onCell` for each wanted cell of rows `fromRow..toRow`.
 * @example scanSheet(pkg, pkg.sheets[0], { toRow: 20, onCell: (c) => grid.set(c.row, c.col, c.value) })
 */
export function scanSheet(source: SheetSource, sheet: SheetPart, options: ScanOptions): SheetLayoutFacts {
  const problems = new ProblemList(sheet.name);
  const bounds: ScanBounds = {
    fromRow: options.fromRow ?? 1,
    toRow: options.toRow ?? Infinity,
    wantColumn: options.wantColumn ?? (() => true),
    rowsOnly: options.rowsOnly ?? false,
    onCell: options.onCell,
  };
  const scanner = new SheetScanner(sheet.name, bounds, {
    date1904: source.date1904,
    sharedStrings: () => source.sharedStrings(),
    isDateStyle: (s) => source.styles.isDateStyle(s),
    report: (p) => problems.add(p),
  }, problems);
  const entry = sheet.path === '' ? undefined : source.entry(sheet.path);
  if (!entry) {
    problems.add(readProblems.sheetMissing(sheet.name));
    return factsOf(scanner, problems, true);
  }
  try {
    streamRows(entry.stream.bind(entry), scanner);
  } catch (e) {
    if (!(e instanceof XmlError || e instanceof ZipError)) throw e;
    problems.add(readProblems.sheetDamaged(sheet.name, scanner.lastRow, e.message));
  }
  return factsOf(scanner, problems, !scanner.limitReached);
}

type Stream = (onChunk: (chunk: Uint8Array) => boolean) => void;

function streamRows(stream: Stream, scanner: SheetScanner): void {
  const tokenizer = new XmlTokenizer(scanner);
  if (streamDecoded(stream, (text) => tokenizer.write(text))) tokenizer.close();
}

function factsOf(scanner: SheetScanner, problems: ProblemList, complete: boolean): SheetLayoutFacts {
  const { facts } = scanner;
  const activeFilter = facts.activeFilter();
  return {
    merges: facts.merges,
    hiddenRows: activeFilter ? withoutFiltered(scanner.hiddenRows, activeFilter) : scanner.hiddenRows,
    hiddenCols: facts.hiddenCols,
    dimension: facts.dimension,
    activeFilter,
    lastRow: scanner.lastRow,
    complete,
    problems: problems.list(),
  };
}

/** Rows under an active filter's header were hidden by the filter, not by the clerk. */
function withoutFiltered(hidden: Set<number>, filter: MergedRange): Set<number> {
  return new Set([...hidden].filter((row) => row <= filter.top || row > filter.bottom));
}
