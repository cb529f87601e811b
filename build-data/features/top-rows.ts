// The best few of many scored rows, in the order a full sort would give them (score descending,
// ties to the lower row), without sorting them all: the lists' candidates grow with the catalogue,
// the lists do not. A bounded heap, reused across films, so the hot loops allocate nothing per row.

/** The best `k` rows offered since the last {@link TopRows.take}, best first. */
export class TopRows {
  private readonly rows: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(readonly k: number) {
    this.rows = new Int32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  /** Whether (row a, score a) ranks below (row b, score b). */
  private static below(sa: number, ra: number, sb: number, rb: number) {
    return sa < sb || (sa === sb && ra > rb);
  }

  /** Offers `row` with `score`; kept while it is among the best `k` offered. */
  offer(row: number, score: number): void {
    const { rows, scores, k } = this;
    if (k <= 0) return;
    if (this.size < k) {
      // Sift up: the heap's root is the worst row held.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopRows.below(score, row, scores[parent], rows[parent])) break;
        rows[i] = rows[parent];
        scores[i] = scores[parent];
        i = parent;
      }
      rows[i] = row;
      scores[i] = score;
      return;
    }
    if (!TopRows.below(scores[0], rows[0], score, row)) return;
    this.siftDown(row, score, k);
  }

  /** Puts (row, score) at the root of the first `size` entries and sinks it to its place. */
  private siftDown(row: number, score: number, size: number) {
    const { rows, scores } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && TopRows.below(scores[right], rows[right], scores[child], rows[child]))
        child = right;
      if (!TopRows.below(scores[child], rows[child], score, row)) break;
      rows[i] = rows[child];
      scores[i] = scores[child];
      i = child;
    }
    rows[i] = row;
    scores[i] = score;
  }

  /** The rows held, best first; the selection is empty afterwards. */
  take(): number[] {
    const out: number[] = new Array(this.size);
    // Pop the worst into the last free place until none is left.
    for (let n = this.size; n > 0; n--) {
      out[n - 1] = this.rows[0];
      if (n > 1) this.siftDown(this.rows[n - 1], this.scores[n - 1], n - 1);
    }
    this.size = 0;
    return out;
  }
}
