// Film posters: TMDB's image CDN when the visitor is online, a tidy placeholder otherwise. The box
// has a fixed 2:3 aspect ratio and the placeholder sits under the image, so nothing shifts.

/** TMDB's image CDN at the width the cards use; the only third-party host the site contacts. */
export const POSTER_BASE = "https://image.tmdb.org/t/p/w342";

/** Options of {@link posterElement}. */
export interface PosterOptions {
  /** Text alternative of the image; "" (the default) when a visible title sits next to it. */
  alt?: string;
  /** Load at once (the film page's own poster) instead of lazily (cards). Default false. */
  eager?: boolean;
}

/** The poster URL for a `poster_path` such as "/rhIRbceoE9lR4veEXuwCC2wARtG.jpg", or null. */
export function posterUrl(posterPath: string | null): string | null {
  // Only a plain file name goes into the URL: a stranger's value cannot point elsewhere.
  return posterPath && /^\/[\w.-]+$/.test(posterPath) ? POSTER_BASE + posterPath : null;
}

/** A poster box for a film: the title's initial as a placeholder, the image over it if it loads. */
export function posterElement(
  title: string,
  posterPath: string | null,
  options: PosterOptions = {},
): HTMLElement {
  const box = document.createElement("div");
  box.className = "poster";
  const placeholder = document.createElement("span");
  placeholder.className = "poster-placeholder";
  placeholder.setAttribute("aria-hidden", "true");
  placeholder.textContent = [...title.trim()][0]?.toUpperCase() ?? "?";
  box.append(placeholder);
  const src = posterUrl(posterPath);
  if (!src) {
    box.dataset.state = "placeholder";
    return box;
  }
  box.dataset.state = "loading";
  const img = document.createElement("img");
  img.alt = options.alt ?? "";
  img.loading = options.eager ? "eager" : "lazy";
  img.decoding = "async";
  img.width = 342;
  img.height = 513;
  img.addEventListener("load", () => (box.dataset.state = "loaded"));
  img.addEventListener("error", () => {
    img.remove();
    box.dataset.state = "placeholder";
  });
  img.src = src;
  box.append(img);
  return box;
}
