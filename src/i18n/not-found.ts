// Strings of the 404 page, which shows both languages.
export const notFoundStrings = {
  es: {
    title: "Página no encontrada",
    heading: "Esta página no existe",
    body: "La dirección no lleva a ninguna página de Filmoteca. Busca una película, una persona o una saga, o vuelve al inicio.",
    home: "Volver al inicio",
    browse: "Explorar el catálogo",
  },
  en: {
    title: "Page not found",
    heading: "This page does not exist",
    body: "The address leads to no page of Filmoteca. Search for a film, a person or a collection, or go back home.",
    home: "Back to the home page",
    browse: "Browse the catalogue",
  },
} as const;
