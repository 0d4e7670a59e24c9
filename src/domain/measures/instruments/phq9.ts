import type { InstrumentDefinition, ScaleItem, ScaleOption } from '../types.js';

// Wording from the Pfizer PHQ-9 form (© Pfizer 1999) as published with
// Kroenke, Spitzer & Williams 2001; cross-checked against LOINC panel 44249-1.

const frequency: readonly ScaleOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const difficulty: readonly ScaleOption[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

const scored = (number: number, text: string): ScaleItem => ({
  number,
  text,
  kind: 'scale',
  scored: true,
  required: true,
});

export const phq9: InstrumentDefinition = {
  id: 'PHQ-9',
  version: 'PHQ-9 (Pfizer 1999 form; Kroenke, Spitzer & Williams 2001)',
  administration: 'self-report',
  title: 'Patient Health Questionnaire (PHQ-9)',
  attribution: {
    authors: 'Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues',
    source: 'Developed with an educational grant from Pfizer Inc.',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.',
    licence: 'No permission required to reproduce, translate, display or distribute.',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  timeframe: 'Last 2 weeks',
  options: frequency,
  items: [
    scored(1, 'Little interest or pleasure in doing things'),
    scored(2, 'Feeling down, depressed, or hopeless'),
    scored(3, 'Trouble falling or staying asleep, or sleeping too much'),
    scored(4, 'Feeling tired or having little energy'),
    scored(5, 'Poor appetite or overeating'),
    scored(6, 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
    scored(7, 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    scored(
      8,
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    ),
    scored(9, 'Thoughts that you would be better off dead or of hurting yourself in some way'),
    {
      number: 10,
      text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      kind: 'scale',
      // Asked for context only; never part of the 0–27 total (Kroenke 2001).
      scored: false,
      required: false,
      options: difficulty,
    },
  ],
};
