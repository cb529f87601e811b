// Fetches shards and assets for one open page (or CLI run): the manifest once, then each bucket at
// most once. A redeploy under an open page replaces the manifest and removes the old build's
// folders: a shard that fails to load makes the store read the manifest again and, when it names
// another folder, retry once there, so the visitor never sees the swap.
import { loadAsset, loadManifest, type FetchBytes } from "../assets.ts";
import { AssetError } from "../catalog.ts";
import type { AssetName, Manifest } from "../schema.ts";
import { bucketOf } from "./keys.ts";
import { readShard } from "./shard-file.ts";

export class ShardStore {
  private payloads = new Map<string, Promise<Record<string, unknown>>>();
  private reloading: Promise<Manifest> | null = null;

  private constructor(
    private readonly fetchBytes: FetchBytes,
    private current: Manifest,
  ) {}

  /** A store over the build whose manifest `fetchBytes` reads. */
  static async open(fetchBytes: FetchBytes): Promise<ShardStore> {
    return new ShardStore(fetchBytes, await loadManifest(fetchBytes));
  }

  get manifest(): Manifest {
    return this.current;
  }

  /** Whether the build has the family (a source that lacks a column has no family for it). */
  has(family: string): boolean {
    return Object.hasOwn(this.current.shards ?? {}, family);
  }

  /** The record filed under `key` in `family`, or undefined when its bucket has none. */
  async record<T>(family: string, key: string | number): Promise<T | undefined> {
    const payload = await this.withRetry(() => this.bucketOfKey(family, key));
    return Object.hasOwn(payload, String(key)) ? (payload[String(key)] as T) : undefined;
  }

  /** The records of several keys of one family, fetching each bucket once. */
  async records<T>(family: string, keys: readonly (string | number)[]): Promise<(T | undefined)[]> {
    return Promise.all(keys.map((key) => this.record<T>(family, key)));
  }

  /** A whole-build asset's bytes, checked against the manifest (sha256 and size). */
  async asset(name: AssetName): Promise<Uint8Array> {
    const bytes = await this.withRetry(() => loadAsset(this.current, name, this.fetchBytes));
    if (!bytes) throw new AssetError(`manifest.json names no "${name}" asset`);
    return bytes;
  }

  private bucketOfKey(family: string, key: string | number) {
    const entry = this.current.shards?.[family];
    if (!entry) throw new AssetError(`manifest.json names no "${family}" shards`);
    const bucket = bucketOf(key, entry.buckets);
    const file = `${entry.dir}/${bucket}.bin`;
    let payload = this.payloads.get(file);
    if (!payload) {
      payload = this.fetchBytes(file).then((bytes) =>
        readShard<Record<string, unknown>>(file, bytes, { family, bucket }),
      );
      // A failed fetch is not kept: the retry (or a later call) fetches again.
      payload.catch(() => this.payloads.delete(file));
      this.payloads.set(file, payload);
    }
    return payload;
  }

  /** Runs `load`; if it fails and the manifest has changed since, runs it once more on the new one. */
  private async withRetry<T>(load: () => Promise<T>): Promise<T> {
    const before = this.current;
    try {
      return await load();
    } catch (error) {
      // Another call has already moved to a newer manifest: try there.
      if (this.current !== before) return load();
      let fresh: Manifest;
      try {
        fresh = await (this.reloading ??= loadManifest(this.fetchBytes).finally(
          () => (this.reloading = null),
        ));
      } catch {
        throw error;
      }
      if (JSON.stringify(fresh) === JSON.stringify(before)) throw error;
      this.current = fresh;
      return load();
    }
  }
}
