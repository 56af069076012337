// Every concept question written from the seed article, in one list.
import { CLOSING } from "./bank/closing";
import { OPENING } from "./bank/opening";
import { TIMERS } from "./bank/timers";

export type { ConceptItem } from "./bank/item";
export const CONCEPT_BANK = [...OPENING, ...CLOSING, ...TIMERS];
