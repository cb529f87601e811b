// The visitor's likes in this browser (localStorage, nothing sent anywhere) and the "I liked it"
// toggle every film card and film page carries: a button with aria-pressed, kept in step across
// the page and across tabs.
import { forYouT } from "../i18n/for-you.ts";
import type { Lang } from "../i18n/strings.ts";
import { formatLikes, parseLikes, withLike } from "../site/likes.ts";

/** The localStorage key: the ids in the URL parameter's own format ("862,863"), oldest first. */
export const LIKES_KEY = "filmoteca.likes";

/** Fired on `window` when this page changed the likes (other tabs hear a `storage` event). */
const CHANGED = "filmoteca:likes";

/** The likes kept in this browser, oldest first (none when storage is blocked). */
export function storedLikes(): number[] {
  try {
    return parseLikes(localStorage.getItem(LIKES_KEY) ?? "").ids;
  } catch {
    return [];
  }
}

/** Keeps `ids` as the likes and tells the page's toggles and listeners. */
export function storeLikes(ids: readonly number[]): void {
  try {
    if (ids.length) localStorage.setItem(LIKES_KEY, formatLikes(ids));
    else localStorage.removeItem(LIKES_KEY);
  } catch {
    // Storage blocked (a private mode, a policy): the likes then live in the URL only.
  }
  if (typeof window !== "undefined") window.dispatchEvent(new Event(CHANGED));
}

/** Likes or unlikes one film (a like goes last: the most recent). */
export function setLiked(id: number, liked: boolean): void {
  storeLikes(withLike(storedLikes(), id, liked));
}

/** Calls `listener` whenever the likes change, in this tab or another. */
export function onLikesChange(listener: () => void): void {
  window.addEventListener(CHANGED, listener);
  window.addEventListener("storage", (event) => {
    if (event.key === LIKES_KEY || event.key === null) listener();
  });
}

/** Sets every toggle under `root` to what the stored likes say. */
export function syncLikeButtons(root: ParentNode = document): void {
  const liked = new Set(storedLikes());
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-like-id]"))
    button.setAttribute("aria-pressed", String(liked.has(Number(button.dataset.likeId))));
}

let listening = false;

const SVG = "http://www.w3.org/2000/svg";
const HEART =
  "M12 21s-7.5-4.6-9.6-9.3C1 8.4 3 5 6.4 5c2 0 3.5 1.1 4.3 2.6h2.6C14.1 6.1 15.6 5 17.6 5 21 5 23 8.4 21.6 11.7 19.5 16.4 12 21 12 21Z";

/** The "me gustó / I liked it" toggle of film `id`: pressed when it is among the likes. */
export function likeButton(id: number, title: string, lang: Lang): HTMLButtonElement {
  const y = forYouT(lang);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "like";
  button.dataset.likeId = String(id);
  button.dataset.testid = "like";
  // The label names the film (a grid holds many toggles); the pressed state says whether it is liked.
  button.setAttribute("aria-label", y.likeLabel(title));
  button.setAttribute("aria-pressed", String(storedLikes().includes(id)));
  const icon = document.createElementNS(SVG, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("width", "16");
  icon.setAttribute("height", "16");
  icon.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", HEART);
  icon.append(path);
  const text = document.createElement("span");
  text.textContent = y.like;
  button.append(icon, text);
  button.addEventListener("click", () =>
    setLiked(id, button.getAttribute("aria-pressed") !== "true"),
  );
  if (!listening && typeof window !== "undefined") {
    listening = true;
    onLikesChange(() => syncLikeButtons());
  }
  return button;
}
