// The 404 page shows both languages; with scripts, only the one of the address (/en/… is English).
export function showNotFoundLanguage(): void {
  const lang = location.pathname.startsWith("/en/") || location.pathname === "/en" ? "en" : "es";
  document.documentElement.lang = lang;
  for (const section of document.querySelectorAll<HTMLElement>(".not-found[data-lang]"))
    section.hidden = section.dataset.lang !== lang;
  const s = document.querySelector<HTMLElement>(`.not-found[data-lang=${lang}] h1`);
  if (s) document.title = `${s.textContent} · Filmoteca`;
}
