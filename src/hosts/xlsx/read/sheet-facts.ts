/**
 * What a worksheet says around its rows: the dimension and hidden columns before them, merged
 * ranges and the autoFilter after them.
 */
import type { MergedRange } from '../../../core/types';
import { MAX_COL, parseRange } from './cell-ref';
import type { StartTag } from './start-tag';
import { isTrue } from './workbook-xml';

/** Elements under a filterColumn that filter rows (one with none only hides its button). */
const FILTER_CRITERIA: ReadonlySet<string> = new Set(['filters', 'customFilters', 'top10', 'dynamicFilter', 'colorFilter', 'iconFilter']);

export class SheetFacts {
  readonly merges: MergedRange[] = [];
  readonly hiddenCols = new Set<number>();
  dimension: string | undefined;
  filterRef: string | undefined;
  filterActive = false;
  private inFilter = false;

  /** An SML element outside `sheetData`. */
  open(local: string, tag: StartTag): void {
    switch (local) {
      case 'dimension':
        this.dimension = tag.attr('ref');
        return;
      case 'col':
        return this.hideColumns(tag);
      case 'mergeCell': {
        const ref = tag.attr('ref');
        const range = ref === undefined ? null : parseRange(ref);
        if (range) this.merges.push(range);
        return;
      }
      case 'autoFilter':
        this.filterRef = tag.attr('ref');
        this.inFilter = true;
        return;
      default:
        if (this.inFilter && FILTER_CRITERIA.has(local)) this.filterActive = true;
    }
  }

  close(local: string): void {
    if (local === 'autoFilter') this.inFilter = false;
  }

  /** The range of an autoFilter that filters rows, if the sheet has one. */
  activeFilter(): MergedRange | undefined {
    return (this.filterActive && this.filterRef !== undefined ? parseRange(this.filterRef) : null) ?? undefined;
  }

  private hideColumns(tag: StartTag): void {
    if (!isTrue(tag.attr('hidden'))) return;
    // min/max are 1-based and clamped: a `<col min="1" max="99999999">` costs at most 16,384 steps.
    const min = Math.max(1, Math.floor(Number(tag.attr('min'))) || 0);
    const max = Math.min(MAX_COL + 1, Math.floor(Number(tag.attr('max'))) || 0);
    for (let c = min; c <= max; c++) this.hiddenCols.add(c - 1);
  }
}
