// A canonical film for EDA fixtures: every field null or zero unless the test gives it.
import { emptyFilm, type Film } from "../../../../src/lib/schema.ts";

export function film(fields: Partial<Film> & { id: number }): Film {
  const date = fields.release_date ?? "2000-01-01";
  return {
    ...emptyFilm(),
    title: `Film ${fields.id}`,
    release_date: date,
    release_year: Number(date.slice(0, 4)),
    ...fields,
  };
}
