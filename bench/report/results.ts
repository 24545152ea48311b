/**
 * The shape of bench/results.json: one key per figure of the issue (engine, filePath,
 * excelPath, memory, bundle), the targets judged on them, and the machine and command.
 */
import type { EngineResult } from '../children/engine';
import type { ExcelPathResult } from '../children/excel-path';
import type { FilePathTimings } from '../children/file-path';
import type { BundleResult } from '../children/bundle';

export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when the run started and ended (others' work slows wall-clock times). */
  readonly loadAverage: readonly [number, number];
}

/** The engine's stages, and their analysing part (detect + read + validate + assess) summed. */
export interface EngineEntry extends EngineResult {
  readonly analysisMs: number;
  readonly analysisCpuMs: number;
}

export interface OpenpyxlResult {
  readonly rows: number;
  readonly ms: number;
  readonly rowsFilled: number;
  readonly peakRssBytes: number;
}

export interface MillionResult {
  readonly rows: number;
  readonly ok: boolean;
  readonly ms?: number;
  readonly peakRssBytes?: number;
  readonly error?: string;
}

/** Peaks in bytes, each the median of {@link PeakSet.samples}' runs. */
export interface PeakSet {
  readonly mark?: number;
  readonly clear?: number;
  readonly summary?: number;
  readonly exceljsLoad?: number;
  /** Every run's peak, by operation: a peak depends on when the collector happened to run. */
  readonly samples?: Readonly<Record<string, readonly number[]>>;
}

export interface TargetVerdict {
  readonly id: string;
  readonly figure: 'engine' | 'filePath' | 'excelPath' | 'memory' | 'bundle' | 'run';
  readonly description: string;
  readonly value: number | null;
  /** The same ratio taken on CPU time (steadier when other work shares the machine), when it applies. */
  readonly cpuValue?: number | null;
  readonly limit: number;
  readonly unit: string;
  /** null when the figure could not be produced. */
  readonly met: boolean | null;
}

export interface BenchResults {
  readonly command: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** CPU time of the whole run (the bench and every child it ran, webpack and Python apart). */
  readonly cpuMs: number;
  readonly machine: MachineInfo;
  readonly registers: Readonly<Record<string, { readonly bytes: number; readonly sheetXmlBytes: number; readonly overdueShare: number }>>;
  readonly engine: Readonly<Record<string, EngineEntry>>;
  readonly filePath: Readonly<Record<string, FilePathTimings>>;
  readonly openpyxl: OpenpyxlResult | null;
  readonly excelPath: Readonly<Record<string, ExcelPathResult>>;
  readonly memory: {
    readonly engine: Readonly<Record<string, number>>;
    readonly filePath: Readonly<Record<string, PeakSet>>;
    readonly million: MillionResult | null;
    /** The Node flags the command line's commands were measured with (its launcher's). */
    readonly cliNodeFlags: readonly string[];
  };
  readonly bundle: BundleResult | null;
  readonly targets: readonly TargetVerdict[];
  /** Figures that could not be produced, and why. */
  readonly missing: readonly string[];
}
