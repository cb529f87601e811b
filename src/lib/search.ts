// The home search box's one list: films by title (or original title), and people and collections by
// name, each opening its own page. Which comes first is decided here, for every engine alike.
import type { FilmSummary } from "./engine.ts";
import { fold } from "./text.ts";

/** The value kinds the search box offers besides films (each has a browse page). */
export const SEARCH_VALUE_KINDS = ["collection", "director", "actor"] as const;
export type SearchValueKind = (typeof SEARCH_VALUE_KINDS)[number];

/** One entry of the search box's list. */
export type SearchHit =
  { kind: "film"; film: FilmSummary } | { kind: SearchValueKind; name: string; films: number };

/** Values of one kind the list shows at most (films fill the rest). */
export const VALUES_PER_KIND = 2;

/**
 * One list from the films and the values matching `text`, each list best first: a film whose title
 * is the text, then a value whose name is the text ("tom hanks", "toy story collection"), then the
 * other films, then the other values; at most `limit` in all.
 */
export function mergeSearch(
  text: string,
  films: readonly FilmSummary[],
  values: Partial<Record<SearchValueKind, readonly { value: string; films?: number }[]>>,
  limit = 8,
): SearchHit[] {
  const q = fold(text);
  const filmHits: SearchHit[] = films.map((film) => ({ kind: "film", film }));
  const valueHits: SearchHit[] = SEARCH_VALUE_KINDS.flatMap((kind) =>
    (values[kind] ?? [])
      .slice(0, VALUES_PER_KIND)
      .map((v) => ({ kind, name: v.value, films: v.films ?? 0 })),
  );
  const exact = (hit: SearchHit) => fold(hit.kind === "film" ? hit.film.title : hit.name) === q;
  const ordered = [
    ...filmHits.filter(exact),
    ...valueHits.filter(exact),
    ...filmHits.filter((h) => !exact(h)),
    ...valueHits.filter((h) => !exact(h)),
  ];
  // Values are kept in the list even when films alone would fill it.
  const keptValues = new Set<SearchHit>(
    ordered.filter((h) => h.kind !== "film").slice(0, limit - 1),
  );
  const room = limit - keptValues.size;
  const keptFilms = new Set<SearchHit>(ordered.filter((h) => h.kind === "film").slice(0, room));
  return ordered.filter((h) => keptFilms.has(h) || keptValues.has(h));
}
