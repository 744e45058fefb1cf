/** Shape of bench/results.json. */
import type { BrowserResult, NavSample } from './browser-bench';
import type { ChunkResult } from './browser-chunks';
import type { KeystrokeResult } from './browser-keystrokes';
import type { HotFunction } from './cpu-profile';
import type { LighthouseResult } from './lighthouse-bench';
import type { PayloadResult } from './payload-bench';
import type { SearchCorpusResult } from './search-bench';
import type { FileSize, Size } from './sizes';
import type { Summary } from './stats';

export interface MachineInfo {
  cores: number;
  cpu: string;
  node: string;
  chromium?: string;
  mermaid: string;
  /** 1-minute load average at start and end: other work on the machine inflates timings. */
  loadStart: number;
  loadEnd?: number;
  /** Share of one core a busy loop obtained at points of the run (1 = machine idle). */
  cpuShare: { at: string; share: number }[];
}

export interface IndexFigures extends FileSize {
  entries: number;
  perEntry: Size;
  /** Share (%) of raw bytes per entry field. */
  fieldShare: Record<string, number>;
}

export interface BuildFigures {
  label: string;
  files: number;
  diagrams: number;
  errors: number;
  problems: string[];
  coldMs: number[];
  warmMs: number[];
  coldMedianMs: number;
  warmMedianMs: number;
  /** Median CPU time of the cold runs (all threads of the process). */
  coldCpuMs: number;
}

export interface Budget {
  id: string;
  measure: string;
  value: number | null;
  unit: string;
  op: '<=' | '>=';
  limit: number;
  pass: boolean | null;
}

export interface BenchResults {
  startedAt: string;
  wallMs: number;
  machine: MachineInfo;
  build: { rebuilt: boolean; reason: string; ms: number };
  payload?: PayloadResult & { index1k?: IndexFigures; index10k?: IndexFigures; chunks?: ChunkResult };
  contentBuild: BuildFigures[];
  search: SearchCorpusResult[];
  searchProfile?: { corpus: string; workload: string; hot: HotFunction[] };
  /** parseModelMatches: the generator's model of each 1k diagram equals mermaid's real parse. */
  synthetic?: { seed: number; entries1k: number; parseModelMatches: boolean; mismatches: string[]; generateMs: Record<string, number> };
  browser?: Omit<BrowserResult, 'keystrokes' | 'chunks'> & { keystrokes: KeystrokeResult[] };
  lighthouse: LighthouseResult[];
  budgets: Budget[];
  notes: string[];
  errors: Record<string, string>;
}

export type { NavSample, Summary };
