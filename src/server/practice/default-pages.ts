// Default public pages for a new practice. These are starting points: the practice
// should review and edit every page before publishing. They were written from the
// facts on a ketamine-assisted psychotherapy practice's own website, in Holdspace's
// own words (no sentences were taken from that site). {{practiceName}} and
// {{therapistName}} are replaced at render time; the layout adds the crisis notice.

export type PublicPageSlug =
  | 'home'
  | 'what-is-kap'
  | 'who-it-may-help'
  | 'how-it-works'
  | 'kap-and-trauma'
  | 'is-it-right-for-you'
  | 'begin';

export interface DefaultPage {
  slug: PublicPageSlug;
  path: string;
  navLabel: string;
  title: string;
  description: string;
  /** CommonMark without raw HTML; headings start at `##` because the title is the H1. */
  body: string;
}

export const defaultPages: readonly DefaultPage[] = [
  {
    slug: 'home',
    path: '/',
    navLabel: 'Home',
    title: 'Ketamine-assisted psychotherapy, with care at every step',
    description:
      'Ketamine-assisted psychotherapy with a therapist beside you: a first consultation, careful preparation, a supported session and time to integrate.',
    body: `Welcome. You may have found your way here because the help you have
tried so far has not been enough. Whatever brought you, you are welcome
to take your time.

{{practiceName}} offers ketamine-assisted psychotherapy, often called
KAP. It brings together ketamine, given under the care of a medical
prescriber, and therapy that pays attention to both mind and body. The
medicine is one part of the work. Your relationship with your therapist,
and what you make of your experience, matter just as much.

## What the work looks like

KAP has three phases, and {{therapistName}} is with you in each one:

- **Getting ready.** You talk about your goals and your history, and you
  practice ways to feel steady.
- **The session.** You rest in a quiet, prepared room, and your
  therapist stays with you the whole time.
- **Making sense of it.** Afterwards, you look together at what came up
  and how it connects to your daily life.

You can read more about [what KAP is](/what-is-kap), [who it may
help](/who-it-may-help) and [how the three phases work](/how-it-works).

## Start with a conversation

KAP is not right for everyone, and you do not need to decide anything
today. Everything begins with a consultation, where you can ask
questions and find out together whether this approach suits you.

[Request a consultation](/begin)
`,
  },
  {
    slug: 'what-is-kap',
    path: '/what-is-kap',
    navLabel: 'What KAP is',
    title: 'Understanding ketamine-assisted psychotherapy',
    description:
      'What ketamine-assisted psychotherapy is, how the medicine and the therapy fit together, and why the work after each session matters.',
    body: `Ketamine-assisted psychotherapy, or KAP, is a form of therapy in which
some sessions include ketamine. Two professionals share your care. A
medical prescriber decides whether the medicine is suitable for you and
orders what is given. Your therapist provides the therapy before, during
and after each session.

## The medicine

Ketamine is not a new drug. It has been part of medical care for
decades. Today, researchers are looking at whether it can play a part in
mental health care, when it is given with structure and close support.

During a session, ketamine may change for a while how you think and how
you take in your feelings. Some people notice that hard memories or
emotions become easier to come close to, and that they feel less need to
push them away. This change is temporary, and on its own it is not the
treatment.

## The therapy

What makes KAP a therapy is everything around the medicine. You prepare
with your therapist first. During the session, someone trained is with
you the whole time. Afterwards, you spend time looking at what came up
and what it might mean for you.

That later work is easy to overlook, but much of the value lies there:
in how you understand your experience and carry it into your ordinary
days.

## How {{practiceName}} works

At {{practiceName}}, {{therapistName}} works with the body as well as
the mind. In a session, that means noticing small changes in how you
breathe, how you sit or lie, and how much energy you seem to have, and
helping you keep hold of yourself if the experience feels new or hard.

Your therapist does not try to direct what happens or to explain it all
in the moment. The role is to stay calm and attentive, so that you have
a steady person beside you.

To learn more, read about [the three phases of KAP](/how-it-works) or
[whether it may be right for you](/is-it-right-for-you).
`,
  },
  {
    slug: 'who-it-may-help',
    path: '/who-it-may-help',
    navLabel: 'Who it may help',
    title: 'Who might consider KAP',
    description:
      'The experiences that lead some people to consider ketamine-assisted psychotherapy, and why the therapy around the medicine matters most.',
    body: `People often look into ketamine-assisted psychotherapy (KAP) after a lot
of effort. They may have tried talk therapy, medication or both, and
still feel that something important has not moved.

Everyone's situation is different, and KAP does not suit every person.
For some, though, it may offer another way to reach feelings and
experiences that have been hard to get to, and to work with them. It may
help what has felt stuck to loosen a little, giving both mind and
nervous system room to work through it.

## Experiences that bring people here

You might think about KAP if you live with:

- depression or low mood that therapy or medication has not lifted
- trauma that still shapes how you get through your days
- anxiety that will not ease, or emotions that often feel like too much
- numbness, or feeling cut off from yourself and what you feel
- painful memories or events you have not been able to work through
- the same emotional loops coming back, however hard you try to change
  them

If some of this sounds familiar, it does not mean KAP is the answer for
you. It means a conversation may be worthwhile.

## The medicine is only one part

It helps to be clear about one thing: ketamine on its own is not the
treatment. Change, when it comes, grows out of the therapy around each
session. That means the preparation beforehand, the support during the
session, and the work afterwards of making sense of what came up.

At {{practiceName}}, {{therapistName}} is with you through each of those
steps, so you are not left to face hard things by yourself. That steady
company is a central part of the work.

Read more about [how the three phases work](/how-it-works), or about
[KAP and trauma](/kap-and-trauma).
`,
  },
  {
    slug: 'how-it-works',
    path: '/how-it-works',
    navLabel: 'How it works',
    title: 'The three phases of care',
    description:
      'How ketamine-assisted psychotherapy unfolds in three phases: getting ready, a supported session, and bringing what you learn into daily life.',
    body: `There are three parts to ketamine-assisted psychotherapy (KAP) at
{{practiceName}}: getting ready, the session itself, and the work that
follows. None of them is an extra. Together, they make up the therapy.

Before any of this, you meet {{therapistName}} for a consultation, and a
medical prescriber reviews your health. You can read about that step on
the page about [whether KAP is right for you](/is-it-right-for-you).

## Phase one: getting ready

You will not go into a ketamine session unprepared. First you spend time
with {{therapistName}} talking about what you hope this work might
change, and about your emotional history: what you have lived through
and how it still affects you.

You also look at what you need in order to feel safe, and you plan for
it together.

Then you build a grounding and regulation toolkit. These are simple
things that help you settle when feelings run high, such as slow
breathing, looking around the room, gentle movement or holding a
familiar object. You practice them beforehand, and you can lean on them
during the session and afterwards.

## Phase two: the session itself

The session happens in a calm room that has been set up with care, and
it follows a clear structure. The light, music and temperature can be
adjusted so the space feels right for you.

You may notice thoughts, feelings or memories differently from how they
show up in ordinary life. They often come in pieces: a sensation in the
body, an image, an emotion, a memory.

{{therapistName}} is with you from start to finish. Even in the quiet
stretches, your therapist is following closely, watching for changes in
your breathing, posture and energy. When it helps, they offer a
grounding cue or adjust the room. They also stay calm and settled, so
that you have a steady presence to settle alongside. This is called
co-regulation.

## Phase three: bringing it into your life

Integration is the work that follows the session, and it is central to
KAP, not an afterthought.

In integration sessions, you and {{therapistName}} go back over what
came up, piece by piece, and look at how it connects to your goals and
to the rest of your life. You may choose small practices to carry into
the days ahead. Over time, the aim is for what you noticed to become
something you understand and can use.

When you feel ready, you can [ask for a consultation](/begin).
`,
  },
  {
    slug: 'kap-and-trauma',
    path: '/kap-and-trauma',
    navLabel: 'KAP and trauma',
    title: 'KAP as part of trauma care',
    description:
      'How ketamine-assisted psychotherapy may fit alongside EMDR and other trauma therapy, working with what the body holds as well as what the mind recalls.',
    body: `If you have lived through trauma, you may know how hard it can be to put
into words. Some people find that talking alone only goes so far. For
others, talking about what happened brings up more than they can manage
at once. This page explains how ketamine-assisted psychotherapy (KAP)
may fit into trauma care.

## What the body holds

Trauma leaves traces in more than memory. It can be carried in the body
as well: in how you react, how your body tenses or braces, and how your
emotions rise and fall.

This is why {{therapistName}} pays close attention to the body, not only
to what you say. Changes in your breathing, posture and energy are part
of the conversation, even when there are no words.

## How KAP may help

During a session, your awareness may shift for a while. For some people,
that shift lets them come closer to painful feelings without the usual
struggle against them. It may also give the nervous system a different
chance to process what happened.

You go at a pace you can manage. The grounding tools you build during
preparation are there if you need them, and your therapist stays with
you the whole time. Afterwards, in integration, you make sense of what
came up together.

KAP is not a shortcut through trauma, and it does not suit everyone who
has been through hard things. It is one approach among several.

## Alongside other trauma therapy

At {{practiceName}}, KAP can sit alongside other ways of working with
trauma, including EMDR (eye movement desensitization and reprocessing)
and other trauma therapy. How these fit together depends on you and what
you need.

If you already see someone for trauma, you can talk in your consultation
about how KAP might fit with that work.

Read about [the three phases of KAP](/how-it-works), or about [whether
KAP may be right for you](/is-it-right-for-you).
`,
  },
  {
    slug: 'is-it-right-for-you',
    path: '/is-it-right-for-you',
    navLabel: 'Is it right for you?',
    title: 'Is KAP right for you?',
    description:
      'KAP is not right for everyone. How a careful assessment and a medical review help you and your therapist find the safest way forward.',
    body: `Ketamine-assisted psychotherapy (KAP) suits some people and not others.
So no one starts it without a careful look at their situation first, and
that look is part of the care, not a hurdle.

## Your consultation

Your first meeting with {{therapistName}} is a conversation, not a test.
You talk about what has happened in your life, what you would like to be
different, and what you have already tried.

{{therapistName}} will also ask about your health, your current support
and anything that might make KAP a poor fit for you right now. You are
welcome to ask as many questions as you like.

## A medical review

Ketamine is a medicine, so a medical prescriber is part of your care.
Before any ketamine session, a prescriber reviews your health and
decides whether the medicine is suitable for you. Your therapist does
not prescribe; that decision rests with the prescriber.

## More than one good outcome

An honest assessment can end in several ways, and each of them is a good
result:

- you and {{therapistName}} agree to go ahead and begin preparation
- you are asked to see a medical provider first
- it becomes clear that another kind of therapy may serve you better
- you decide together that now is not the right time

If KAP is not the right choice, {{therapistName}} can talk with you
about other options. Finding a better fit elsewhere is not a failure. It
is what a careful assessment is for.

## What guides the decision

Whatever you decide together, one question guides it: what is the safest
next step for you right now?

You can take your time, ask questions at any stage, and you never have
to go ahead.

If you would like to find out more, [request a consultation](/begin).
`,
  },
  {
    slug: 'begin',
    path: '/begin',
    navLabel: 'Begin with a consultation',
    title: 'Request a consultation',
    description:
      'Ask for a first consultation about ketamine-assisted psychotherapy. Share a little about yourself and the practice will be in touch.',
    body: `You do not need to be sure about ketamine-assisted psychotherapy (KAP)
to ask for a consultation. It is an unhurried conversation with
{{therapistName}}, and asking for one does not commit you to anything.
In it, you can:

- ask any questions you have about KAP
- talk through your history and what you hope might change
- work out together whether this approach fits you
- hear what the next steps would be, if you decide to go on

After you send the form, {{practiceName}} will contact you to arrange a
time, usually within a couple of working days. You only need to share as
much as you feel comfortable with.

Please keep in mind that this form is not monitored around the clock. It
cannot be used for urgent help or emergencies. When you are ready, you
can begin below.
`,
  },
];
