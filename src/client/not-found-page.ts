// The 404 page shows both languages; with scripts, only the one of the address (/en/… is English).
/** Starts the 404 page inside `root` (the page's main element, which holds both languages). */
export function startNotFoundPage(root: HTMLElement): void {
  const lang = location.pathname.startsWith("/en/") || location.pathname === "/en" ? "en" : "es";
  document.documentElement.lang = lang;
  for (const section of root.querySelectorAll<HTMLElement>(".not-found[data-lang]"))
    section.hidden = section.dataset.lang !== lang;
  const s = root.querySelector<HTMLElement>(`.not-found[data-lang=${lang}] h1`);
  if (s) document.title = `${s.textContent} · Filmoteca`;
}
