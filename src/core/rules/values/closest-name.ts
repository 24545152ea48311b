/** The listed name a misspelt one most likely means. */

/**
 * Edit distance (insertions, deletions, substitutions) between two short strings, by code point.
 * @example measureEditDistance('县财正局', '县财政局') // 1
 */
export function measureEditDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * The one listed name closest to `name`: within a third of its length in edits, or containing it
 * or contained in it (财政局 for 县财政局). Null when nothing is close or two names tie.
 * @example findClosestName('县财正局', ['县财政局', '县民政局']) // '县财政局'
 */
export function findClosestName(name: string, listed: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(Array.from(name).length / 3));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of listed) {
    const contains = candidate.includes(name) || name.includes(candidate);
    const distance = contains ? 0.5 : measureEditDistance(name, candidate);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? null : best;
}
