/** Markup that is already safe (rendered Markdown, nested templates). Everything else is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

type Slot = string | number | SafeHtml | null | undefined | false | readonly Slot[];

function render(slot: Slot): string {
  if (slot === null || slot === undefined || slot === false) return '';
  if (slot instanceof SafeHtml) return slot.value;
  if (Array.isArray(slot)) return slot.map(render).join('');
  return escapeHtml(String(slot));
}

/** A template literal that escapes every interpolated value unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...slots: Slot[]): SafeHtml {
  let out = strings[0] ?? '';
  slots.forEach((slot, i) => {
    out += render(slot) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
