// The prescriber's contraindication checklist (shared/reference/clinical.md, "Medical screening checklist").
// Holdspace records the answers; it never decides eligibility.
export const SCREENING_ITEMS = [
  { code: 'uncontrolled_hypertension', label: 'Uncontrolled hypertension' },
  { code: 'vascular_disease', label: 'Aneurysmal vascular disease, arteriovenous malformation or history of intracerebral haemorrhage' },
  { code: 'heart_disease', label: 'Severe heart disease, arrhythmia or recent stroke' },
  { code: 'intracranial_pressure_or_seizures', label: 'Raised intracranial pressure or seizure history' },
  { code: 'hyperthyroidism', label: 'Uncontrolled hyperthyroidism' },
  { code: 'liver_disease', label: 'Liver disease' },
  { code: 'bladder_problems', label: 'Bladder problems or cystitis' },
  { code: 'glaucoma', label: 'Glaucoma' },
  { code: 'pregnancy', label: 'Pregnancy, breastfeeding or pre-eclampsia' },
  { code: 'psychosis', label: 'Psychotic disorder or first-degree family history of psychosis' },
  { code: 'mania', label: 'Current mania or mixed episode' },
  { code: 'dissociative_disorder', label: 'Primary dissociative disorder' },
  { code: 'acute_suicide_risk', label: 'Acute suicide risk with plan or intent' },
  { code: 'substance_use_disorder', label: 'Active substance use disorder' },
  { code: 'interacting_medicines', label: 'Opioids, benzodiazepines, gabapentinoids, MAOIs or stimulants' },
  { code: 'ketamine_allergy', label: 'Ketamine allergy' },
  { code: 'under_18', label: 'Age under 18' },
] as const;

export type ScreeningItemCode = (typeof SCREENING_ITEMS)[number]['code'];
export type ScreeningAnswer = 'yes' | 'no' | 'unknown';

export interface ScreeningEntry {
  answer: ScreeningAnswer;
  note: string;
}

export type ScreeningAnswers = Partial<Record<string, ScreeningEntry>>;

export interface ScreeningIssue {
  item: string;
  message: string;
}

/** Every item needs an answer — "unknown" is an answer; a blank is not. Unknown codes are refused. */
export function checkScreening(answers: ScreeningAnswers): ScreeningIssue[] {
  const known = new Set<string>(SCREENING_ITEMS.map((i) => i.code));
  const issues: ScreeningIssue[] = [];
  for (const code of Object.keys(answers)) if (!known.has(code)) issues.push({ item: code, message: 'is not an item on the checklist' });
  for (const item of SCREENING_ITEMS) {
    const entry = answers[item.code];
    if (!entry) issues.push({ item: item.code, message: 'needs an answer: yes, no or unknown' });
    else if (entry.answer === 'unknown' && !entry.note.trim())
      issues.push({ item: item.code, message: 'say what is unknown and how it will be found out' });
  }
  return issues;
}

/** The items answered yes or unknown, in checklist order: what anyone reading the chart should know about. */
export function screeningConcerns(answers: ScreeningAnswers): { code: ScreeningItemCode; label: string; answer: 'yes' | 'unknown' }[] {
  return SCREENING_ITEMS.flatMap((item) => {
    const answer = answers[item.code]?.answer;
    return answer === 'yes' || answer === 'unknown' ? [{ code: item.code, label: item.label, answer }] : [];
  });
}
