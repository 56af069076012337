// A few helpers to build the classroom's plain-HTML screens: elements with text set as
// text (never as HTML), so a nickname can never inject markup.
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, "").toLowerCase(), value);
    else if (name === "class") el.className = String(value);
    else if (name === "text") el.textContent = String(value);
    else if (name === "value" && el instanceof HTMLInputElement) el.value = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Replaces a node's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** Puts the keyboard focus on the element with this data-testid, if it is on the page. */
export function focusTestId(root: ParentNode, id: string): void {
  const el = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  el?.focus();
}

/** A screen reader hears this (the page's polite live region, see index.html). */
export function say(text: string): void {
  const live = document.getElementById("a11y-live");
  if (live) live.textContent = text;
}
