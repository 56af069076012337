// Where the state diagram's boxes, arrows and labels go, as plain geometry (no Phaser), so
// a test can check that no label covers another label or a state. Boxes sit on the RFC's
// grid; each arrow is a polyline (straight, or bent by its `via` points); each label is
// placed greedily: along its own arrow, beside it or on it, one line or two, at the first
// spot that covers no box and no label, preferring spots that cross no other arrow.
import type { TcpState } from "../../../shared/tcp/types";
import { CLOSED_END, GRID_COLS, GRID_HEIGHT, STATE_NODES, TRANSITIONS, type Transition } from "./state-diagram";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Pt {
  x: number;
  y: number;
}

export interface PlacedArrow {
  tr: Transition;
  points: Pt[];
  label: Box & { lines: string[] };
}

export interface DiagramLayout {
  /** Top-left boxes of the 11 states. */
  nodes: Map<TcpState, Box>;
  /** The second CLOSED at the bottom (the connection's end). */
  end: Box;
  arrows: PlacedArrow[];
}

export interface LayoutInput {
  area: Box;
  /** Largest box height in pixels (boxes are never taller, however much room there is). */
  maxBoxH: number;
  /** A state's box width as a share of its column (0.72 if not given). */
  boxWidth?: number;
  /** Offset between the two arrows of a two-way pair, in pixels. */
  pairGap: number;
  /** The label's two parts: what triggers it and what is sent (if anything). */
  labelParts: (tr: Transition) => [string, string | null];
  /** The size of a label's text lines in pixels. */
  measure: (lines: string[]) => { w: number; h: number };
}

export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const { area } = input;
  const cw = area.w / GRID_COLS;
  const rh = area.h / GRID_HEIGHT;
  const bw = cw * (input.boxWidth ?? 0.72);
  const bh = Math.min(rh * 0.5, input.maxBoxH);
  const at = (c: number, r: number): Pt => ({ x: area.x + cw * c, y: area.y + rh * r });
  const boxAt = (col: number, row: number): Box => {
    const c = at(col + 0.5, row + 0.5);
    return { x: c.x - bw / 2, y: c.y - bh / 2, w: bw, h: bh };
  };
  const nodes = new Map<TcpState, Box>();
  for (const n of STATE_NODES) nodes.set(n.state, boxAt(n.col, n.row));
  const end = boxAt(CLOSED_END.col, CLOSED_END.row);

  const routes = TRANSITIONS.map((tr) => {
    const a = nodes.get(tr.from)!;
    const b = tr.toEnd ? end : nodes.get(tr.to)!;
    const via = (tr.via ?? []).map(([c, r]) => at(c, r));
    const first = via[0] ?? centre(b);
    const last = via[via.length - 1] ?? centre(a);
    let points = [edgePoint(a, first), ...via, edgePoint(b, last)];
    // Two-way pairs are drawn side by side rather than on top of each other.
    const reverse = !tr.via && !tr.toEnd && TRANSITIONS.some((o) => o.from === tr.to && o.to === tr.from && !o.toEnd);
    if (reverse) {
      const [p, q] = [points[0]!, points[points.length - 1]!];
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const nx = (-(q.y - p.y) / len) * input.pairGap;
      const ny = ((q.x - p.x) / len) * input.pairGap;
      points = points.map((pt) => ({ x: pt.x + nx, y: pt.y + ny }));
    }
    return { tr, points };
  });

  const obstacles: Box[] = [...nodes.values(), end].map((b) => inflate(b, 1));
  // Candidate spots for every label, scored without the other labels (those come later).
  const cands = routes.map((route, i) => candidates(route, i));
  function candidates(route: { tr: Transition; points: Pt[] }, i: number): { score: number; box: Box & { lines: string[] } }[] {
    const [what, send] = input.labelParts(route.tr);
    const variants = send ? [[`${what} / ${send}`], [what, send]] : [[what]];
    const out: { score: number; box: Box & { lines: string[] } }[] = [];
    variants.forEach((lines, vi) => {
      const size = input.measure(lines);
      const segs = route.points.slice(1).map((q, k) => [route.points[k]!, q] as const);
      const longest = Math.max(...segs.map(([p, q]) => Math.hypot(q.x - p.x, q.y - p.y)));
      segs.forEach(([p, q], k) => {
        const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const n = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
        // How far the label's centre must be from the line for its box to clear it.
        const clear = Math.abs(n.x) * (size.w / 2) + Math.abs(n.y) * (size.h / 2) + 2;
        for (let fi = 0; fi <= 16; fi++) {
          const f = 0.1 + fi * 0.05;
          for (const side of [1, -1, 0, 1.8, -1.8]) {
            const cx = p.x + (q.x - p.x) * f + n.x * clear * side;
            const cy = p.y + (q.y - p.y) * f + n.y * clear * side;
            const box = { x: cx - size.w / 2, y: cy - size.h / 2, w: size.w, h: size.h, lines };
            if (!inside(box, area) || obstacles.some((o) => overlaps(box, o))) continue;
            let score = (side === 0 ? 3 : Math.abs(side) > 1 ? 2 : 0) + vi * 2 + Math.abs(f - 0.5) * 4 + (1 - len / longest) * 3;
            routes.forEach((r, j) => {
              r.points.slice(1).forEach((b2, m) => {
                if (j === i && m === k) return;
                if (segmentHitsBox(r.points[m]!, b2, box)) score += 6;
              });
            });
            out.push({ score, box });
          }
        }
      });
    });
    return out.sort((a, b) => a.score - b.score);
  }
  // The label with the fewest free spots left chooses next, its best free spot.
  const placed: Box[] = [];
  const labels = new Map<number, Box & { lines: string[] }>();
  const free = (c: { box: Box }): boolean => !placed.some((o) => overlaps(c.box, inflate(o, 1)));
  while (labels.size < routes.length) {
    let pick = -1;
    let fewest = Infinity;
    cands.forEach((list, i) => {
      if (labels.has(i)) return;
      const n = list.filter(free).length;
      if (n < fewest) {
        fewest = n;
        pick = i;
      }
    });
    const spot = cands[pick]!.find(free)?.box ?? repair(pick);
    placed.push(spot);
    labels.set(pick, spot);
  }

  /**
   * No free spot: take a spot held by exactly one placed label that can move to a free spot
   * of its own. Failing that, the least bad spot (the layout's test catches it).
   */
  function repair(i: number): Box & { lines: string[] } {
    for (const c of cands[i]!) {
      const blockers = placed.filter((o) => overlaps(c.box, inflate(o, 1)));
      if (blockers.length !== 1) continue;
      const j = [...labels.entries()].find(([, b]) => b === blockers[0])?.[0];
      if (j === undefined) continue;
      placed.splice(placed.indexOf(blockers[0]!), 1);
      placed.push(c.box);
      const moved = cands[j]!.find(free)?.box;
      placed.pop();
      if (moved) {
        placed.push(moved);
        labels.set(j, moved);
        return c.box;
      }
      placed.push(blockers[0]!);
    }
    return cands[i]![0]?.box ?? { ...centre(nodes.get(routes[i]!.tr.from)!), w: 0, h: 0, lines: [] };
  }
  return { nodes, end, arrows: routes.map((r, i) => ({ ...r, label: labels.get(i)! })) };
}

/**
 * Each state's touch box on a phone: as tall as `minH` (44 px) where the rows leave room,
 * never reaching into the box of a state above or below it in the same column.
 */
export function touchBoxes(layout: DiagramLayout, minH: number): Map<TcpState, Box> {
  const boxes = [...layout.nodes.values(), layout.end];
  const out = new Map<TcpState, Box>();
  for (const [state, c] of layout.nodes) {
    let room = minH;
    for (const o of boxes) {
      if (o === c || o.x >= c.x + c.w || o.x + o.w <= c.x) continue;
      room = Math.min(room, Math.abs(o.y + o.h / 2 - (c.y + c.h / 2)) - 1);
    }
    const h = Math.max(c.h, room);
    out.set(state, { x: c.x, y: c.y + c.h / 2 - h / 2, w: c.w, h });
  }
  return out;
}

export function centre(b: Box): Pt {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/** Where the line from the box's centre towards `to` leaves the box. */
function edgePoint(b: Box, to: Pt): Pt {
  const c = centre(b);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  const sx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

function inflate(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, w: b.w + 2 * d, h: b.h + 2 * d };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(a: Box, outer: Box): boolean {
  return a.x >= outer.x && a.y >= outer.y && a.x + a.w <= outer.x + outer.w && a.y + a.h <= outer.y + outer.h;
}

function _polyLength(points: Pt[]): number {
  let n = 0;
  for (let i = 1; i < points.length; i++) n += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return n;
}

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Pt, q: Pt, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const tests: [number, number][] = [
    [-dx, p.x - b.x],
    [dx, b.x + b.w - p.x],
    [-dy, p.y - b.y],
    [dy, b.y + b.h - p.y],
  ];
  for (const [pp, qq] of tests) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const r = qq / pp;
    if (pp < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
