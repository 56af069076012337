// The frame of every class page: a title bar with the language switch, the screen's content,
// and one status line that screen readers hear (role=status) for errors and progress.
import { getLanguage, setLanguage, t } from "../i18n";
import { h } from "./dom";
import { tc } from "./text";

export interface Frame {
  main: HTMLElement;
  status: HTMLElement;
}

export function frame(root: HTMLElement, opts: { wide?: boolean; subtitle?: string; className?: string } = {}): Frame {
  const other = getLanguage() === "zh" ? "en" : "zh";
  const status = h("p", { class: "cr-status", role: "status", "aria-live": "polite", "data-testid": "class.status" });
  const main = h("main", { class: `cr-main${opts.wide ? " cr-wide" : ""}${opts.className ? ` ${opts.className}` : ""}` });
  root.replaceChildren(
    h(
      "header",
      { class: "cr-bar" },
      // The game's own menu is the site's root page.
      h("a", { class: "cr-app", href: "./", "data-testid": "class.menu", text: `${t("common:app.title")} · ${tc("title")}` }),
      opts.subtitle ? h("span", { class: "cr-sub", text: opts.subtitle }) : null,
      h("button", {
        type: "button",
        class: "cr-lang",
        "data-testid": "class.language",
        lang: other === "zh" ? "zh-CN" : "en",
        text: t(`common:language.${other}`),
        onclick: () => setLanguage(other),
      }),
    ),
    main,
    status,
  );
  return { main, status };
}

/** Shows an error (✗ and a thick border, not colour alone) or a progress line. */
export function setStatus(f: Frame, text: string, kind: "error" | "info" = "info"): void {
  f.status.textContent = text ? (kind === "error" ? `✗ ${text}` : text) : "";
  f.status.dataset.kind = kind;
}
