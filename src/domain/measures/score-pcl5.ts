import { checkAnswers, scaleAnswer, sumOf } from './check-answers.js';
import { pcl5 } from './instruments/pcl5.js';
import { complete, incomplete, invalid, type ScoreOutcome } from './outcome.js';
import type { MeasureAnswers } from './types.js';

export type Pcl5Cluster = 'B' | 'C' | 'D' | 'E';

interface ClusterRule {
  readonly label: string;
  readonly items: readonly number[];
  /** Endorsed items needed for the provisional DSM-5 pattern. */
  readonly needed: number;
}

// Clusters and the provisional DSM-5 rule (one B, one C, two D, two E) from the
// National Center for PTSD PCL-5 scoring guidance (Weathers et al. 2013), as in clinical.md.
export const PCL5_CLUSTERS: Readonly<Record<Pcl5Cluster, ClusterRule>> = {
  B: { label: 'Intrusion', items: [1, 2, 3, 4, 5], needed: 1 },
  C: { label: 'Avoidance', items: [6, 7], needed: 1 },
  D: { label: 'Negative alterations in cognitions and mood', items: [8, 9, 10, 11, 12, 13, 14], needed: 2 },
  E: { label: 'Alterations in arousal and reactivity', items: [15, 16, 17, 18, 19, 20], needed: 2 },
};

const CLUSTERS: readonly Pcl5Cluster[] = ['B', 'C', 'D', 'E'];

/** An item rated 2 ("Moderately") or higher counts as endorsed (NCPTSD scoring guidance). */
export const PCL5_ENDORSED_AT = 2;

// Default screening threshold 33: a practice setting. Bovin et al. 2016 and the
// NCPTSD guidance report 31–33 across samples (clinical.md).
export const PCL5_DEFAULT_THRESHOLD = 33;
export const PCL5_MAX_TOTAL = 80;

export interface Pcl5Result {
  readonly instrumentId: 'PCL-5';
  readonly total: number;
  readonly maxTotal: typeof PCL5_MAX_TOTAL;
  readonly clusterTotals: Readonly<Record<Pcl5Cluster, number>>;
  readonly threshold: number;
  /** A screening result: total at or above the threshold. Not a diagnosis. */
  readonly probablePtsd: boolean;
  readonly screenLabel: string;
  /** Whether the answers follow the DSM-5 symptom pattern; provisional, never a diagnosis. */
  readonly dsm5Pattern: {
    readonly met: boolean;
    readonly endorsed: Readonly<Record<Pcl5Cluster, number>>;
    readonly needed: Readonly<Record<Pcl5Cluster, number>>;
  };
}

export interface Pcl5Options {
  readonly threshold?: number;
}

export function scorePcl5(answers: MeasureAnswers, options: Pcl5Options = {}): ScoreOutcome<Pcl5Result> {
  const threshold = options.threshold ?? PCL5_DEFAULT_THRESHOLD;
  assertThreshold(threshold);

  const checked = checkAnswers(pcl5, answers);
  if (checked.issues.length > 0) return invalid(checked.issues);
  if (checked.missingRequired.length > 0) return incomplete(checked.missingRequired);

  const perCluster = <T>(fn: (rule: ClusterRule) => T): Record<Pcl5Cluster, T> => ({
    B: fn(PCL5_CLUSTERS.B),
    C: fn(PCL5_CLUSTERS.C),
    D: fn(PCL5_CLUSTERS.D),
    E: fn(PCL5_CLUSTERS.E),
  });
  const clusterTotals = perCluster((rule) => sumOf(checked.answered, rule.items));
  const endorsed = perCluster((rule) => rule.items.filter((n) => scaleAnswer(checked.answered, n) >= PCL5_ENDORSED_AT).length);
  const needed = perCluster((rule) => rule.needed);
  const total = CLUSTERS.reduce((sum, cluster) => sum + clusterTotals[cluster], 0);
  const probablePtsd = total >= threshold;

  return complete({
    instrumentId: 'PCL-5',
    total,
    maxTotal: PCL5_MAX_TOTAL,
    clusterTotals,
    threshold,
    probablePtsd,
    screenLabel: probablePtsd ? 'At or above the screening cut-off' : 'Below the screening cut-off',
    dsm5Pattern: {
      met: CLUSTERS.every((cluster) => endorsed[cluster] >= needed[cluster]),
      endorsed,
      needed,
    },
  });
}

function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > PCL5_MAX_TOTAL) {
    throw new RangeError(`The PCL-5 threshold must be a whole number from 0 to ${PCL5_MAX_TOTAL}.`);
  }
}
