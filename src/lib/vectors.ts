// Item vectors as flat typed arrays: int8 values (one row of `dims` per film) and a float scale per film.
// Their Arrow codec is codecs/vectors.ts.

/** Quantised unit vectors: film `i` is `values[i*dims .. (i+1)*dims) * scale[i]`. */
export interface ItemVectors {
  size: number;
  dims: number;
  values: Int8Array;
  scale: Float32Array;
}

/** Quantises unit-length float vectors (row-major) to int8 with a per-row scale. */
export function quantize(floats: Float32Array, dims: number): ItemVectors {
  const size = floats.length / dims;
  const values = new Int8Array(floats.length);
  const scale = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(floats[i * dims + d]));
    const s = max > 0 ? max / 127 : 0;
    scale[i] = s;
    for (let d = 0; d < dims; d++)
      values[i * dims + d] = s > 0 ? Math.round(floats[i * dims + d] / s) : 0;
  }
  return { size, dims, values, scale };
}
