/**
 * The consent templates Holdspace ships with, frozen as they were first published (a migration never
 * changes). They are starting points, not legal advice: each begins by saying the practice must review it
 * with its own counsel before a client signs it. Written for Holdspace; no wording is taken from elsewhere.
 */
export const DEFAULT_CONSENT_TEMPLATES = [
  {
    documentId: '0193e0a0-0000-7000-8000-000000000001',
    versionId: '0193e0a0-0000-7000-8000-000000000011',
    key: 'kap_informed_consent',
    title: 'Informed consent for ketamine-assisted psychotherapy (template)',
    body: `> **Template — review before use.** This text is a starting point supplied with Holdspace. It is not legal
> advice. Before any client signs it, the practice must review and adapt it with its own legal counsel and
> clinical leadership, and publish its own version.

## What this treatment is

Ketamine-assisted psychotherapy (KAP) combines psychotherapy with ketamine given under medical supervision.
The work has three parts: **preparation** sessions, one or more **ketamine sessions**, and **integration**
sessions afterwards. The therapy around the medicine is as much a part of the treatment as the medicine.

A licensed prescriber decides whether ketamine is medically suitable for you and what is given. Your
therapist does not prescribe or give medicine.

## What may happen during a session

- Ketamine can change how you perceive your body, time, sound and your surroundings. Some people feel
  detached from their body or their thoughts; this usually passes within one to two hours.
- Blood pressure and heart rate often rise for a while. They are checked before the medicine and at set
  times afterwards.
- Nausea, dizziness, blurred vision, tiredness and unsteadiness are common. Anxiety or distressing feelings
  and memories can come up.
- Rarely, more serious effects can occur. Your prescriber will talk with you about the risks that apply to you.
- Ketamine can be misused. It is given only in the session, never for use at home unless your prescriber
  has arranged that separately with you.

## What we ask of you

- Follow the fasting instructions you are given before each session.
- Arrange for someone to take you home, and do not drive or operate machinery until the next day.
- Tell us about every medicine, supplement and substance you take, and any change in your health.
- Tell us if you are, or may be, pregnant.

## Your choices

- Taking part is voluntary. You may ask questions at any time and may stop treatment at any time.
- Other treatments exist, and your therapist and prescriber will talk them through with you.
- During a session you can ask to pause or stop. We agree signals together beforehand.

## Privacy and safety

What you share is kept confidential within the limits set by law, for example when someone's safety is at
immediate risk. If you are in crisis, call or text **988** (Suicide & Crisis Lifeline) or your local
emergency number.

By signing, you say that you have read this document, that your questions have been answered, and that you
agree to take part.`,
  },
  {
    documentId: '0193e0a0-0000-7000-8000-000000000002',
    versionId: '0193e0a0-0000-7000-8000-000000000012',
    key: 'touch_consent',
    title: 'Consent to supportive touch (template)',
    body: `> **Template — review before use.** This text is a starting point supplied with Holdspace. It is not legal
> advice. The practice must review and adapt it with its own legal counsel before any client signs it.

## Why we ask

Some people find that simple, supportive touch — for example a hand on the shoulder, or holding a hand —
helps them feel grounded during a ketamine session. Others prefer no touch at all. Both are welcome.

## How touch works here

- Touch is only ever supportive and non-sexual. It is never part of the treatment unless you want it.
- Before your first session, you and your therapist write down which kinds of touch you agree to, where
  you never want to be touched, and the words and signals you will use. Only those kinds are offered.
- During a session your therapist will, where possible, ask before touching, even if you agreed earlier.
- Ketamine can make it harder to speak. We agree a signal (for example, a raised hand) that means
  *stop* or *pause*, and we respect it at once.
- You can change or withdraw this consent at any time — before, during or after a session — and that
  choice will never affect your care.

By signing, you say that you understand how supportive touch is used here and that your preferences will
be recorded and followed.`,
  },
] as const;
