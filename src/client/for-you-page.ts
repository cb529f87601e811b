// The "for you" page's controller. The profile is the URL's `?vistas=` when it has one (a shared
// link, a reload, a cold visit), else this browser's likes, which then go into the URL so that the
// address always reproduces the list. When the URL's likes are this browser's, removing and
// clearing change both; a link's likes (someone else's) change only the URL until imported. The
// worker merges the liked films' lists (a few shards), never the whole catalogue.
import { forYouT } from "../i18n/for-you.ts";
import { path } from "../i18n/routes.ts";
import {
  LIKES_PARAM,
  formatLikes,
  likesFromText,
  mergeLikes,
  parseLikes,
  sameLikes,
} from "../site/likes.ts";
import { PROFILE_LIKES } from "../lib/profile.ts";
import type { ProfileAnswer } from "../lib/sharded-engine.ts";
import { startEngine } from "./engine-client.ts";
import { onLikesChange, storeLikes, storedLikes } from "./likes.ts";
import { latestOnly, STALE } from "./latest-only.ts";
import { engineProblem } from "./problem.ts";
import { filmHref, pageLang, renderFilmCards } from "./render.ts";

/** Recommendations the page shows. */
const COUNT = 12;

/** The likes in the URL, or null when it names none. */
function urlLikes(): number[] | null {
  const text = new URLSearchParams(location.search).get(LIKES_PARAM);
  return text === null ? null : parseLikes(text).ids;
}

/** This page's address for `likes` (no parameter when there are none). */
function hrefFor(likes: readonly number[]): string {
  const params = new URLSearchParams(location.search);
  if (likes.length) params.set(LIKES_PARAM, formatLikes(likes));
  else params.delete(LIKES_PARAM);
  // The commas stay readable: ?vistas=862,863.
  const query = params.toString().replaceAll("%2C", ",");
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/** Starts the "for you" page inside `root` (the page's main element). */
export function startForYouPage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const lang = pageLang();
  const y = forYouT(lang);
  const { api, ready } = startEngine();
  const sections = {
    shared: $("#fy-shared"),
    empty: $("#fy-empty"),
    likes: $("#fy-likes"),
    recs: $("#fy-recs"),
  };
  const status = $("#fy-status");
  const note = $("#fy-note");
  const shareStatus = $("#fy-share-status");
  const link = $<HTMLInputElement>("#fy-link");

  const fromUrl = urlLikes();
  let profile = fromUrl ?? storedLikes();
  /** Whether the profile is this browser's likes (else a link's). */
  let own = fromUrl === null || sameLikes(fromUrl, storedLikes());
  const recommend = latestOnly((likes: number[]) =>
    api.recommendForLikes(likes, { k: COUNT, skipUnknown: true }),
  );

  const fail = (error: unknown) => {
    for (const s of Object.values(sections)) s.hidden = true;
    engineProblem($("#fy-problem"), error);
  };

  /** The profile changed here: into the URL (replacing the entry) and, if it is ours, storage. */
  const setProfile = (likes: number[], store: boolean) => {
    profile = likes;
    if (store) storeLikes(likes);
    history.replaceState(null, "", hrefFor(likes));
    void show().catch(fail);
  };

  const likedItem = (film: ProfileAnswer["likes"][number]) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = filmHref(lang, film.id);
    a.textContent = film.title;
    const year = document.createElement("span");
    year.className = "year";
    year.textContent = String(film.year);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = y.remove;
    remove.setAttribute("aria-label", y.removeLabel(film.title));
    remove.addEventListener("click", () => {
      setProfile(
        profile.filter((id) => id !== film.id),
        own,
      );
      // The removed chip held the focus: give it to the list's heading.
      $("#fy-likes-heading").setAttribute("tabindex", "-1");
      $("#fy-likes-heading").focus();
    });
    li.append(a, year, remove);
    return li;
  };

  async function show() {
    link.value = new URL(hrefFor(profile), location.href).href;
    $("#fy-export").hidden = profile.length === 0;
    sections.shared.hidden = own || profile.length === 0;
    if (!sections.shared.hidden) {
      $("#fy-shared-text").textContent = y.shared(profile.length);
      $<HTMLAnchorElement>("#fy-own").href = (() => {
        const mine = storedLikes();
        return mine.length
          ? `${path("forYou", lang)}?${LIKES_PARAM}=${formatLikes(mine)}`
          : path("forYou", lang);
      })();
    }
    $("#fy-likes-heading").textContent = own ? y.yourLikes : y.sharedLikes;
    if (profile.length === 0) {
      recommend.cancel();
      sections.empty.hidden = false;
      sections.likes.hidden = sections.recs.hidden = true;
      document.body.dataset.ready = "true";
      return;
    }
    sections.empty.hidden = true;
    sections.likes.hidden = sections.recs.hidden = false;
    $("#fy-list").setAttribute("aria-busy", "true");
    status.textContent = y.loading;
    const answer = await recommend(profile);
    if (answer === STALE) return;
    $("#fy-likes-list").replaceChildren(...answer.likes.map(likedItem));
    // The films this build has: an id it lacks is named in the note, not counted.
    $("#fy-likes-count").textContent = y.likesCount(answer.likes.length);
    const notes = [];
    if (profile.length > PROFILE_LIKES) notes.push(y.usesLatest(PROFILE_LIKES, profile.length));
    if (answer.unknown.length) notes.push(y.unknown(answer.unknown.join(", ")));
    note.textContent = notes.join(" ");
    $("#fy-list").replaceChildren(renderFilmCards(answer.items, lang));
    $("#fy-list").removeAttribute("aria-busy");
    status.textContent = y.count(answer.items.length);
    document.body.dataset.ready = "true";
  }

  $("#fy-clear").addEventListener("click", () => {
    setProfile([], own);
    shareStatus.textContent = "";
    note.textContent = y.cleared;
  });
  $("#fy-import-shared").addEventListener("click", () => {
    const mine = storedLikes();
    const merged = mergeLikes(mine, profile);
    shareStatus.textContent = y.imported(merged.length - mine.length);
    own = true;
    setProfile(merged, true);
  });
  $<HTMLFormElement>("#fy-import").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $<HTMLInputElement>("#fy-import-text");
    const { ids } = likesFromText(input.value);
    if (ids.length === 0) {
      shareStatus.textContent = y.importNothing;
      return;
    }
    const mine = storedLikes();
    const merged = mergeLikes(mine, ids);
    shareStatus.textContent = y.imported(merged.length - mine.length);
    input.value = "";
    own = true;
    setProfile(merged, true);
  });
  $("#fy-copy").addEventListener("click", () => {
    link.select();
    const said = (text: string) => () => (shareStatus.textContent = text);
    // No clipboard (an insecure origin, a refused permission): the selected link can be copied by hand.
    if (!navigator.clipboard) return said(y.copyFailed)();
    navigator.clipboard.writeText(link.value).then(said(y.copied), said(y.copyFailed));
  });
  // A like or unlike on a card (here or in another tab) changes our profile, not a link's.
  onLikesChange(() => {
    if (!own) return;
    const mine = storedLikes();
    if (!sameLikes(mine, profile)) setProfile(mine, false);
  });

  // The URL says what the list is from now on, reload or share.
  if (fromUrl === null && profile.length) history.replaceState(null, "", hrefFor(profile));
  ready.then(() => show(), fail).catch(fail);
}
