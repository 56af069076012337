// The teacher's setup: a playlist of rounds (scenario, difficulty, time limit), started from
// a ready-made playlist or built by hand, and the class's rules. Checked with the contract's
// own schema (ClassSetupSchema) before anything is sent.
import {
  ClassSetupSchema,
  MAX_CLASS_ROUNDS,
  MAX_ROUND_SECONDS,
  MIN_ROUND_SECONDS,
  type ClassRound,
  type ClassSetupInput,
} from "../../../../shared/protocol/classroom";
import { DIFFICULTIES } from "../../../../shared/protocol/rooms";
import { PLAYLISTS } from "../../../../shared/classroom/playlists";
import { SCENARIOS } from "../../../../shared/scenarios";
import { getLanguage } from "../../i18n";
import { h } from "../dom";
import { tc } from "../text";

export interface SetupDraft {
  name: string;
  playlist: string;
  rounds: ClassRound[];
  scoring: "standard" | "accuracy";
  leaderboard: "full" | "top5";
  lateJoin: boolean;
  botPartner: boolean;
  pairing: "swap" | "shuffle";
  /** A pair without progress for this long is shown as stuck on the dashboard. */
  stuckSeconds: number;
}

export function defaultDraft(): SetupDraft {
  const first = PLAYLISTS[0]!;
  return {
    name: "",
    playlist: first.id,
    rounds: first.rounds.map((r) => ({ ...r })),
    scoring: "standard",
    leaderboard: "full",
    lateJoin: true,
    botPartner: true,
    pairing: "swap",
    stuckSeconds: 45,
  };
}

/** The draft as create options, or the first problem found (a translated line). */
export function draftToSetup(d: SetupDraft): { setup: ClassSetupInput } | { problem: string } {
  const input: ClassSetupInput = {
    name: d.name.trim(),
    rounds: d.rounds,
    scoring: d.scoring,
    leaderboard: d.leaderboard,
    lateJoin: d.lateJoin,
    botPartner: d.botPartner,
    pairing: d.pairing,
    stuckSeconds: d.stuckSeconds,
  };
  const parsed = ClassSetupSchema.safeParse(input);
  if (parsed.success) return { setup: input };
  const issue = parsed.error.issues[0];
  if (issue?.path[0] === "rounds" && issue.path.length === 1) return { problem: tc("setup.problem.rounds", { max: MAX_CLASS_ROUNDS }) };
  if (issue?.path[0] === "rounds")
    return {
      problem: tc("setup.problem.time", { round: Number(issue.path[1]) + 1, min: MIN_ROUND_SECONDS / 60, max: MAX_ROUND_SECONDS / 60 }),
    };
  if (issue?.path[0] === "name") return { problem: tc("setup.problem.name") };
  if (issue?.path[0] === "stuckSeconds") return { problem: tc("setup.problem.stuck", { min: 10, max: 600 }) };
  return { problem: tc("error.invalid-options") };
}

const option = (value: string, label: string, selected: boolean): HTMLOptionElement => h("option", { value, selected, text: label });

function radios<T extends string>(
  name: string,
  legend: string,
  values: readonly T[],
  current: T,
  label: (v: T) => string,
  set: (v: T) => void,
): HTMLFieldSetElement {
  return h(
    "fieldset",
    {},
    h("legend", { text: legend }),
    ...values.map((v) =>
      h(
        "label",
        { class: "cr-check" },
        h("input", { type: "radio", name, value: v, checked: v === current, "data-testid": `setup.${name}.${v}`, onchange: () => set(v) }),
        label(v),
      ),
    ),
  );
}

function check(id: string, text: string, value: boolean, set: (v: boolean) => void): HTMLLabelElement {
  return h(
    "label",
    { class: "cr-check" },
    h("input", {
      type: "checkbox",
      checked: value,
      "data-testid": `setup.${id}`,
      onchange: (e: Event) => set((e.target as HTMLInputElement).checked),
    }),
    text,
  );
}

/** The setup form; `redraw` after a change that alters its shape (a round added or removed). */
export function setupView(d: SetupDraft, redraw: () => void, submit: () => void): HTMLElement {
  const lang = getLanguage();
  const rounds = h("ol", { class: "cr-rounds", "data-testid": "setup.rounds" });
  d.rounds.forEach((r, i) => {
    const n = i + 1;
    rounds.append(
      h(
        "li",
        {},
        h(
          "select",
          {
            class: "cr-grow",
            "aria-label": tc("setup.scenarioOf", { n }),
            "data-testid": `setup.round.${n}.scenario`,
            onchange: (e: Event) => (r.scenarioId = (e.target as HTMLSelectElement).value),
          },
          ...SCENARIOS.map((s) => option(s.id, `${s.number}. ${s.title[lang]}`, s.id === r.scenarioId)),
        ),
        h(
          "select",
          {
            "aria-label": tc("setup.difficultyOf", { n }),
            "data-testid": `setup.round.${n}.difficulty`,
            onchange: (e: Event) => (r.difficulty = (e.target as HTMLSelectElement).value as ClassRound["difficulty"]),
          },
          ...DIFFICULTIES.map((v) => option(v, tc(`setup.difficulty.${v}`), v === r.difficulty)),
        ),
        h("input", {
          type: "number",
          class: "cr-input",
          min: MIN_ROUND_SECONDS / 60,
          max: MAX_ROUND_SECONDS / 60,
          step: 0.5,
          value: String(r.timeLimitSeconds / 60),
          "aria-label": tc("setup.minutesOf", { n }),
          "data-testid": `setup.round.${n}.minutes`,
          oninput: (e: Event) => (r.timeLimitSeconds = Math.round(Number((e.target as HTMLInputElement).value) * 60)),
        }),
        h("span", { text: tc("setup.minutes") }),
        h("button", {
          type: "button",
          "aria-label": tc("setup.removeOf", { n }),
          text: "✕",
          disabled: d.rounds.length <= 1,
          onclick: () => {
            d.rounds.splice(i, 1);
            redraw();
          },
        }),
      ),
    );
  });
  return h(
    "form",
    {
      class: "cr-card",
      "data-testid": "setup.form",
      onsubmit: (e: Event) => {
        e.preventDefault();
        submit();
      },
    },
    h("h1", { text: tc("setup.title") }),
    h("label", { for: "cr-class-name", text: tc("setup.name") }),
    h("input", {
      id: "cr-class-name",
      class: "cr-input",
      value: d.name,
      maxlength: 40,
      "data-testid": "setup.name",
      placeholder: tc("setup.namePlaceholder"),
      oninput: (e: Event) => (d.name = (e.target as HTMLInputElement).value),
    }),
    h("label", { for: "cr-playlist", text: tc("setup.playlist") }),
    h(
      "select",
      {
        id: "cr-playlist",
        "data-testid": "setup.playlist",
        onchange: (e: Event) => {
          const p = PLAYLISTS.find((x) => x.id === (e.target as HTMLSelectElement).value);
          d.playlist = (e.target as HTMLSelectElement).value;
          if (p) d.rounds = p.rounds.map((r) => ({ ...r }));
          redraw();
        },
      },
      ...PLAYLISTS.map((p) => option(p.id, p.title[lang], p.id === d.playlist)),
      option("custom", tc("setup.custom"), d.playlist === "custom"),
    ),
    h("h2", { text: tc("setup.rounds", { count: d.rounds.length }) }),
    rounds,
    h("button", {
      type: "button",
      "data-testid": "setup.addRound",
      disabled: d.rounds.length >= MAX_CLASS_ROUNDS,
      text: `+ ${tc("setup.addRound")}`,
      onclick: () => {
        const last = d.rounds[d.rounds.length - 1];
        d.rounds.push(last ? { ...last } : { scenarioId: "handshake", difficulty: "guided", timeLimitSeconds: 240 });
        d.playlist = "custom";
        redraw();
      },
    }),
    radios(
      "scoring",
      tc("setup.scoring"),
      ["standard", "accuracy"] as const,
      d.scoring,
      (v) => tc(`setup.scoringMode.${v}`),
      (v) => (d.scoring = v),
    ),
    radios(
      "leaderboard",
      tc("setup.leaderboard"),
      ["full", "top5"] as const,
      d.leaderboard,
      (v) => tc(`setup.leaderboardMode.${v}`),
      (v) => (d.leaderboard = v),
    ),
    radios(
      "pairing",
      tc("setup.pairing"),
      ["swap", "shuffle"] as const,
      d.pairing,
      (v) => tc(`setup.pairingMode.${v}`),
      (v) => (d.pairing = v),
    ),
    h(
      "fieldset",
      {},
      h("legend", { text: tc("setup.rules") }),
      check("lateJoin", tc("setup.lateJoin"), d.lateJoin, (v) => (d.lateJoin = v)),
      check("botPartner", tc("setup.botPartner"), d.botPartner, (v) => (d.botPartner = v)),
      h("label", { for: "cr-stuck", text: tc("setup.stuck") }),
      h("input", {
        id: "cr-stuck",
        type: "number",
        class: "cr-input",
        style: "max-width:8em",
        min: 10,
        max: 600,
        step: 5,
        value: String(d.stuckSeconds),
        "data-testid": "setup.stuckSeconds",
        oninput: (e: Event) => (d.stuckSeconds = Math.round(Number((e.target as HTMLInputElement).value))),
      }),
    ),
    h("button", {
      type: "submit",
      class: "cr-button cr-primary",
      style: "width:100%;margin-top:1em",
      "data-testid": "setup.create",
      text: tc("setup.create"),
    }),
  );
}
