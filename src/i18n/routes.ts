// The site's sections and their paths in each language. Links and the language switch use this
// table, so a page's two addresses are spelt in one place.
import type { Lang } from "./strings.ts";

export const ROUTES = {
  home: { es: "/", en: "/en/" },
  film: { es: "/pelicula/", en: "/en/film/" },
  browse: { es: "/explorar/", en: "/en/browse/" },
  forYou: { es: "/para-ti/", en: "/en/for-you/" },
  queries: { es: "/consultas/", en: "/en/queries/" },
  etl: { es: "/etl/", en: "/en/etl/" },
  eda: { es: "/eda/", en: "/en/eda/" },
  evaluation: { es: "/evaluacion/", en: "/en/evaluation/" },
  performance: { es: "/rendimiento/", en: "/en/performance/" },
} as const;

export type Route = keyof typeof ROUTES;

/** The path of a section in a language, e.g. path("queries", "en") === "/en/queries/". */
export const path = (route: Route, lang: Lang): string => ROUTES[route][lang];

/**
 * The same page in the other language: the longest section prefix of `pathname` is swapped,
 * the rest (e.g. a query's own segment) is kept.
 */
export function translatePath(pathname: string, from: Lang, to: Lang): string {
  const normal = pathname.endsWith("/") ? pathname : `${pathname}/`;
  let best: { prefix: string; target: string } | null = null;
  for (const route of Object.values(ROUTES)) {
    const prefix = route[from];
    if (normal.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) {
      best = { prefix, target: route[to] };
    }
  }
  return best ? best.target + normal.slice(best.prefix.length) : ROUTES.home[to];
}
