// A browse page's address: which facet and value, which order and page, in each language's words
// (`/explorar/?genero=Animation&orden=valoracion`, `/en/browse/?genre=Animation&sort=rating`).
// Either language's words are read on both pages, so the language switch keeps the query as is.
import { BROWSE_FACETS, type BrowseFacet, type BrowseSort } from "../lib/browse.ts";
import { path } from "../i18n/routes.ts";
import type { Lang } from "../i18n/strings.ts";

/** The URL parameter of each facet, in each language. */
export const FACET_PARAM: Record<BrowseFacet, Record<Lang, string>> = {
  genre: { es: "genero", en: "genre" },
  decade: { es: "decada", en: "decade" },
  year: { es: "año", en: "year" },
  language: { es: "idioma", en: "language" },
  country: { es: "pais", en: "country" },
  company: { es: "productora", en: "company" },
  collection: { es: "saga", en: "collection" },
  director: { es: "director", en: "director" },
  actor: { es: "actor", en: "actor" },
};

export const SORT_PARAM: Record<Lang, string> = { es: "orden", en: "sort" };
export const PAGE_PARAM: Record<Lang, string> = { es: "pagina", en: "page" };

/** Each order's word in the URL, in each language. */
export const SORT_WORD: Record<BrowseSort, Record<Lang, string>> = {
  votes: { es: "votos", en: "votes" },
  rating: { es: "valoracion", en: "rating" },
  year: { es: "año", en: "year" },
  title: { es: "titulo", en: "title" },
};

/** What a browse address asks for; `facet` is null on the browse index. */
export interface BrowseRequest {
  facet: BrowseFacet | null;
  value: string;
  sort: BrowseSort;
  page: number;
}

const both = (words: Record<Lang, string>) => [words.es, words.en];

/** Reads a browse address's parameters (either language's words); bad order or page → defaults. */
export function browseRequest(params: URLSearchParams): BrowseRequest {
  let facet: BrowseFacet | null = null;
  let value = "";
  for (const f of BROWSE_FACETS) {
    const name = both(FACET_PARAM[f]).find((p) => params.get(p)?.trim());
    if (name) {
      facet = f;
      value = params.get(name)!.trim();
      break;
    }
  }
  const sortWord = both(SORT_PARAM)
    .map((p) => params.get(p))
    .find(Boolean);
  const sort =
    (Object.keys(SORT_WORD) as BrowseSort[]).find((s) => both(SORT_WORD[s]).includes(sortWord!)) ??
    "votes";
  const pageText = both(PAGE_PARAM)
    .map((p) => params.get(p))
    .find(Boolean);
  const page =
    pageText && /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { facet, value, sort, page };
}

/** The browse page of one value in `lang`; the default order and the first page are left out. */
export function browseHref(
  lang: Lang,
  facet: BrowseFacet,
  value: string,
  sort: BrowseSort = "votes",
  page = 1,
): string {
  const params = new URLSearchParams({ [FACET_PARAM[facet][lang]]: value });
  if (sort !== "votes") params.set(SORT_PARAM[lang], SORT_WORD[sort][lang]);
  if (page > 1) params.set(PAGE_PARAM[lang], String(page));
  return `${path("browse", lang)}?${params}`;
}
