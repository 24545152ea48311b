/**
 * Part names as relationships give them. Writers differ: absolute targets (`/xl/sharedStrings.xml`),
 * backslashes (`worksheets\sheet1.xml`), percent-escapes, `./` and `../` segments. Names come out
 * without a leading slash, the way zip entries are named; lookup is case-insensitive elsewhere.
 */

/**
 * The part a relationship target points to, from the part that holds the relationship
 * ('' for the package root).
 * @example resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml') // 'xl/worksheets/sheet1.xml'
 * @example resolveTarget('xl/workbook.xml', '/xl/sharedStrings.xml') // 'xl/sharedStrings.xml'
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const cleaned = decodePercent(target.replace(/\\/g, '/').replace(/[#?].*$/, ''));
  const segments = cleaned.startsWith('/') ? [] : folderOf(sourcePart).split('/').filter(Boolean);
  for (const segment of cleaned.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/**
 * Where the relationships of a part are stored.
 * @example relsPathOf('xl/workbook.xml') // 'xl/_rels/workbook.xml.rels'
 * @example relsPathOf('') // '_rels/.rels'
 */
export function relsPathOf(partPath: string): string {
  const name = partPath.replace(/\\/g, '/').replace(/^\/+/, '');
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  const name = part.replace(/\\/g, '/').replace(/^\/+/, '');
  return name.slice(0, name.lastIndexOf('/') + 1);
}

function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
