// The film page's head start: before the worker's script is on its way, the page reads the
// manifest (preloaded with the page) and the film's card (one small shard) itself, so the title,
// year, genres and poster show within a few round trips of the link. The files it read are handed
// to the worker, which checks them again and answers everything else and reports every problem: a
// failure here only means the facts wait for the worker.
import type { CardRecord, FilmFamily } from "../lib/shards/families.ts";
import { ShardStore } from "../lib/shards/shard-store.ts";
import { fetcher, type SeedFiles } from "../workers/fetch-bytes.ts";

export interface EarlyCard {
  /** The film's card, or null when it could not be read (the worker will say why). */
  card: CardRecord | null;
  /** The files read on the way (the manifest, the card's bucket), for the worker. */
  files: SeedFiles;
}

export async function earlyCard(dataUrl: string, id: number): Promise<EarlyCard> {
  const files: SeedFiles = {};
  const fetchBytes = fetcher(dataUrl, { revalidateManifest: false });
  try {
    const store = await ShardStore.open(async (file) => (files[file] = await fetchBytes(file)));
    const card = (await store.record<CardRecord>("cards" satisfies FilmFamily, id)) ?? null;
    return { card, files };
  } catch {
    return { card: null, files: {} };
  }
}
