/** The relationships of a part (`_rels/*.rels`), with each internal target resolved to a part name. */
import { parseXml } from './xml-reader';
import { resolveTarget } from './part-names';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly targetMode?: string;
  /** The part name the target points to (the target itself when it is external). */
  readonly resolved: string;
}

/**
 * Reads a .rels part. Relationships without an Id, a Type or a Target are skipped.
 * @example parseRelationships(relsText, 'xl/workbook.xml')[0].resolved // 'xl/worksheets/sheet1.xml'
 */
export function parseRelationships(text: string, sourcePart: string): Relationship[] {
  const found: Relationship[] = [];
  parseXml(text, {
    open(_ns, local, attrs) {
      if (local !== 'Relationship') return;
      const { Id: id, Type: type, Target: target, TargetMode: targetMode } = attrs;
      if (!id || !type || target === undefined) return;
      const external = targetMode?.toLowerCase() === 'external';
      const resolved = external ? target : resolveTarget(sourcePart, target);
      found.push(targetMode === undefined ? { id, type, target, resolved } : { id, type, target, targetMode, resolved });
    },
  });
  return found;
}
