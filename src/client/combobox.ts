// The ARIA combobox pattern (editable input with a list-box popup) over an asynchronous source:
// arrow keys move, Enter picks, Escape closes. A newer request always wins over a stale answer.
import { latestOnly, STALE } from "./latest-only.ts";

/** One option as shown: a label and an optional muted detail (e.g. year and genres). */
export interface ComboboxOption<T> {
  value: T;
  label: string;
  detail?: string;
}

/** Options of {@link attachCombobox}. */
export interface ComboboxOptions<T> {
  /** The text input; it receives role="combobox" and the ARIA state. */
  input: HTMLInputElement;
  /** The popup list (a `<ul>`); it receives role="listbox". */
  listbox: HTMLElement;
  /** Options for the typed text (may be asynchronous, e.g. a worker call). */
  source: (text: string) => Promise<ComboboxOption<T>[]>;
  /** Called when an option is picked (click, or Enter on the active option). */
  onSelect: (option: ComboboxOption<T>) => void;
  /** Called on Enter with no active option. Default: nothing. */
  onEnter?: (text: string) => void;
  /** Delay before asking the source, in ms. Default 60. */
  debounceMs?: number;
}

export interface Combobox {
  close(): void;
}

let counter = 0;

export function attachCombobox<T>(options: ComboboxOptions<T>): Combobox {
  const { input, listbox } = options;
  const id = listbox.id || `combobox-${++counter}`;
  listbox.id = id;
  listbox.setAttribute("role", "listbox");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", id);
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";

  let current: ComboboxOption<T>[] = [];
  let active = -1;
  // Closing the list withdraws the question: no answer on its way may open it again.
  const source = latestOnly(options.source);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `${id}-${index}`);
      listbox.children[index]?.scrollIntoView?.({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const close = () => {
    source.cancel();
    delete input.dataset.pending;
    current = [];
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };

  const pick = (index: number) => {
    const option = current[index];
    if (!option) return;
    input.value = option.label;
    close();
    options.onSelect(option);
  };

  const show = (items: ComboboxOption<T>[]) => {
    current = items;
    listbox.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement("li");
        li.id = `${id}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const label = document.createElement("span");
        label.textContent = item.label;
        li.append(label);
        if (item.detail) {
          const detail = document.createElement("span");
          detail.className = "detail";
          detail.textContent = item.detail;
          li.append(" ", detail);
        }
        // mousedown, not click: it fires before the input's blur closes the list.
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    listbox.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    setActive(-1);
  };

  // `data-pending` marks the input while suggestions for its current text are on their way (tests
  // and styles can wait for the list to settle).
  const settle = () => delete input.dataset.pending;
  const update = () => {
    const text = input.value;
    if (!text.trim()) return close();
    input.dataset.pending = "true";
    void source(text).then(
      (items) => items !== STALE && (show(items), settle()),
      () => (close(), settle()),
    );
  };

  input.addEventListener("input", () => {
    input.dataset.pending = "true";
    clearTimeout(timer);
    timer = setTimeout(update, options.debounceMs ?? 60);
  });
  input.addEventListener("keydown", (event) => {
    const open = current.length > 0;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) update();
      else setActive((active + 1) % current.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setActive(active <= 0 ? current.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (options.onEnter) {
        event.preventDefault();
        close();
        options.onEnter(input.value);
      }
    } else if (event.key === "Escape") {
      if (open) event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => close());
  close();
  // Text typed before this script ran (a slow link) gets its suggestions now, not at the next key.
  if (input.value.trim() && document.activeElement === input) update();
  return { close };
}
