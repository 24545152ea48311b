/**
 * Reads an adoption cell (采用情况): not adopted, adopted at a level (县级, 市级, 省级, 国家级 by
 * default, highest named level wins), or adopted at a level the cell does not say.
 */
import { readCellText } from '../../text/cell-text';
import { normalizeValue } from '../../text/normalize';
import type { CellValue } from '../../types';
import type { AdoptionLevel } from '../appraisal/appraisal-scheme';

export type Adoption = { readonly adopted: false } | { readonly adopted: true; readonly level: AdoptionLevel | null };

/** Cells saying "not adopted": they win over any level they name ("未被县委采用"). */
const NOT_ADOPTED = ['未采用', '不采用', '未被', '未录用', '没有采用', '未采纳', '落选'];
const NOT_ADOPTED_OPENINGS = ['未', '不', '否', '没', '无'];
/** Cells saying "adopted" without a level: these words anywhere, or a bare mark. */
const ADOPTED_WORDS = ['采用', '录用', '采纳', '刊用', '刊发', '编发'];
const ADOPTED_MARKS: ReadonlySet<string> = new Set(['是', '√', '✓', '✔']);

/**
 * @example readAdoption('市委办《信息快报》采用', DEFAULT_ADOPTION_LEVELS) // { adopted: true, level: { level: '市级', … } }
 * @example readAdoption('未采用', DEFAULT_ADOPTION_LEVELS) // { adopted: false }
 */
export function readAdoption(value: CellValue | undefined, levels: readonly AdoptionLevel[]): Adoption {
  const text = normalizeValue(readCellText(value)).replace(/ /g, '');
  if (text === '' || NOT_ADOPTED.some((w) => text.includes(w)) || NOT_ADOPTED_OPENINGS.some((w) => text.startsWith(w))) return { adopted: false };
  const level = levels.find((l) => l.words.some((w) => w !== '' && text.includes(w)));
  if (level) return { adopted: true, level };
  return ADOPTED_MARKS.has(text) || ADOPTED_WORDS.some((w) => text.includes(w)) ? { adopted: true, level: null } : { adopted: false };
}
