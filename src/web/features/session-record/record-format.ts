import {
  ADVERSE_EVENT_KINDS,
  ENVIRONMENT_ASPECTS,
  FRAGMENT_KINDS,
  INTERVENTION_KINDS,
  OUTCOMES,
  ROUTES,
  SESSION_MEDICINES,
  SEVERITIES,
  SOMATIC_CATEGORY_LABELS,
} from '../../../domain/session/index';

type Labelled = readonly { code: string; label: string }[];
const labelOf = (list: Labelled, code: string) => list.find((i) => i.code === code)?.label ?? code.replaceAll('_', ' ');

/** Words for the record's codes, from the same lists the console offers. */
export const words = {
  adverse: (code: string) => labelOf(ADVERSE_EVENT_KINDS, code),
  severity: (code: string) => labelOf(SEVERITIES, code),
  outcome: (code: string) => labelOf(OUTCOMES, code),
  route: (code: string) => labelOf(ROUTES, code),
  medicine: (code: string) => labelOf(SESSION_MEDICINES, code),
  fragment: (code: string) => labelOf(FRAGMENT_KINDS, code),
  intervention: (code: string) => labelOf(INTERVENTION_KINDS, code),
  environment: (code: string) => labelOf(ENVIRONMENT_ASPECTS, code),
  category: (code: string) => SOMATIC_CATEGORY_LABELS[code as keyof typeof SOMATIC_CATEGORY_LABELS] ?? code,
  purpose: (code: string) => code.charAt(0).toUpperCase() + code.slice(1),
};

/** Clock time in the practice's zone: the record is read in the practice, whatever the reader's device says. */
export function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function sinceDose(minutes: number | null): string {
  if (minutes === null) return '—';
  return minutes < 0 ? `${-minutes} min before` : `+${minutes} min`;
}
