/** `[Content_Types].xml`: the content type of each extension and of each named part. */
import { parseXml } from './xml-reader';

export interface ContentTypes {
  /** Extension (lower case, no dot) → content type. */
  readonly defaults: Map<string, string>;
  /** Part name as written (usually with a leading `/`) → content type. */
  readonly overrides: Map<string, string>;
}

/**
 * @example parseContentTypes(text).overrides.get('/xl/workbook.xml')
 */
export function parseContentTypes(text: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parseXml(text, {
    open(_ns, local, attrs) {
      if (local === 'Default' && attrs.Extension && attrs.ContentType) {
        defaults.set(attrs.Extension.toLowerCase(), attrs.ContentType);
      } else if (local === 'Override' && attrs.PartName && attrs.ContentType) {
        overrides.set(attrs.PartName, attrs.ContentType);
      }
    },
  });
  return { defaults, overrides };
}
