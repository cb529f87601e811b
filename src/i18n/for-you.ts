// Strings of the "for you" page and of the like toggle on films and cards, in Spanish and English.
import type { Lang } from "./strings.ts";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const forYouStrings = {
  es: {
    pageTitle: "Para ti",
    description:
      "Recomendaciones a partir de las películas que te gustaron, calculadas en tu navegador",
    heading: "Para ti",
    intro:
      "Recomendaciones a partir de las películas que marcaste con «Me gustó». Tus gustos se guardan solo en este navegador y en la dirección de esta página: no se envían a ningún sitio.",
    like: "Me gustó",
    likeLabel: (title: string) => `Me gustó ${title}`,
    yourLikes: "Tus gustos",
    sharedLikes: "Gustos de este enlace",
    likesCount: (n: number) => `${n} ${plural(n, "película", "películas")}`,
    remove: "Quitar",
    removeLabel: (title: string) => `Quitar ${title} de los gustos`,
    clear: "Borrar todos",
    cleared: "Gustos borrados.",
    empty:
      "Aún no has marcado ninguna película. Busca una y pulsa «Me gustó» en su ficha o en cualquier tarjeta: aquí aparecerán recomendaciones para ti.",
    findFilms: "Buscar películas",
    loading: "Calculando tus recomendaciones…",
    recommendations: "Te recomendamos",
    count: (n: number) =>
      n === 0
        ? "Ninguna recomendación para estos gustos."
        : `${n} ${plural(n, "recomendación", "recomendaciones")}.`,
    usesLatest: (n: number, of: number) =>
      `Se usan las ${n} películas que marcaste más recientemente (de ${of}).`,
    unknown: (ids: string) =>
      `Este catálogo no tiene ${ids.includes(",") ? "las películas" : "la película"} ${ids}; se ${ids.includes(",") ? "omiten" : "omite"}.`,
    shared: (n: number) =>
      `Estás viendo los gustos de un enlace (${n} ${plural(n, "película", "películas")}), no los tuyos.`,
    importShared: "Añadirlos a mis gustos",
    imported: (n: number) =>
      n === 0
        ? "Ya tenías todas estas películas."
        : `${n} ${plural(n, "película añadida", "películas añadidas")} a tus gustos.`,
    ownLikes: "Ver mis gustos",
    exportHeading: "Compartir o llevar a otro navegador",
    exportLabel: "Enlace con tus gustos",
    copy: "Copiar el enlace",
    copied: "Enlace copiado.",
    copyFailed: "No se pudo copiar: selecciona el enlace y cópialo a mano.",
    importLabel: "Importar gustos desde un enlace (o números de película separados por comas)",
    importButton: "Importar",
    importNothing: "Ese texto no contiene ningún número de película.",
    filmLink: "Ver tus recomendaciones",
  },
  en: {
    pageTitle: "For you",
    description: "Recommendations from the films you liked, computed in your browser",
    heading: "For you",
    intro:
      "Recommendations from the films you marked “I liked it”. Your likes are kept only in this browser and in this page's address: nothing is sent anywhere.",
    like: "I liked it",
    likeLabel: (title: string) => `I liked ${title}`,
    yourLikes: "Your likes",
    sharedLikes: "This link's likes",
    likesCount: (n: number) => `${n} ${plural(n, "film", "films")}`,
    remove: "Remove",
    removeLabel: (title: string) => `Remove ${title} from the likes`,
    clear: "Clear all",
    cleared: "Likes cleared.",
    empty:
      "You have not marked any film yet. Find one and press “I liked it” on its page or on any card: recommendations for you will appear here.",
    findFilms: "Find films",
    loading: "Computing your recommendations…",
    recommendations: "We recommend",
    count: (n: number) =>
      n === 0
        ? "No recommendation for these likes."
        : `${n} ${plural(n, "recommendation", "recommendations")}.`,
    usesLatest: (n: number, of: number) =>
      `The ${n} films you marked most recently (of ${of}) are used.`,
    unknown: (ids: string) =>
      `This catalogue has no film numbered ${ids}; ${ids.includes(",") ? "they are" : "it is"} left out.`,
    shared: (n: number) =>
      `You are looking at a link's likes (${n} ${plural(n, "film", "films")}), not yours.`,
    importShared: "Add them to my likes",
    imported: (n: number) =>
      n === 0
        ? "You had all these films already."
        : `${n} ${plural(n, "film", "films")} added to your likes.`,
    ownLikes: "See my likes",
    exportHeading: "Share, or take to another browser",
    exportLabel: "Link with your likes",
    copy: "Copy the link",
    copied: "Link copied.",
    copyFailed: "Could not copy: select the link and copy it by hand.",
    importLabel: "Import likes from a link (or film numbers separated by commas)",
    importButton: "Import",
    importNothing: "That text holds no film number.",
    filmLink: "See your recommendations",
  },
} as const;

export type ForYouStrings = (typeof forYouStrings)[Lang];

export const forYouT = (lang: Lang): ForYouStrings => forYouStrings[lang];
