// The shape of a concept's or a lesson's texts (concepts.ts, lessons.ts), in its own file so
// that the two catalogues import it without importing each other.
import type { Text } from "../scenarios/types";

export interface ConceptContent {
  /** A short name for buttons, chart labels and headings. */
  title: Text;
  /** One or two sentences: the explanation shown after an answer. */
  summary: Text;
  /** A longer explanation for the debrief and the quiz's concept screen. */
  body: Text;
}
