import type { InstrumentDefinition, YesNoItem } from '../types.js';

// Wording from the NIMH Ask Suicide-Screening Questions (ASQ) screening tool
// (NIMH ASQ Toolkit). Questions 1–4 screen; question 5 asks about acuity and is
// asked only when any of 1–4 is "yes" or the client declines to answer.

const screening = (number: number, text: string, followUpPrompts?: readonly string[]): YesNoItem => ({
  number,
  text,
  kind: 'yes-no',
  scored: true,
  required: true,
  allowsDeclined: true,
  ...(followUpPrompts ? { followUpPrompts } : {}),
});

export const asq: InstrumentDefinition = {
  id: 'ASQ',
  version: 'ASQ screening tool (NIMH ASQ Toolkit, Horowitz et al. 2012)',
  administration: 'clinician-asked',
  title: 'Ask Suicide-Screening Questions (ASQ)',
  attribution: {
    authors: 'Lisa M. Horowitz, Jeffrey A. Bridge, Stephen J. Teach and colleagues',
    source: 'National Institute of Mental Health (NIMH), ASQ Suicide Risk Screening Toolkit',
    citation:
      'Horowitz LM, Bridge JA, Teach SJ, et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the pediatric emergency department. Arch Pediatr Adolesc Med. 2012;166(12):1170–1176.',
    licence: 'Public domain (NIMH).',
  },
  instructions: 'Ask the patient:',
  timeframe: 'Per question: past few weeks, past week, ever, right now',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
    { value: 'declined', label: 'Declined to answer' },
  ],
  items: [
    screening(1, 'In the past few weeks, have you wished you were dead?'),
    screening(2, 'In the past few weeks, have you felt that you or your family would be better off if you were dead?'),
    screening(3, 'In the past week, have you been having thoughts about killing yourself?'),
    screening(4, 'Have you ever tried to kill yourself?', ['If yes, how?', 'When?']),
    {
      number: 5,
      text: 'Are you having thoughts of killing yourself right now?',
      kind: 'yes-no',
      scored: true,
      // Required only after a positive screen; scoring enforces that.
      required: false,
      allowsDeclined: false,
      askedOnlyIf: 'asq-positive-screen',
      lead: 'If the patient answers Yes to any of the above, ask the following acuity question:',
      followUpPrompts: ['If yes, please describe:'],
    },
  ],
};
