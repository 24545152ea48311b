/**
 * What a worksheet says around its rows: the dimension and hidden columns before them, merged
 * ranges and the autoFilter after them, and the root start tag needed to parse that tail alone.
 */
import type { MergedRange } from '../../../core/types';
import { MAX_COL, parseRange } from './cell-ref';
import { isTrue } from './workbook-xml';
import type { XmlAttributes, XmlReader } from './xml-reader';

/** Elements under a filterColumn that filter rows (one with none only hides its button). */
const FILTER_CRITERIA: ReadonlySet<string> = new Set(['filters', 'customFilters', 'top10', 'dynamicFilter', 'colorFilter', 'iconFilter']);

export class SheetFacts {
  readonly merges: MergedRange[] = [];
  readonly hiddenCols = new Set<number>();
  dimension: string | undefined;
  filterRef: string | undefined;
  filterActive = false;
  /** The root start tag with its namespace declarations, to parse what follows skipped rows. */
  rootTag = '';
  private inFilter = false;

  /** An SML element outside `sheetData`. */
  open(local: string, attrs: XmlAttributes, reader: XmlReader): void {
    switch (local) {
      case 'worksheet':
        if (this.rootTag === '') this.rootTag = `<${reader.elementName}${reader.declarations()}>`;
        return;
      case 'dimension':
        this.dimension = attrs.ref;
        return;
      case 'col':
        return this.hideColumns(attrs);
      case 'mergeCell': {
        const range = attrs.ref === undefined ? null : parseRange(attrs.ref);
        if (range) this.merges.push(range);
        return;
      }
      case 'autoFilter':
        this.filterRef = attrs.ref;
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

  private hideColumns(attrs: XmlAttributes): void {
    if (!isTrue(attrs.hidden)) return;
    // min/max are 1-based and clamped: a `<col min="1" max="99999999">` costs at most 16,384 steps.
    const min = Math.max(1, Math.floor(Number(attrs.min)) || 0);
    const max = Math.min(MAX_COL + 1, Math.floor(Number(attrs.max)) || 0);
    for (let c = min; c <= max; c++) this.hiddenCols.add(c - 1);
  }
}
