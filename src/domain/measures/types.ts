// Shapes shared by the instrument definitions and the scoring functions.
// Item wording lives in ./instruments/*; nothing here is clinical content.

export const INSTRUMENT_IDS = ['PHQ-9', 'GAD-7', 'PCL-5', 'ASQ', 'MAIA-2'] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export type YesNoAnswer = 'yes' | 'no' | 'declined';

/** One answer as stored against an item number: a scale value or a yes/no. */
export type AnswerValue = number | YesNoAnswer;

/** A client's answers keyed by 1-based item number. An absent key is unanswered. */
export type MeasureAnswers = Readonly<Record<number, AnswerValue>>;

export interface ScaleOption {
  readonly value: number;
  /** Official label; MAIA-2 anchors only 0 and 5, so 1–4 carry their digit. */
  readonly label: string;
}

export interface YesNoOption {
  readonly value: YesNoAnswer;
  readonly label: string;
}

interface ItemBase {
  readonly number: number;
  /** Official wording, reproduced exactly: paraphrasing invalidates the instrument. */
  readonly text: string;
  /** Counts toward a total or scale mean. PHQ-9 question 10 is asked but never scored. */
  readonly scored: boolean;
  /** Must be answered for the response to be complete. */
  readonly required: boolean;
}

export interface ScaleItem extends ItemBase {
  readonly kind: 'scale';
  /** Overrides the instrument's options (PHQ-9 question 10 has its own). */
  readonly options?: readonly ScaleOption[];
  /** MAIA-2 only: scored as (5 − answer) before averaging. */
  readonly reverseScored?: boolean;
}

export interface YesNoItem extends ItemBase {
  readonly kind: 'yes-no';
  /** ASQ 1–4: a client may decline, and a refusal counts as a positive screen. */
  readonly allowsDeclined: boolean;
  /** ASQ 5 is asked only after a positive screen on 1–4. */
  readonly askedOnlyIf?: 'asq-positive-screen';
  /** Printed instruction to the clinician just before this question. */
  readonly lead?: string;
  /** Printed free-text prompts after the question; recorded, never analysed. */
  readonly followUpPrompts?: readonly string[];
}

export type InstrumentItem = ScaleItem | YesNoItem;

export interface Attribution {
  readonly authors: string;
  readonly source: string;
  readonly citation: string;
  readonly licence: string;
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  /** Which published form the wording is taken from; store with every response. */
  readonly version: string;
  readonly title: string;
  /**
   * Who answers: the client on their own (a portal questionnaire), or a clinician asking the questions
   * aloud and recording the answers (the ASQ is written to be asked: "Ask the patient:").
   */
  readonly administration: 'self-report' | 'clinician-asked';
  readonly attribution: Attribution;
  readonly instructions: string;
  readonly timeframe: string;
  readonly options: readonly ScaleOption[] | readonly YesNoOption[];
  readonly items: readonly InstrumentItem[];
}
