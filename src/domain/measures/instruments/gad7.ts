import type { InstrumentDefinition, ScaleItem } from '../types.js';

// Wording from the Pfizer GAD-7 form published with Spitzer et al. 2006.
// The form's optional difficulty question is not shipped: it is unscored and
// clinical.md lists GAD-7 as the seven scored items.

const scored = (number: number, text: string): ScaleItem => ({
  number,
  text,
  kind: 'scale',
  scored: true,
  required: true,
});

export const gad7: InstrumentDefinition = {
  id: 'GAD-7',
  version: 'GAD-7 (Pfizer form; Spitzer, Kroenke, Williams & Löwe 2006)',
  administration: 'self-report',
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  attribution: {
    authors: 'Robert L. Spitzer, Kurt Kroenke, Janet B.W. Williams, Bernd Löwe and colleagues',
    source: 'Developed with an educational grant from Pfizer Inc.',
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.',
    licence: 'No permission required to reproduce, translate, display or distribute.',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  timeframe: 'Last 2 weeks',
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Several days' },
    { value: 2, label: 'More than half the days' },
    { value: 3, label: 'Nearly every day' },
  ],
  items: [
    scored(1, 'Feeling nervous, anxious, or on edge'),
    scored(2, 'Not being able to stop or control worrying'),
    scored(3, 'Worrying too much about different things'),
    scored(4, 'Trouble relaxing'),
    scored(5, 'Being so restless that it is hard to sit still'),
    scored(6, 'Becoming easily annoyed or irritable'),
    scored(7, 'Feeling afraid, as if something awful might happen'),
  ],
};
