// The evaluated variants: each id (named in src/i18n/evaluation-methods.ts, the one label table) with
// the build options it stands for. The first is "ours": the build's defaults, what the site ships.
import type { RecommenderAssetOptions } from "../../build-data/features/recommender-assets.ts";
import { OURS } from "../../src/i18n/evaluation-methods.ts";

export interface Variant {
  id: string;
  /** Whether its vectors and lists learn from the train viewers' ratings. */
  ratings: boolean;
  options: RecommenderAssetOptions;
}

export const VARIANTS: Variant[] = [
  { id: OURS, ratings: true, options: {} },
  { id: "previous", ratings: true, options: { blend: { previous: {} } } },
  {
    id: "cosine only",
    ratings: true,
    options: {
      blend: { contentWeight: 0, borrow: 0, coldPopularity: 0, specificPlaces: 10, budget: 1 },
    },
  },
  { id: "no budget", ratings: true, options: { blend: { budget: 1 } } },
  { id: "budget 6%", ratings: true, options: { blend: { budget: 0.06 } } },
  { id: "budget 8%", ratings: true, options: { blend: { budget: 0.08 } } },
  { id: "no lending", ratings: true, options: { blend: { borrow: 0 } } },
  { id: "more content", ratings: true, options: { blend: { contentWeight: 0.3 } } },
  { id: "less content", ratings: true, options: { blend: { contentWeight: 0.05 } } },
  { id: "10 particular places", ratings: true, options: { blend: { specificPlaces: 10 } } },
  { id: "3 particular places", ratings: true, options: { blend: { specificPlaces: 3 } } },
  { id: "vectors only", ratings: true, options: { vectorsOnly: true } },
  { id: "content vectors", ratings: false, options: {} },
];
