export interface PrepNoteDraft {
  heldOn: string;
  explored: string;
  practised: string;
  nextSteps: string;
}

/** A preparation note can be signed once it says when it was held and what was explored; the rest may be blank. */
export function prepNoteMissingForSignature(draft: PrepNoteDraft): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  if (!draft.heldOn) missing.push({ field: 'heldOn', message: 'add the date the session took place' });
  if (!draft.explored.trim()) missing.push({ field: 'explored', message: 'write what was explored' });
  return missing;
}
