// The shards' records as what the engine answers with: the films of the queries' mini catalogues
// and the cards of the lists, plus the filters a precomputed list's entries pass.
import type { FilmSummary } from "../engine.ts";
import type { RecommendFilters } from "../recommend.ts";
import { emptyFilm, type Film } from "../schema.ts";
import type { CardRecord, ListEntry, NameEntry, TitleFilm } from "./families.ts";

/** A film of a name chunk as the title queries' mini catalogue holds it. */
export const filmOfEntry = (entry: NameEntry): Film => ({
  ...emptyFilm(),
  id: entry.id ?? 0,
  title: entry.name,
  original_title: entry.aliases?.[0] ?? null,
  release_year: entry.year ?? 0,
  vote_count: entry.weight,
  genres: entry.genres ?? null,
  poster_path: entry.poster_path ?? null,
});

/** A film of a `titles` record as the title queries' mini catalogue holds it. */
export const filmOfTitle = (t: TitleFilm): Film => ({ ...emptyFilm(), ...t });

/** A list entry (or any richer card) cut down to a card. */
export const summaryOf = (e: FilmSummary): FilmSummary => ({
  id: e.id,
  title: e.title,
  year: e.year,
  genres: e.genres,
  poster_path: e.poster_path,
});

/** A name chunk's film as a card. */
export const entrySummary = (e: NameEntry): FilmSummary => ({
  id: e.id ?? 0,
  title: e.name,
  year: e.year ?? 0,
  genres: e.genres ?? [],
  poster_path: e.poster_path ?? null,
});

/** A `cards` record as a card. */
export const cardSummary = (c: CardRecord): FilmSummary => ({
  id: c.id,
  title: c.title,
  year: c.release_year,
  genres: c.genres ?? [],
  poster_path: c.poster_path,
});

/** Whether a list entry passes the recommendation filters. */
export function entryPasses(entry: ListEntry, f: RecommendFilters): boolean {
  if (f.yearFrom !== undefined && entry.year < f.yearFrom) return false;
  if (f.yearTo !== undefined && entry.year > f.yearTo) return false;
  if (f.genre !== undefined && !entry.genres.includes(f.genre)) return false;
  if (f.language !== undefined && entry.original_language !== f.language) return false;
  if ((f.minVotes ?? 0) > 0 && entry.vote_count < (f.minVotes ?? 0)) return false;
  return true;
}
