import type { InstrumentDefinition, ScaleItem, ScaleOption } from '../types.js';

// Wording from the MAIA-2 (Mehling et al. 2018, PLoS One 13(12):e0208034),
// distributed by the UCSF Osher Center (www.osher.ucsf.edu/maia).

// The published form anchors only 0 (Never) and 5 (Always); 1–4 are bare numbers.
const oftenness: readonly ScaleOption[] = [
  { value: 0, label: 'Never' },
  { value: 1, label: '1' },
  { value: 2, label: '2' },
  { value: 3, label: '3' },
  { value: 4, label: '4' },
  { value: 5, label: 'Always' },
];

// Items 5–12 and 15 are worded against the scale's direction (clinical.md; Mehling 2018).
const REVERSED = new Set([5, 6, 7, 8, 9, 10, 11, 12, 15]);

const item = (number: number, text: string): ScaleItem => ({
  number,
  text,
  kind: 'scale',
  scored: true,
  required: true,
  reverseScored: REVERSED.has(number),
});

export type Maia2ScaleCode =
  | 'noticing'
  | 'not_distracting'
  | 'not_worrying'
  | 'attention_regulation'
  | 'emotional_awareness'
  | 'self_regulation'
  | 'body_listening'
  | 'trusting';

export interface Maia2Scale {
  readonly code: Maia2ScaleCode;
  readonly label: string;
  readonly items: readonly number[];
}

// Scale membership per clinical.md and the MAIA-2 scoring sheet.
export const MAIA2_SCALES: readonly Maia2Scale[] = [
  { code: 'noticing', label: 'Noticing', items: [1, 2, 3, 4] },
  { code: 'not_distracting', label: 'Not-Distracting', items: [5, 6, 7, 8, 9, 10] },
  { code: 'not_worrying', label: 'Not-Worrying', items: [11, 12, 13, 14, 15] },
  { code: 'attention_regulation', label: 'Attention Regulation', items: [16, 17, 18, 19, 20, 21, 22] },
  { code: 'emotional_awareness', label: 'Emotional Awareness', items: [23, 24, 25, 26, 27] },
  { code: 'self_regulation', label: 'Self-Regulation', items: [28, 29, 30, 31] },
  { code: 'body_listening', label: 'Body Listening', items: [32, 33, 34] },
  { code: 'trusting', label: 'Trusting', items: [35, 36, 37] },
];

export const maia2: InstrumentDefinition = {
  id: 'MAIA-2',
  version: 'MAIA-2, 37 items (Mehling et al. 2018)',
  administration: 'self-report',
  title: 'Multidimensional Assessment of Interoceptive Awareness, Version 2 (MAIA-2)',
  attribution: {
    authors: 'Wolf E. Mehling, Michael Acree, Anita Stewart, Jonathan Silas, Alexander Jones',
    source: 'Osher Center for Integrative Medicine, University of California San Francisco',
    citation:
      'Mehling WE, Acree M, Stewart A, Silas J, Jones A. The Multidimensional Assessment of Interoceptive Awareness, Version 2 (MAIA-2). PLoS One. 2018;13(12):e0208034.',
    licence: 'Public domain (Mehling et al. 2018).',
  },
  instructions:
    'Below you will find a list of statements. Please indicate how often each statement applies to you generally in daily life.',
  timeframe: 'Generally in daily life',
  options: oftenness,
  items: [
    item(1, 'When I am tense I notice where the tension is located in my body.'),
    item(2, 'I notice when I am uncomfortable in my body.'),
    item(3, 'I notice where in my body I am comfortable.'),
    item(4, 'I notice changes in my breathing, such as whether it slows down or speeds up.'),
    item(5, 'I ignore physical tension or discomfort until they become more severe.'),
    item(6, 'I distract myself from sensations of discomfort.'),
    item(7, 'When I feel pain or discomfort, I try to power through it.'),
    item(8, 'I try to ignore pain.'),
    item(9, 'I push feelings of discomfort away by focusing on something.'),
    item(10, "When I feel unpleasant body sensations, I occupy myself with something else so I don't have to feel them."),
    item(11, 'When I feel physical pain, I become upset.'),
    item(12, 'I start to worry that something is wrong if I feel any discomfort.'),
    item(13, 'I can notice an unpleasant body sensation without worrying about it.'),
    item(14, 'I can stay calm and not worry when I have feelings of discomfort or pain.'),
    item(15, "When I am in discomfort or pain I can't get it out of my mind."),
    item(16, 'I can pay attention to my breath without being distracted by things happening around me.'),
    item(17, 'I can maintain awareness of my inner bodily sensations even when there is a lot going on around me.'),
    item(18, 'When I am in conversation with someone, I can pay attention to my posture.'),
    item(19, 'I can return awareness to my body if I am distracted.'),
    item(20, 'I can refocus my attention from thinking to sensing my body.'),
    item(21, 'I can maintain awareness of my whole body even when a part of me is in pain or discomfort.'),
    item(22, 'I am able to consciously focus on my body as a whole.'),
    item(23, 'I notice how my body changes when I am angry.'),
    item(24, 'When something is wrong in my life I can feel it in my body.'),
    item(25, 'I notice that my body feels different after a peaceful experience.'),
    item(26, 'I notice that my breathing becomes free and easy when I feel comfortable.'),
    item(27, 'I notice how my body changes when I feel happy / joyful.'),
    item(28, 'When I feel overwhelmed I can find a calm place inside.'),
    item(29, 'When I bring awareness to my body I feel a sense of calm.'),
    item(30, 'I can use my breath to reduce tension.'),
    item(31, 'When I am caught up in thoughts, I can calm my mind by focusing on my body/breathing.'),
    item(32, 'I listen for information from my body about my emotional state.'),
    item(33, 'When I am upset, I take time to explore how my body feels.'),
    item(34, 'I listen to my body to inform me about what to do.'),
    item(35, 'I am at home in my body.'),
    item(36, 'I feel my body is a safe place.'),
    item(37, 'I trust my body sensations.'),
  ],
};
