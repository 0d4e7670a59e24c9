import { describe, expect, it } from 'vitest';
import { fillName, nameAtSentenceStart, nameMidSentence } from './placeholder-names.js';

describe('placeholder names', () => {
  it('reads a placeholder in lower case mid-sentence and capitalized at the start', () => {
    expect(nameMidSentence('Your practice')).toBe('your practice');
    expect(nameAtSentenceStart('your therapist')).toBe('Your therapist');
  });

  it('leaves a real name as it was written', () => {
    expect(nameMidSentence('Dr. Rivera')).toBe('Dr. Rivera');
    expect(nameMidSentence('Your Space Therapy')).toBe('Your Space Therapy');
    expect(nameAtSentenceStart('bell hooks')).toBe('Bell hooks');
  });

  it('cases each occurrence for where it stands', () => {
    const text = '{{t}} is with you. At {{p}}, {{t}} listens.\n{{t}} calls back. Is it {{t}}? {{t}} is.';
    expect(fillName(fillName(text, '{{t}}', 'your therapist'), '{{p}}', 'Your practice')).toBe(
      'Your therapist is with you. At your practice, your therapist listens.\nYour therapist calls back. Is it your therapist? Your therapist is.',
    );
  });

  it('treats an opening block tag as a sentence start', () => {
    expect(fillName('<p>{{t}} will read it.</p><li>with {{t}}</li>', '{{t}}', 'your therapist')).toBe(
      '<p>Your therapist will read it.</p><li>with your therapist</li>',
    );
  });
});
