// Spanish names of the genres the sources use (TMDB's list and vega's "Major Genre"); English is
// the data's own spelling. An unlisted genre is shown as the data spells it.
import type { Lang } from "./strings.ts";

const SPANISH: Record<string, string> = {
  Action: "Acción",
  Adventure: "Aventura",
  Animation: "Animación",
  "Black Comedy": "Comedia negra",
  Comedy: "Comedia",
  "Concert/Performance": "Concierto",
  Crime: "Crimen",
  Documentary: "Documental",
  Drama: "Drama",
  Family: "Familia",
  Fantasy: "Fantasía",
  Foreign: "Extranjera",
  History: "Historia",
  Horror: "Terror",
  Music: "Música",
  Musical: "Musical",
  Mystery: "Misterio",
  Romance: "Romance",
  "Romantic Comedy": "Comedia romántica",
  "Science Fiction": "Ciencia ficción",
  "TV Movie": "Película de TV",
  Thriller: "Suspense",
  "Thriller/Suspense": "Suspense",
  War: "Bélica",
  Western: "Wéstern",
};

/** A genre's name as shown in `lang`. */
export const genreName = (genre: string, lang: Lang): string =>
  lang === "es" ? (SPANISH[genre] ?? genre) : genre;
