"""Instructions that reuse the customer's words are not reflections.

"My router keeps dropping the connection" - "Unplug the router for thirty seconds and the
connection should come back" tells the customer what to do; it says back nothing they
said, however many of their words it repeats. `paraphrases` and `acknowledges_need` now
read such a sentence by its structure, not its words: an imperative opening (a verb of
command and its object: "Reset your password…", "Turn the machine off…", also after
"please", "now", "just"), the "you'll need to / please" openings the detectors already
knew, and a condition whose main clause instructs or draws the consequence ("If the
screen still flickers, bring it into the store.", "If it comes on at night, then the
timer…"); a condition of the agent's own reading ("If I understand you right, …") stays a
frame.

Written for this test in our own words, each block labelled before the engine read it.
First reads (paraphrases; acknowledges_need false alarms on the instructions):

- block 1 (20 rows: 12 instructions, 8 reflections), before any change: tp 6, fp 6, fn 2,
  tn 6, F1 0.60 (the session-start rules, 942779b: the same); after the fix F1 0.86 (fp 0);
- block 2 (14 rows: 8 instructions, several as conditions on the customer's need, and 6
  reflections), after the block-1 fix: tp 6, fp 2, fn 0, tn 6, F1 0.86, one
  acknowledges_need false alarm (start rules: fp 5, F1 0.71, two false alarms); the
  conditional frame ("Once you want to cancel, just open…") and "go to" led to the second
  change; after it F1 1.00;
- block 3 (14 rows: 8 instructions in e-mail, chat and counselling styles, 6 reflections),
  after the block-2 change: tp 5, fp 3, fn 1, tn 5, F1 0.71 (start rules: fp 4, F1 0.67);
  its false alarms were kinds the rule lacked: "make sure…" (a complement after the
  verb), "try writing…" (a gerund) and verbs of a step outside the command list ("Pull
  the fridge…"), now read (`instruction_verbs` in the lexicon); after it F1 0.91.

Dev figures (`benchmarks/care_accuracy.py --by-source`): paraphrases 0.730 before and after
(annomi 0.702, swda 0.737), every dev prediction as at the start. The gerund reading first
took a preposition in -ing for one (as "during" would be in "Ring during office hours"),
a kind of error the dev set showed, so a stop word never counts as the gerund; the judge
set is unchanged. The reflections that stayed missed (two of block 1, one of block 3)
were kept out of the counts until the tenth round (24 November 2026, eighth session)
mended them by kind, and now count:

- a modal in a clause hung on a "so…" summary ("So the heating wakes you up at night
  when it should be off."): only the main clause's "should" or "will" makes the "so…" a
  plan ("So the engineer will come when you're in.");
- "you can't" followed by what the customer cannot manage ("You can't get the speaker
  and your phone to pair…", "You can't seem to…") says their trouble back, where "you
  can't" before a step of the service is a rule ("You can't cancel once it has
  shipped.");
- an opening noun phrase longer than six words when a verdict on it follows ("A loud
  buzz from the fridge all night long, that would keep anyone awake."), not the agent's
  news of it ("…, which I have processed today.").

Dev paraphrases 0.7302 before and after, every prediction as at the start; judge11
unchanged.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.attentive import acknowledges_need, paraphrases
from legendary.care.behaviours.base import Utterance

#: (customer's turn, agent's reply, is a reflection)
BLOCK_1 = [
    (
        "my router keeps dropping the connection",
        "Unplug the router for thirty seconds and the connection should come back",
        False,
    ),
    (
        "the app crashes every time I open the camera",
        "Open the app settings, clear the camera cache, then open the camera again.",
        False,
    ),
    (
        "I can't log in, it says my password is wrong",
        "Reset your password from the login page and you should be able to log in again.",
        False,
    ),
    (
        "my parcel was delivered to the wrong address",
        "Please send us a photo of the label on the parcel and the address it went to.",
        False,
    ),
    (
        "the printer jams whenever I print double-sided",
        "You'll need to switch off double-sided printing and feed the pages one at a time for now.",
        False,
    ),
    (
        "the heating comes on in the middle of the night",
        "If the heating comes on at night, then the timer is probably set to the wrong clock; "
        "change it to 24-hour mode.",
        False,
    ),
    (
        "my card keeps getting declined at the checkout",
        "Try the checkout again in a private window, and if the card is still declined, call "
        "your bank.",
        False,
    ),
    (
        "the screen flickers when I plug in the charger",
        "Could you try a different charger? If the screen still flickers, bring it into the store.",
        False,
    ),
    (
        "I was charged twice for the same order",
        "Check your bank statement tomorrow morning; the second charge for the order should drop "
        "off by itself.",
        False,
    ),
    (
        "the washing machine won't drain the water",
        "Turn the machine off at the wall, then open the little filter door at the bottom front "
        "and let the water out into a tray.",
        False,
    ),
    (
        "my emails are going straight to spam",
        "Add our address to your contacts and mark one of the emails as not spam.",
        False,
    ),
    (
        "the bluetooth speaker won't pair with my phone",
        "Hold the power button on the speaker for ten seconds until it flashes blue, then pair "
        "it with your phone again.",
        False,
    ),
    (
        "my router keeps dropping the connection",
        "So the connection keeps dropping, even with the router right next to you.",
        True,
    ),
    (
        "the app crashes every time I open the camera",
        "It sounds like the camera is what brings the app down each time.",
        True,
    ),
    (
        "I was charged twice for the same order",
        "So you've paid twice for one order, and you want the second charge back.",
        True,
    ),
    (
        "the printer jams whenever I print double-sided",
        "You're getting a jam only when you print on both sides.",
        True,
    ),
    (
        "my parcel was delivered to the wrong address",
        "Your parcel went to someone else's address instead of yours.",
        True,
    ),
    (
        "the heating comes on in the middle of the night",
        "So the heating wakes you up at night when it should be off.",
        True,
    ),
    (
        "I've been waiting three weeks for my refund",
        "Three weeks and still no refund, that's far too long.",
        True,
    ),
    (
        "the bluetooth speaker won't pair with my phone",
        "You can't get the speaker and your phone to pair at all, then.",
        True,
    ),
]

BLOCK_2 = [
    (
        "I need to change the delivery address on my order",
        "If you need the delivery address changed, go to your orders page and edit the address "
        "before it ships.",
        False,
    ),
    (
        "I want to cancel my subscription before it renews",
        "Once you want to cancel, just open your account page and switch off the renewal.",
        False,
    ),
    (
        "I need a copy of my invoice for the tax office",
        "Just download the invoice from your account; it has everything the tax office asks for.",
        False,
    ),
    (
        "the kettle I bought leaks from the bottom",
        "Now take the kettle back to the shop with your receipt and they'll swap it.",
        False,
    ),
    (
        "my phone won't charge since the update",
        "When the phone won't charge, hold the power and volume buttons together for fifteen "
        "seconds.",
        False,
    ),
    (
        "the water from my tap is brown this morning",
        "Run the cold tap for ten minutes; if the water is still brown after that, ring us back.",
        False,
    ),
    (
        "my online banking locked me out after three tries",
        "Please wait an hour, then log in again with the code we text you.",
        False,
    ),
    (
        "I'd like to move my appointment to next week",
        "Ok, use the link in your confirmation email to move the appointment to any day next week.",
        False,
    ),
    (
        "my invoice shows a late fee I never agreed to",
        "So you were charged a late fee you never agreed to.",
        True,
    ),
    (
        "I need to change the delivery address on my order",
        "You need the delivery address on your order changed, got it.",
        True,
    ),
    (
        "the kettle I bought leaks from the bottom",
        "A brand-new kettle leaking from the bottom, that's not what you paid for.",
        True,
    ),
    (
        "my phone won't charge since the update",
        "Ever since the update the phone simply won't take a charge.",
        True,
    ),
    (
        "the water from my tap is brown this morning",
        "Brown water from the tap first thing, that must have been a shock.",
        True,
    ),
    (
        "I want to cancel my subscription before it renews",
        "You'd like to cancel before the subscription renews.",
        True,
    ),
]

BLOCK_3 = [
    (
        "the lid on my blender cracked the first time I used it",
        "Make sure the lid clicks into place before you start the blender next time.",
        False,
    ),
    (
        "my gym membership was taken twice this month",
        "Email us a screenshot of both payments and we'll put the second one back.",
        False,
    ),
    (
        "I can't sleep because I keep worrying about my exams",
        "Try writing the worries about your exams down before bed, so they're out of your head.",
        False,
    ),
    (
        "my delivery slot keeps getting cancelled",
        "Book the next slot from the app, and if that gets cancelled too, "
        "let us know straight away.",
        False,
    ),
    (
        "the fridge is making a loud buzzing noise at night",
        "Pull the fridge a few inches away from the wall; "
        "the buzzing often comes from it touching.",
        False,
    ),
    (
        "my son's school shoes fell apart after two weeks",
        "Bring the shoes back to any of our shops with the receipt and they'll replace them.",
        False,
    ),
    (
        "the train was cancelled and I missed my flight",
        "Fill in the delay repay form with your ticket and the cancelled train's time.",
        False,
    ),
    (
        "I keep getting logged out of the app every few minutes",
        "Log out on your other devices first, then log in again on this one.",
        False,
    ),
    (
        "I can't sleep because I keep worrying about my exams",
        "The exams are on your mind so much that sleep won't come.",
        True,
    ),
    (
        "my delivery slot keeps getting cancelled",
        "Cancelled again and again, right when you'd planned your day around it.",
        True,
    ),
    (
        "the fridge is making a loud buzzing noise at night",
        "A loud buzz from the fridge all night long, that would keep anyone awake.",
        True,
    ),
    (
        "my son's school shoes fell apart after two weeks",
        "Two weeks of wear and the shoes have already fallen apart.",
        True,
    ),
    (
        "the train was cancelled and I missed my flight",
        "So the cancelled train cost you your flight as well.",
        True,
    ),
    (
        "I keep getting logged out of the app every few minutes",
        "You're being logged out every few minutes, which makes the app useless.",
        True,
    ),
]

INSTRUCTIONS = [(c, t) for c, t, is_reflection in BLOCK_1 + BLOCK_2 + BLOCK_3 if not is_reflection]
REFLECTIONS = [(c, t) for c, t, is_reflection in BLOCK_1 + BLOCK_2 + BLOCK_3 if is_reflection]


@pytest.mark.parametrize(("context", "text"), INSTRUCTIONS)
def test_an_instruction_in_the_customers_words_is_not_a_paraphrase(context: str, text: str) -> None:
    assert paraphrases(Utterance(text, context)) == []


@pytest.mark.parametrize(("context", "text"), INSTRUCTIONS)
def test_an_instruction_does_not_acknowledge_a_need(context: str, text: str) -> None:
    assert acknowledges_need(Utterance(text, context)) == []


@pytest.mark.parametrize(("context", "text"), REFLECTIONS)
def test_a_reflection_in_the_customers_words_is_still_read(context: str, text: str) -> None:
    assert paraphrases(Utterance(text, context)) != []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # A condition of the agent's own reading frames a reflection.
        (
            "the courier left my parcel in the rain and it's soaked",
            "If I've understood you right, the parcel was left out in the rain and got soaked.",
        ),
        # A condition that leads into their situation, not a step to take.
        (
            "every time the router drops I lose the work I was doing",
            "When the router drops, you lose whatever work you were in the middle of.",
        ),
        # "Just" and "wait" here are not commands: no object follows.
        (
            "I only placed the one order and got billed for three",
            "Just the one order, and three bills for it.",
        ),
    ],
)
def test_a_reflection_that_looks_like_an_instruction_is_still_read(context: str, text: str) -> None:
    assert paraphrases(Utterance(text, context)) != []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I need the refund before my rent is due on Friday",
            "I understand you need the refund before Friday, when your rent is due.",
        ),
        (
            "I want to move my appointment to next week",
            "You'd like the appointment moved to next week.",
        ),
    ],
)
def test_a_need_said_back_is_still_acknowledged(context: str, text: str) -> None:
    assert acknowledges_need(Utterance(text, context)) != []


@pytest.mark.parametrize(
    "text",
    [
        "If the router keeps dropping, you need to reset it from the back.",
        "Once the app has updated, you want to open the settings and clear the cache.",
    ],
)
def test_a_conditional_step_is_not_a_need_said_back(text: str) -> None:
    context = "I need my router to stop dropping the connection"
    assert acknowledges_need(Utterance(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # A modal in the main clause of a "so…": the agent's plan.
        (
            "the heating comes on in the middle of the night",
            "So the engineer will reset the timer when he comes on Thursday.",
        ),
        # "You can't" before a step of the service: a rule, not their trouble.
        ("I want to cancel my order", "You can't cancel an order once it has shipped."),
        ("I want a refund for the jacket", "You can't get a refund after 30 days."),
        # A long noun phrase followed by the agent's news of it, not a verdict on it.
        (
            "I want a refund for the jacket and the delivery charge",
            "A full refund for the jacket and the delivery charge, which I have processed today.",
        ),
        (
            "my parcel never arrived",
            "Your parcel from the warehouse in Leeds, we have located it.",
        ),
    ],
)
def test_a_plan_a_rule_or_news_in_their_words_is_not_a_paraphrase(context: str, text: str) -> None:
    assert paraphrases(Utterance(text, context)) == []


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I lie awake every night going over what happened",
            "You can't switch off at night, however tired you are.",
        ),
        (
            "my neighbours have parties every weekend until 4am",
            "Loud parties every single weekend until four in the morning, that's exhausting.",
        ),
        (
            "I keep snapping at the kids after work",
            "So you end up snapping at the kids when you'd rather be patient with them.",
        ),
    ],
)
def test_the_kinds_mended_in_the_tenth_round_are_read(context: str, text: str) -> None:
    assert paraphrases(Utterance(text, context)) != []
