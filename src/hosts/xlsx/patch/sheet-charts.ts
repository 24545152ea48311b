/**
 * Charts of a generated sheet as package parts: a drawing part anchoring one chart part per
 * chart, the relationships from the sheet to the drawing and from the drawing to the charts, and
 * their content types. Regenerating an add-in sheet first removes the drawing and charts its old
 * version had, so parts never pile up.
 */
import type { SheetSpec } from '../../../core/sheet-spec';
import { relationKind } from '../read/namespaces';
import { relsPathOf } from '../read/part-names';
import { parseRelationships } from '../read/relationships';
import { renderChart, renderDrawing, type ChartAnchor } from '../render/chart-xml';
import type { RenderedSheet } from '../render/render-sheet';
import { addOverride, removeOverride } from './content-types-edit';
import { makeRelativeTarget } from './custom-xml-edit';
import type { PackageDraft } from './package-draft';
import { addRelationship } from './rels-edit';

const TYPES = '[Content_Types].xml';
const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
/** Rows a chart takes, and the gap below it. */
const CHART_ROWS = 16;
const CHART_GAP = 2;
const CHART_COLS = 8;

/**
 * Adds the spec's charts next to its tables; returns the sheet XML with its `<drawing>`.
 * @example attachCharts(draft, 'xl/worksheets/sheet4.xml', rendered.xml, spec, rendered, '汇总')
 */
export function attachCharts(draft: PackageDraft, sheetPath: string, sheetXml: string, spec: SheetSpec, rendered: RenderedSheet, sheetName: string): string {
  const charts = (spec.charts ?? []).filter((c) => {
    const table = spec.tables[c.table];
    return table !== undefined && c.categoryColumn >= 0 && c.categoryColumn < table.columns.length && c.valueColumns.length > 0;
  });
  if (charts.length === 0) return sheetXml;
  const drawingPath = draft.freeName('xl/drawings/drawing{n}.xml');
  let drawingRels: string | null = null;
  let types = draft.text(TYPES) ?? '';
  const anchors: ChartAnchor[] = charts.map((chart, i) => {
    const chartPath = draft.freeName('xl/charts/chart{n}.xml');
    draft.put(chartPath, renderChart(chart, spec.tables[chart.table], rendered.tables[chart.table], sheetName));
    types = addOverride(types, chartPath, CHART_TYPE);
    drawingRels = addRelationship(drawingRels, CHART_REL, makeRelativeTarget(drawingPath, chartPath)).xml;
    const top = (rendered.tables[0]?.headerRow ?? 1) - 1 + i * (CHART_ROWS + CHART_GAP);
    return { fromCol: rendered.width + 1, fromRow: top, toCol: rendered.width + 1 + CHART_COLS, toRow: top + CHART_ROWS };
  });
  draft.put(drawingPath, renderDrawing(anchors));
  draft.put(relsPathOf(drawingPath), drawingRels ?? '');
  draft.put(TYPES, addOverride(types, drawingPath, DRAWING_TYPE));
  const sheetRels = relsPathOf(sheetPath);
  const rel = addRelationship(draft.text(sheetRels), DRAWING_REL, makeRelativeTarget(sheetPath, drawingPath));
  draft.put(sheetRels, rel.xml);
  const close = sheetXml.lastIndexOf('</worksheet>');
  return `${sheetXml.slice(0, close)}<drawing r:id="${rel.id}"/>${sheetXml.slice(close)}`;
}

/**
 * Removes what an add-in sheet's old version pointed to: its drawings with their charts, and its
 * relationships part (the regenerated sheet refers to none of them).
 * @example removeSheetParts(draft, 'xl/worksheets/sheet4.xml')
 */
export function removeSheetParts(draft: PackageDraft, sheetPath: string): void {
  const relsPath = relsPathOf(sheetPath);
  const rels = draft.text(relsPath);
  if (rels === null) return;
  let types = draft.text(TYPES) ?? '';
  for (const rel of parseRelationships(rels, sheetPath)) {
    if (relationKind(rel.type) !== 'drawing' || rel.targetMode !== undefined) continue;
    const drawingRels = draft.text(relsPathOf(rel.resolved));
    for (const inner of drawingRels === null ? [] : parseRelationships(drawingRels, rel.resolved)) {
      if (relationKind(inner.type) !== 'chart' || inner.targetMode !== undefined) continue;
      draft.remove(inner.resolved);
      draft.remove(relsPathOf(inner.resolved));
      types = removeOverride(types, inner.resolved);
    }
    draft.remove(rel.resolved);
    draft.remove(relsPathOf(rel.resolved));
    types = removeOverride(types, rel.resolved);
  }
  draft.remove(relsPath);
  draft.put(TYPES, types);
}
