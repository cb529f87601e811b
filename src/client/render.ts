// DOM rendering of answers. Data is always set as text (textContent), never as HTML.
import type { RecommendedFilm } from "../lib/engine.ts";
import type { Reason } from "../lib/recommend.ts";

export type ReasonLabels = Record<Reason["kind"], string>;

export function reasonText(reason: Reason, labels: ReasonLabels): string {
  return "value" in reason
    ? `${labels[reason.kind]}: ${reason.value}`
    : `${labels[reason.kind]}: ${reason.values.join(", ")}`;
}

export function renderRecommendations(items: RecommendedFilm[], labels: ReasonLabels): HTMLElement {
  const list = document.createElement("ol");
  list.className = "recommendations";
  list.dataset.testid = "recommendations";
  for (const item of items) {
    const li = document.createElement("li");
    const title = document.createElement("strong");
    title.textContent = item.title;
    const year = document.createElement("span");
    year.className = "muted";
    year.textContent = ` (${item.year})`;
    const why = document.createElement("div");
    why.className = "muted reasons";
    why.textContent = item.reasons.map((r) => reasonText(r, labels)).join(" · ");
    li.append(title, year, why);
    list.append(li);
  }
  return list;
}
