// Visible, human error messages: what went wrong in words, the technical detail underneath, and a
// way forward (reload, or a link home). Messages are set as text.
import { t } from "../i18n/strings.ts";
import { EngineCrashError } from "./engine-client.ts";
import { pageLang } from "./render.ts";

/** Options of {@link showProblem}. */
export interface ProblemOptions {
  /** The technical detail (e.g. an Error's message), shown small under the message. */
  detail?: string;
  /** Offer a reload button (for data that failed to load, or a crashed worker). Default false. */
  reload?: boolean;
  /** A link to offer instead, e.g. back to the search. */
  link?: { href: string; text: string };
}

/** Replaces `where`'s content with an alert box saying `message`. */
export function showProblem(where: HTMLElement, message: string, options: ProblemOptions = {}) {
  const box = document.createElement("div");
  box.className = "problem";
  box.setAttribute("role", "alert");
  box.dataset.testid = "problem";
  const text = document.createElement("p");
  text.className = "problem-message";
  text.textContent = message;
  box.append(text);
  if (options.detail) {
    const detail = document.createElement("p");
    detail.className = "problem-detail";
    detail.textContent = options.detail;
    box.append(detail);
  }
  if (options.reload) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = t(pageLang()).reload;
    button.addEventListener("click", () => location.reload());
    box.append(button);
  }
  if (options.link) {
    const a = document.createElement("a");
    a.className = "button";
    a.href = options.link.href;
    a.textContent = options.link.text;
    box.append(a);
  }
  where.replaceChildren(box);
  where.hidden = false;
}

/** The message for an engine failure: the worker crashed, or the data did not load. */
export function engineProblem(where: HTMLElement, error: unknown) {
  const s = t(pageLang());
  const detail = error instanceof Error ? error.message : String(error);
  const message = error instanceof EngineCrashError ? s.workerCrash : s.loadError;
  showProblem(where, message, { detail, reload: true });
}
