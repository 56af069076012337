// After a restart the server brings back each class that had not ended: it creates the class
// room again with its id, sealed with the process's room secret so no client can ask a room
// to load a class it does not own (as server-options.ts seals classroom match plans).
import { isSealed, seal, unseal } from "../rooms/server-options";

const KIND = "class-restore";

export function sealClassRestore(classId: string): Record<string, unknown> {
  return seal(KIND, classId);
}

/** The class id to restore, or null for a teacher's create. Throws on a forged seal. */
export function unsealClassRestore(createOptions: unknown): string | null {
  if (!isSealed(createOptions)) return null;
  const value = unseal(KIND, createOptions);
  return typeof value === "string" ? value : null;
}
