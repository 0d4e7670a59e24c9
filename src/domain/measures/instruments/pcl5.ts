import type { InstrumentDefinition, ScaleItem } from '../types.js';

// Wording from the standard PCL-5 (past month, no Criterion A component),
// Weathers et al. 2013, as distributed by the VA National Center for PTSD.

const scored = (number: number, text: string): ScaleItem => ({
  number,
  text,
  kind: 'scale',
  scored: true,
  required: true,
});

export const pcl5: InstrumentDefinition = {
  id: 'PCL-5',
  version: 'PCL-5 standard form, past month (Weathers et al. 2013)',
  administration: 'self-report',
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  attribution: {
    authors: 'F.W. Weathers, B.T. Litz, T.M. Keane, P.A. Palmieri, B.P. Marx, P.P. Schnurr',
    source: 'U.S. Department of Veterans Affairs, National Center for PTSD (www.ptsd.va.gov)',
    citation:
      'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD; 2013.',
    licence: 'Public domain (U.S. Government work).',
  },
  // The paper form says "circle one of the numbers"; the words are kept as published.
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then circle one of the numbers to the right to indicate how much you have been bothered by that problem in the past month.',
  timeframe: 'Past month',
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
  items: [
    scored(1, 'Repeated, disturbing, and unwanted memories of the stressful experience?'),
    scored(2, 'Repeated, disturbing dreams of the stressful experience?'),
    scored(
      3,
      'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    ),
    scored(4, 'Feeling very upset when something reminded you of the stressful experience?'),
    scored(
      5,
      'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    ),
    scored(6, 'Avoiding memories, thoughts, or feelings related to the stressful experience?'),
    scored(
      7,
      'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    ),
    scored(8, 'Trouble remembering important parts of the stressful experience?'),
    scored(
      9,
      'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    ),
    scored(10, 'Blaming yourself or someone else for the stressful experience or what happened after it?'),
    scored(11, 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?'),
    scored(12, 'Loss of interest in activities that you used to enjoy?'),
    scored(13, 'Feeling distant or cut off from other people?'),
    scored(
      14,
      'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    ),
    scored(15, 'Irritable behavior, angry outbursts, or acting aggressively?'),
    scored(16, 'Taking too many risks or doing things that could cause you harm?'),
    scored(17, 'Being "superalert" or watchful or on guard?'),
    scored(18, 'Feeling jumpy or easily startled?'),
    scored(19, 'Having difficulty concentrating?'),
    scored(20, 'Trouble falling or staying asleep?'),
  ],
};

/** Column heading printed above the items on the form. */
export const PCL5_ITEM_STEM = 'In the past month, how much were you bothered by:';
