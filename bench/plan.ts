/**
 * What one bench run measures: register sizes, runs per size, and the optional parts. The full
 * plan is `npm run bench`; `--quick` is a smoke test of the harness (small sizes, few runs).
 */

export interface BenchPlan {
  readonly sizes: readonly number[];
  /** Timed runs after the warm-up, per size (the median is reported). */
  readonly rounds: Readonly<Record<number, number>>;
  /** Small workbooks consolidated by one `summary` (compared with one workbook of all their rows). */
  readonly manyFiles: number;
  readonly manyFileRows: number;
  /** The register marked once for its time and peak memory, or 0 to skip it. */
  readonly millionRows: number;
  readonly openpyxl: boolean;
  /** The register the openpyxl highlighter is timed on (the largest size). */
  readonly openpyxlRows: number;
  readonly bundle: boolean;
  readonly firstRenderRuns: number;
  /** The run's time budget: the optional last steps (openpyxl, the million rows) fit in it or are skipped. */
  readonly budgetMs: number;
}

export const FULL_PLAN: BenchPlan = {
  sizes: [1_000, 10_000, 100_000],
  rounds: { 1_000: 5, 10_000: 3, 100_000: 3 },
  manyFiles: 100,
  manyFileRows: 1_000,
  millionRows: 1_000_000,
  openpyxl: true,
  openpyxlRows: 100_000,
  bundle: true,
  firstRenderRuns: 5,
  budgetMs: 9.5 * 60_000,
};

export const QUICK_PLAN: BenchPlan = {
  sizes: [1_000, 10_000],
  rounds: { 1_000: 3, 10_000: 3 },
  manyFiles: 10,
  manyFileRows: 1_000,
  millionRows: 0,
  openpyxl: false,
  openpyxlRows: 10_000,
  bundle: false,
  firstRenderRuns: 1,
  budgetMs: 5 * 60_000,
};

/**
 * Only the last, optional steps — the openpyxl highlighter and the million-row mark — with no
 * time budget: the full run skips them when it runs short of its ten minutes.
 */
export const EXTRAS_PLAN: BenchPlan = {
  ...QUICK_PLAN,
  sizes: [],
  rounds: {},
  manyFiles: 0,
  millionRows: FULL_PLAN.millionRows,
  openpyxl: true,
  openpyxlRows: FULL_PLAN.openpyxlRows,
  budgetMs: Number.POSITIVE_INFINITY,
};

/**
 * The plan named by the command line: `--quick`, `--extras`, and `--no-million`, `--no-bundle`,
 * `--no-openpyxl` to leave a part out.
 * @example planOf(['--quick']).sizes // [1000, 10000]
 */
export function planOf(args: readonly string[]): BenchPlan {
  if (args.includes('--extras')) return EXTRAS_PLAN;
  const base = args.includes('--quick') ? QUICK_PLAN : FULL_PLAN;
  return {
    ...base,
    millionRows: args.includes('--no-million') ? 0 : base.millionRows,
    bundle: base.bundle && !args.includes('--no-bundle'),
    openpyxl: base.openpyxl && !args.includes('--no-openpyxl'),
  };
}

/** The size the targets are judged at (the largest), and the one its growth is compared with. */
export function judgedSizes(plan: BenchPlan): { readonly large: number; readonly small: number } {
  const sorted = [...plan.sizes].sort((a, b) => a - b);
  return { large: sorted[sorted.length - 1] ?? 0, small: sorted[Math.max(0, sorted.length - 2)] ?? 0 };
}
