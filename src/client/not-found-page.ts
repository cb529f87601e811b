// The 404 page shows both languages; with scripts, only the one of the address (/en/… is English).
// A static host serves the one 404 page for every unknown path, built in Spanish: on an English
// address its header and footer are rewritten in English too (links, language switch, credit).
import { path, type Route } from "../i18n/routes.ts";
import { t, type Lang } from "../i18n/strings.ts";
import { formatNum } from "../lib/numbers.ts";

type Strings = ReturnType<typeof t>;

/** The page frame (Base.astro's header and footer) in `lang`. */
function frameIn(lang: Lang, s: Strings): void {
  const skip = document.querySelector<HTMLElement>(".skip-link");
  if (skip) skip.textContent = s.skipToContent;
  document.querySelector<HTMLAnchorElement>(".brand")?.setAttribute("href", path("home", lang));
  document.querySelector(".site-header nav")?.setAttribute("aria-label", s.nav.label);
  for (const a of document.querySelectorAll<HTMLAnchorElement>(".site-header a[data-route]")) {
    const route = a.dataset.route as Route & keyof Strings["nav"];
    a.href = path(route, lang);
    a.textContent = s.nav[route];
  }
  const other: Lang = lang === "es" ? "en" : "es";
  const switcher = document.querySelector<HTMLAnchorElement>("[data-lang-switch]");
  if (switcher) {
    switcher.href = path("home", other);
    switcher.hreflang = other;
    switcher.lang = other;
    switcher.textContent = s.switchLanguage;
  }
  const credit = document.querySelector<HTMLElement>("[data-testid=footer-source]");
  const source = credit?.dataset.source as keyof Strings["sourceCredit"] | undefined;
  if (credit && source && source in s.sourceCredit)
    credit.textContent = s.footer(
      s.sourceCredit[source],
      formatNum(lang, Number(credit.dataset.films)),
    );
}

/** Starts the 404 page inside `root` (the page's main element, which holds both languages). */
export function startNotFoundPage(root: HTMLElement): void {
  const lang = location.pathname.startsWith("/en/") || location.pathname === "/en" ? "en" : "es";
  document.documentElement.lang = lang;
  for (const section of root.querySelectorAll<HTMLElement>(".not-found[data-lang]"))
    section.hidden = section.dataset.lang !== lang;
  const s = root.querySelector<HTMLElement>(`.not-found[data-lang=${lang}] h1`);
  if (s) document.title = `${s.textContent} · Filmoteca`;
  // The frame (header, footer) is outside root: the whole document's.
  if (lang === "en") frameIn(lang, t(lang));
}
