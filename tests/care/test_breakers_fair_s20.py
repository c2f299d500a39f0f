"""Fairness of the tenth blind block's rude and minimising readings on kind agents
using the same words (session 20, 24 November 2026, helper mendE).

A read-only review found kind sentences that 1f90bdf's and 779a77e's readings took for
rude language (a CRITICAL breaker: one wrong firing fails a kind person's scorecard) or
minimising. These lines are the review's sentences and kin in this helper's own words,
each label decided and written here BEFORE the engine read a single line.

Reads (lines read wrong, of 29: 22 rude_language, 7 minimises_feelings):

- First read (HEAD 588f2f3, the rules of 1f90bdf and 779a77e): 17 wrong.
  rude_language 14 of 22: 12 kind lines fired ("people like you" praise 4, "what did
  you expect?" asked after an apology or for a purpose 3, "Read the X." after help or
  good news 3, "small words" of print 2) and 2 rude openers missed ("For the fourth
  time today: the answer is no.", 779a77e's tag-only reading). minimises_feelings 3 of
  7, each a kind line fired.
- Mended by kind (`breakers.json`, `breakers.py`):
  - "people like you" is rude only with a negative judgement after it (always / never
    / just + complain, want, expect, read, listen…, or can't / don't / won't + read,
    listen, be pleased…), not "…always make our day";
  - a bare "Read the X." or "what did you expect?" is a retort only where no care
    comes before it in the turn up to its sentence's end (an apology, thanks, good
    news, help given: "I've attached…", a purpose: "so I can…") and no invitation to
    answer after it ("Tell me and I'll find…"): `rude_retort_after_care`,
    `rude_retort_invites_answer`;
  - "in small words" talks down only as the manner of a saying verb ("explain this
    slowly, using small words", "put this in small words"), not of print;
  - "For the Nth time[ today]:" opening a sentence before a colon or dash is weariness
    again (the owner exclusions of "for the third time" still apply);
  - minimising: a dismissal with no word to the person, opening a colon that gives the
    reason to a customer worried about what a thing means, reassures ("Not something
    to get stressed about: the second charge is a hold…"); "I doubt anyone noticed"
    comforts a customer embarrassed at their own slip ("my son knocked over…", "I
    tripped…"), and still brushes aside the company's failure.
- Then, probing the care reading with three guards written after it
  (RUDE_AFTER_A_CONTRAST): "Sorry, but read the email." and "Sorry, but what did you
  expect?" had been spared by 0e46aef's care reading; a contrast between the care and
  the retort now voids it (rude at 588f2f3 and again now).
  A second review (25 November, helper mendJ) found this held only for "email" (the
  bare phrase "read the email" did the work); three guards with other nouns (manual,
  terms, FAQ), missed on 4fc115b, pass since 1a37228.
- After: 0 wrong. Committed blocks 1-10 read line for line as before on rude_language
  and minimises_feelings (fresh10 16/0/0 and 10/0/0), and the two detectors' firings
  on every development text are the same 775 and 68.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

#: (customer's turn, agent's turn, rude?)
RUDE = [
    # "people like you" is rude only with a negative judgement after it.
    (
        "Thanks for sorting my order so quickly.",
        "Aw, thank you! People like you always make our day!",
        False,
    ),
    ("You've been brilliant today.", "People like you just make this job worth it.", False),
    (
        "Thank you for staying late for me.",
        "Honestly, people like you never fail to cheer the shop up.",
        False,
    ),
    (
        "I left a five-star review.",
        "People like you always brighten our Mondays, thank you!",
        False,
    ),
    (
        "Why can't I get a refund on a sale item?",
        "People like you always want something for nothing.",
        True,
    ),
    ("The terms weren't clear to me.", "People like you never read the small print.", True),
    # "what did you expect?" after an apology or with a purpose is a real question.
    (
        "The kettle you sent leaks.",
        "I'm sorry to hear that. So I can put it right, what did you expect?",
        False,
    ),
    ("The tour was a letdown.", "What did you expect, so I can pass it on to the guide?", False),
    (
        "The course wasn't what I hoped.",
        "I'm so sorry it disappointed you. What did you expect? Tell me and I'll find one "
        "that fits.",
        False,
    ),
    ("The room was tiny.", "It was our cheapest room. What did you expect?", True),
    ("The umbrella broke in the wind.", "It cost three pounds. What did you expect?", True),
    # a bare "Read the X." is a retort only to a question the X answers, not after help.
    ("How do I set it up?", "I've attached our setup guide with pictures. Read the guide.", False),
    (
        "Has my refund gone through?",
        "Good news, the refund went through! Read your confirmation email.",
        False,
    ),
    (
        "How should I look after the fern?",
        "I've popped a care leaflet in with the plant. Read the leaflet.",
        False,
    ),
    ("How do I reset the router?", "Read the manual.", True),
    ("Why was I charged this much?", "I've told you already. Read your invoice.", True),
    # "small words" as a manner of talking down, not as print.
    (
        "Where do I send the form?",
        "Sorry, the address is printed in really small words on the back.",
        False,
    ),
    (
        "Where is the expiry date?",
        "It's stamped in small words on the lid, just under the seal.",
        False,
    ),
    (
        "I still don't get the bill.",
        "Right, I'll say it again in small words: it's unplugged.",
        True,
    ),
    # weariness at the customer's asking, opening the turn.
    ("Can I bring my dog in?", "For the fourth time today: the answer is no.", True),
    ("When does my order ship?", "For the third time: Monday.", True),
    (
        "You're back open!",
        "For the second time this week, thank you for your patience with the works.",
        False,
    ),
]

#: Guards written after the first read, against the care reading above: a contrast
#: after the apology makes the retort a retort again.
RUDE_AFTER_A_CONTRAST = [
    ("Where is my code?", "Sorry, but read the email."),
    # not only "email": the order after "but / though / however" (second review)
    ("How do I pair the speaker?", "Sorry, but read the manual."),
    ("Can I cancel after a week?", "I apologise, however, read the terms."),
    ("Where's the size chart?", "Thanks, but read the FAQ."),
    ("The hotel was noisy.", "Sorry, but what did you expect? It's a city centre."),
    ("Why is it so small?", "Thanks for asking, though honestly, what did you expect?"),
]

#: (customer's turn, agent's turn, minimising?)
MINIMISING = [
    # reassurance that comes with the explanation of why there is nothing to fear
    (
        "I'm really worried I've been charged twice.",
        "Not something to get stressed about: the second charge is a hold and drops off in "
        "two days.",
        False,
    ),
    (
        "I'm worried the payment went out twice.",
        "No need to stress: the second one is a pending hold and disappears in a day or two.",
        False,
    ),
    (
        "I'm furious, the delivery was three days late.",
        "It's not something to get worked up about.",
        True,
    ),
    (
        "I'm so cross, the app crashed mid-booking.",
        "Not something to get stressed about, it happens.",
        True,
    ),
    # "I doubt anyone noticed" comforting the customer about their own slip
    (
        "I'm so embarrassed, my son knocked over a display in your shop.",
        "Please don't worry, I doubt anyone even noticed, and we'd love to see you again.",
        False,
    ),
    (
        "I'm mortified, I tripped on the step during my speech.",
        "Please don't worry, I doubt anyone even noticed, and you spoke beautifully.",
        False,
    ),
    (
        "I'm embarrassed, your caterer served the wrong cake at my party.",
        "I doubt anyone noticed.",
        True,
    ),
]


@pytest.mark.parametrize(("context", "text", "rude"), RUDE)
def test_rude_language_is_read_fairly(context: str, text: str, rude: bool) -> None:
    assert bool(detect(text, context, behaviours=["rude_language"])) is rude, text


@pytest.mark.parametrize(("context", "text", "minimising"), MINIMISING)
def test_minimising_is_read_fairly(context: str, text: str, minimising: bool) -> None:
    assert bool(detect(text, context, behaviours=["minimises_feelings"])) is minimising, text


@pytest.mark.parametrize(("context", "text"), RUDE_AFTER_A_CONTRAST)
def test_a_retort_after_sorry_but_is_still_rude(context: str, text: str) -> None:
    assert detect(text, context, behaviours=["rude_language"]), text
