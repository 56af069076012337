// The live source: the server's room through the shell's NetSession. Views and events are
// the server's messages; actions go out through the protocol's own mapping; the peer's
// "reconnecting" comes from the public seat state.
import type { PlayerAction, Side } from "../../../../shared/match/types";
import { actionToMessage, type ErrorMessage, type RoomStateShape, type WholeViewMessage } from "../../../../shared/protocol";
import type { NetSession } from "../../net/session";
import type { MatchSource, MatchSourceListener } from "./source";

export class LiveSource implements MatchSource {
  readonly kind = "live";
  private offs: (() => void)[] = [];
  private lastMatchNumber = 0;

  constructor(private readonly session: NetSession) {}

  get code(): string {
    return this.session.code;
  }

  start(l: MatchSourceListener): void {
    // The session has merged the deltas already: every view it hands on is whole.
    // A step's events come with its view, and go first. Those of a new match's first step
    // are left out, as are those of a view that came before this subscription (replayed below):
    // the screen starts from the view.
    const onView = (m: WholeViewMessage, withEvents = true): void => {
      if (withEvents && m.events && m.matchNumber === this.lastMatchNumber) l.events(m.events, m.now);
      this.lastMatchNumber = m.matchNumber;
      l.view(m.view, m.now, m.matchNumber);
    };
    const onState = (s: RoomStateShape): void => {
      const me = this.session.seat;
      const peerSide: Side = me === "B" ? "A" : "B";
      const seat = s.seats?.get(peerSide);
      if (seat) l.peer({ kind: seat.kind, name: seat.name, connected: seat.connected, reconnecting: seat.reconnecting });
    };
    this.offs.push(
      this.session.on("view", (m) => onView(m)),
      this.session.on("error", (m: ErrorMessage) => l.error({ code: m.code })),
      this.session.onState(onState),
      this.session.onLeave((code) => l.left(code)),
    );
    // A view that came before the scene subscribed (a reload lands here directly).
    const latest = this.session.latest("view");
    if (latest) onView(latest, false);
    if (this.session.state) onState(this.session.state);
  }

  act(action: PlayerAction): void {
    const msg = actionToMessage(action);
    this.session.send(msg.type, msg.payload);
  }

  rematch(): void {
    this.session.send("rematch", {});
  }

  /** The id the server stores the match under (synced room state; set when a match begins). */
  matchId(): string | null {
    const id = (this.session.state as (RoomStateShape & { matchId?: string }) | undefined)?.matchId;
    return id ? id : null;
  }

  stop(): void {
    for (const off of this.offs) off();
    this.offs = [];
  }
}
